import { type EngineResult, evaluate, type PlaybookSettings } from '../engine';
import type { Contact } from '../model';
import { getContact } from './contacts';
import type { KindredDB } from './db';
import { toEngineInput } from './engine-input';
import { historyOf } from './events';

export interface Recomputed {
  contact: Contact;
  result: EngineResult;
  /** True when this recompute took the contact across the risk threshold (notify once). */
  crossedRisk: boolean;
}

/**
 * Runs the engine for one contact and stores what the Today and risk indexes need. Called after
 * every write to a contact or its history, and by the daily alarm for everyone.
 */
export async function recomputeContact(
  db: KindredDB,
  id: string,
  playbook: PlaybookSettings,
  today: string,
  now: number,
): Promise<Recomputed | undefined> {
  const contact = await getContact(db, id);
  if (!contact) return undefined;
  const history = await historyOf(db, id);
  const result = evaluate(toEngineInput(contact, history), playbook, today);
  const doNotContact = contact.consent?.doNotContact === true;
  const next = doNotContact ? null : result.nextTouch;
  const wasAtRisk = contact.risk >= playbook.riskThreshold;
  const crossedRisk = result.risk.atRisk && !wasAtRisk;
  const fields = {
    nextTouchAt: next?.due,
    nextTouchKind: next?.kind,
    risk: result.risk.score,
    riskReasons: result.risk.reasons,
    ...(crossedRisk ? { riskNotifiedAt: now } : {}),
  };
  await db.contacts.update(id, fields);
  return { contact: { ...contact, ...fields }, result, crossedRisk };
}
