import { useState } from 'preact/hooks';
import type { TouchKind, WinKind } from '@/lib/model/vocabulary';
import { WIN_KINDS } from '@/lib/model/vocabulary';
import { call } from './api';
import { capital } from './format';

type LogButton = { label: string; kind: TouchKind; direction: 'out' | 'in' | 'both' };

const TOUCHES: LogButton[] = [
  { label: 'Called', kind: 'call', direction: 'both' },
  { label: 'Messaged', kind: 'message', direction: 'out' },
  { label: 'Emailed', kind: 'email', direction: 'out' },
  { label: 'Card sent', kind: 'greeting_card', direction: 'out' },
  { label: 'Met', kind: 'meeting', direction: 'both' },
  { label: 'Reply received', kind: 'message', direction: 'in' },
];

/** One-click logging of what the user just did; each write recomputes the next touch. */
export function QuickLog({ contactId }: { contactId: string }) {
  const [status, setStatus] = useState('');
  const [panel, setPanel] = useState<'none' | 'order' | 'win'>('none');
  const [amount, setAmount] = useState('');
  const [autoship, setAutoship] = useState(false);
  const [win, setWin] = useState<WinKind>('first_sale');
  const done = (text: string) => () => setStatus(text);
  const fail = (e: unknown) => setStatus(e instanceof Error ? e.message : String(e));
  return (
    <section aria-labelledby="log-title" class="quick-log">
      <h3 id="log-title">Log a touch</h3>
      <div class="row wrap">
        {TOUCHES.map((t) => (
          <button
            key={t.label}
            type="button"
            onClick={() =>
              call('panel->bg:logTouch', { contactId, kind: t.kind, direction: t.direction }).then(
                done(`Logged: ${t.label.toLowerCase()}`),
                fail,
              )
            }
          >
            {t.label}
          </button>
        ))}
        <button
          type="button"
          aria-expanded={panel === 'order'}
          onClick={() => setPanel(panel === 'order' ? 'none' : 'order')}
        >
          Order
        </button>
        <button
          type="button"
          aria-expanded={panel === 'win'}
          onClick={() => setPanel(panel === 'win' ? 'none' : 'win')}
        >
          Win
        </button>
      </div>
      {panel === 'order' ? (
        <form
          class="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            const value = amount ? Number(amount) : undefined;
            if (value !== undefined && (!Number.isFinite(value) || value < 0))
              return setStatus('The amount must be a positive number.');
            call('panel->bg:logOrder', { contactId, amount: value, autoship }).then(done('Order logged'), fail);
            setPanel('none');
          }}
        >
          <label class="inline">
            Amount{' '}
            <input inputMode="decimal" size={6} value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />
          </label>
          <label class="inline">
            <input type="checkbox" checked={autoship} onChange={(e) => setAutoship(e.currentTarget.checked)} /> On
            autoship
          </label>
          <button type="submit" class="primary">
            Log order
          </button>
        </form>
      ) : null}
      {panel === 'win' ? (
        <form
          class="row wrap"
          onSubmit={(e) => {
            e.preventDefault();
            call('panel->bg:logWin', { contactId, kind: win }).then(done('Win logged: congratulate them!'), fail);
            setPanel('none');
          }}
        >
          <label class="inline">
            Win
            <select value={win} onChange={(e) => setWin(e.currentTarget.value as WinKind)}>
              {WIN_KINDS.map((k) => (
                <option key={k} value={k}>
                  {capital(k.replace(/_/g, ' '))}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="primary">
            Log win
          </button>
        </form>
      ) : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
