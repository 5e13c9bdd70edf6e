import { createContact, demoContactIds, updateContact } from '../db/contacts';
import type { KindredDB } from '../db/db';
import { addOrder, addTouch, addWin } from '../db/events';
import { plusDays } from './dates';
import { DEMO_CONTACTS } from './demo';

/**
 * Writes the demo contacts and their history, dated relative to `today`; nothing when demo
 * contacts are already there. The caller recomputes them.
 */
export async function seedDemoContacts(db: KindredDB, today: string, now: number): Promise<number> {
  if ((await demoContactIds(db, false)).length > 0) return 0;
  const ago = (days: number) => plusDays(today, -days);
  for (const demo of DEMO_CONTACTS) {
    const { daysAgo, touches, orders, wins, goal, ambition, commitment, autoship, details, ...fields } = demo;
    const contact = await createContact(db, { ...fields, demo: true, startedAt: ago(daysAgo) }, now, today);
    const goalFields = goal
      ? {
          goal: {
            text: goal.text,
            amountPerMonth: goal.amountPerMonth,
            by: plusDays(today, goal.byDaysFromNow),
            setAt: ago(goal.setDaysAgo),
          },
        }
      : {};
    await updateContact(db, contact.id, { ambition, commitment, autoship, details: details ?? [], ...goalFields }, now);
    for (const t of touches ?? []) {
      await addTouch(db, { contactId: contact.id, kind: t.kind, direction: t.direction, at: ago(t.daysAgo) }, now);
    }
    for (const o of orders ?? []) {
      await addOrder(db, { contactId: contact.id, at: ago(o.daysAgo), amount: o.amount, autoship: o.autoship }, now);
    }
    for (const w of wins ?? []) await addWin(db, { contactId: contact.id, kind: w.kind, at: ago(w.daysAgo) }, now);
  }
  return DEMO_CONTACTS.length;
}
