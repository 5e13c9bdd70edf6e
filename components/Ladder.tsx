import type { Contact } from '@/lib/model';
import { STAGES, type Stage } from '@/lib/model/vocabulary';
import { capital } from './format';

/** associate -> friend -> family: promote or demote one step; the engine only ever suggests. */
export function Ladder({
  contact,
  promotion,
  reasons,
  onChange,
}: {
  contact: Contact;
  promotion: Stage | null;
  reasons: string[];
  onChange: (s: Stage) => void;
}) {
  const i = STAGES.indexOf(contact.stage);
  const up = STAGES[i + 1];
  const down = i > 0 ? STAGES[i - 1] : undefined;
  return (
    <section aria-labelledby="ladder-title">
      <h3 id="ladder-title">Relationship</h3>
      <ol class="ladder">
        {STAGES.map((s) => (
          <li
            key={s}
            class={s === contact.stage ? 'current' : ''}
            aria-current={s === contact.stage ? 'step' : undefined}
          >
            {capital(s)}
          </li>
        ))}
      </ol>
      {promotion ? (
        <div class="notice" role="status">
          <p>
            <strong>Ready for {promotion}?</strong> {reasons.join(' ')}
          </p>
        </div>
      ) : null}
      <div class="row">
        {up ? (
          <button type="button" class={promotion ? 'primary' : ''} onClick={() => onChange(up)}>
            Promote to {up}
          </button>
        ) : null}
        {down ? (
          <button type="button" onClick={() => onChange(down)}>
            Move back to {down}
          </button>
        ) : null}
      </div>
    </section>
  );
}
