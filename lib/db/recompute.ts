import { type EngineResult, evaluate, type PlaybookSettings } from '../engine';
import type { Contact } from '../model';
import { contactsByIds } from './contacts';
import type { KindredDB } from './db';
import { toEngineInput } from './engine-input';
import { historiesOf } from './events';

export interface Recomputed {
  contact: Contact;
  result: EngineResult;
  /** True when this recompute took the contact across the risk threshold (notify once). */
  crossedRisk: boolean;
}

/**
 * Runs the engine for a batch of contacts and stores what the Today and risk indexes need:
 * one read of the contacts, one read per history table, one write, whatever the batch size.
 * Called after every write to a contact or its history, and by the daily alarm for everyone.
 * Only the derived fields are written, so an edit made meanwhile is never overwritten.
 */
export async function recomputeContacts(
  db: KindredDB,
  ids: readonly string[],
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed[]> {
  // One transaction for the reads and the write: a single contact's recompute (after every
  // logged touch) pays for one round trip to the storage, not three.
  const tables = [db.contacts, db.touches, db.orders, db.wins, db.teamCalls, db.suggestionStates];
  return db.transaction('rw', tables, async () => {
    const contacts = await contactsByIds(db, ids);
    const histories = await historiesOf(
      db,
      contacts.map((c) => c.id),
    );
    const out: Recomputed[] = [];
    const updates: Array<{ key: string; changes: Partial<Contact> }> = [];
    for (const contact of contacts) {
      const result = evaluate(toEngineInput(contact, histories.get(contact.id)!), playbook, today);
      const next = contact.consent?.doNotContact === true ? null : result.nextTouch;
      const crossedRisk = result.risk.atRisk && contact.risk < playbook.riskThreshold;
      const changes: Partial<Contact> = {
        nextTouchAt: next?.due,
        nextTouchKind: next?.kind,
        risk: result.risk.score,
        riskReasons: result.risk.reasons,
        ...(crossedRisk ? { riskNotifiedAt: now } : {}),
      };
      updates.push({ key: contact.id, changes });
      out.push({ contact: { ...contact, ...changes }, result, crossedRisk });
    }
    if (updates.length > 0) await db.contacts.bulkUpdate(updates);
    return out;
  });
}

/** One contact (see recomputeContacts). */
export async function recomputeContact(
  db: KindredDB,
  id: string,
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed | undefined> {
  return (await recomputeContacts(db, [id], playbook, today, now))[0];
}
