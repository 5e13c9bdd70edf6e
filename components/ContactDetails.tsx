import { useState } from 'preact/hooks';
import type { History } from '@/lib/db/events';
import { displayKey, kindOfKey } from '@/lib/identity/keys';
import { identityFromText } from '@/lib/identity/urls';
import type { Contact, ContactPatch } from '@/lib/model';
import { ROLES } from '@/lib/model/vocabulary';
import { call } from './api';
import { capital, localToday } from './format';
import { profileUrl } from './profile-url';

/** Editable facts about a person; each field saves on change (only that field is written). */
export function ContactDetails({
  contact,
  history,
  onSave,
}: {
  contact: Contact;
  history: History;
  onSave: (p: ContactPatch) => void;
}) {
  const [identity, setIdentity] = useState('');
  const [identityError, setIdentityError] = useState<string>();
  const goal = contact.goal ?? {};
  const wins = history.wins.length;
  const orders = history.orders.length;
  const saveGoal = (patch: Partial<NonNullable<Contact['goal']>>) =>
    onSave({ goal: { ...goal, setAt: goal.setAt ?? localToday(), ...patch } });
  return (
    <section aria-labelledby="details-title" class="details">
      <h3 id="details-title">Details</h3>
      <div class="row">
        <label>
          Role
          <select value={contact.role} onChange={(e) => onSave({ role: e.currentTarget.value as Contact['role'] })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {capital(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Started
          <input
            type="date"
            value={contact.startedAt}
            onChange={(e) => e.currentTarget.value && onSave({ startedAt: e.currentTarget.value })}
          />
        </label>
      </div>
      <div class="row">
        <label>
          Birthday
          <input
            type="date"
            value={contact.birthday?.startsWith('--') ? '' : (contact.birthday ?? '')}
            onChange={(e) => onSave({ birthday: e.currentTarget.value || null })}
          />
        </label>
        {contact.birthday?.startsWith('--') ? (
          <span class="hint">Known without a year: {contact.birthday.slice(2)}</span>
        ) : null}
      </div>
      <label>
        Upline
        <input
          value={contact.upline ?? ''}
          maxLength={200}
          onChange={(e) => onSave({ upline: e.currentTarget.value || undefined })}
        />
      </label>
      {contact.role === 'distributor' ? (
        <fieldset>
          <legend>Goal (the expectation conversation)</legend>
          <label>
            What they want
            <input
              value={goal.text ?? ''}
              maxLength={500}
              onChange={(e) => saveGoal({ text: e.currentTarget.value })}
            />
          </label>
          <div class="row">
            <label>
              Per month
              <input
                type="number"
                min={0}
                value={goal.amountPerMonth ?? ''}
                onChange={(e) =>
                  saveGoal({ amountPerMonth: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })
                }
              />
            </label>
            <label>
              By
              <input
                type="date"
                value={goal.by ?? ''}
                onChange={(e) => saveGoal({ by: e.currentTarget.value || undefined })}
              />
            </label>
            <label>
              Hours a week
              <input
                type="number"
                min={0}
                max={168}
                value={contact.hoursPerWeek ?? ''}
                onChange={(e) =>
                  onSave({ hoursPerWeek: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })
                }
              />
            </label>
          </div>
          <p class="muted">
            Progress: {wins} {wins === 1 ? 'win' : 'wins'} logged{goal.by ? `, goal date ${goal.by}` : ''}.
          </p>
        </fieldset>
      ) : null}
      {contact.role === 'customer' ? (
        <div class="row">
          <label class="inline">
            <input
              type="checkbox"
              checked={contact.autoship === true}
              onChange={(e) => onSave({ autoship: e.currentTarget.checked })}
            />{' '}
            On autoship
          </label>
          <label>
            Reorder every (days)
            <input
              type="number"
              min={1}
              max={365}
              value={contact.reorderCycleDays ?? 30}
              onChange={(e) => onSave({ reorderCycleDays: Number(e.currentTarget.value) || undefined })}
            />
          </label>
          <span class="muted">{orders} orders</span>
        </div>
      ) : null}
      <label class="inline">
        <input
          type="checkbox"
          checked={contact.doubt === true}
          onChange={(e) => onSave({ doubt: e.currentTarget.checked })}
        />{' '}
        Talked about quitting
      </label>
      <h4>Where to find them</h4>
      <ul class="identities">
        {contact.identities.map((key) => {
          const url = profileUrl(key);
          return (
            <li key={key}>
              <span class="muted">{capital(kindOfKey(key) ?? '')}</span>{' '}
              {url ? (
                <a href={url} target="_blank" rel="noreferrer noopener">
                  {displayKey(key)}
                </a>
              ) : (
                displayKey(key)
              )}
            </li>
          );
        })}
      </ul>
      <form
        class="row"
        onSubmit={async (e) => {
          e.preventDefault();
          const key = identityFromText(identity);
          if (!key)
            return setIdentityError(
              'Paste a profile link, an email, a phone number with its country code, or a handle like instagram:jane.',
            );
          try {
            await call('panel->bg:addIdentity', { id: contact.id, key });
            setIdentity('');
            setIdentityError(undefined);
          } catch (err) {
            setIdentityError(err instanceof Error ? err.message : String(err));
          }
        }}
      >
        <label class="grow">
          Add a profile, email or phone
          <input
            value={identity}
            onInput={(e) => setIdentity(e.currentTarget.value)}
            placeholder="instagram.com/jane or jane@example.com"
          />
        </label>
        <button type="submit">Add</button>
      </form>
      {identityError ? (
        <p class="error" role="alert">
          {identityError}
        </p>
      ) : null}
      <label>
        Tags <span class="muted">(comma separated)</span>
        <input
          value={contact.tags.join(', ')}
          onChange={(e) =>
            onSave({
              tags: [
                ...new Set(
                  e.currentTarget.value
                    .split(',')
                    .map((t) => t.trim())
                    .filter(Boolean),
                ),
              ],
            })
          }
        />
      </label>
      <label>
        Personal details <span class="muted">(family, interests: comma separated)</span>
        <input
          value={contact.details.join(', ')}
          onChange={(e) =>
            onSave({
              details: e.currentTarget.value
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <label>
        Notes
        <textarea
          rows={4}
          maxLength={10_000}
          value={contact.notes}
          onChange={(e) => onSave({ notes: e.currentTarget.value })}
        />
      </label>
    </section>
  );
}
