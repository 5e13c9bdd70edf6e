import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../engine';
import { createContact, getContact } from './contacts';
import { KindredDB } from './db';
import { addOrder, addTouch } from './events';
import { recomputeContact, recomputeContacts } from './recompute';

let db: KindredDB;
let n = 0;
beforeEach(() => {
  db = new KindredDB(`test-recompute-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('recompute', () => {
  it('a batch stores what one-by-one stores, each contact with its own history', async () => {
    const a = await createContact(
      db,
      { name: 'Ana', role: 'customer', stage: 'associate', startedAt: '2026-01-01', identities: [] },
      1,
      '2026-03-08',
    );
    const b = await createContact(
      db,
      { name: 'Ben', role: 'distributor', stage: 'friend', startedAt: '2026-03-01', identities: [] },
      1,
      '2026-03-08',
    );
    const c = await createContact(
      db,
      { name: 'Cat', role: 'prospect', stage: 'family', startedAt: '2026-02-01', identities: [] },
      1,
      '2026-03-08',
    );
    await addOrder(db, { contactId: a.id, at: '2026-01-01' }, 2);
    await addTouch(db, { contactId: b.id, kind: 'welcome_email', at: '2026-03-01' }, 2);
    await addTouch(db, { contactId: c.id, kind: 'call', direction: 'both', at: '2026-03-05' }, 2);
    const batch = await recomputeContacts(db, [a.id, b.id, c.id, 'missing'], DEFAULT_PLAYBOOK, '2026-03-08', 3);
    expect(batch.map((r) => r.contact.name)).toEqual(['Ana', 'Ben', 'Cat']);
    const stored = await Promise.all([a, b, c].map((x) => getContact(db, x.id)));
    for (const [i, x] of [a, b, c].entries()) {
      const single = await recomputeContact(db, x.id, DEFAULT_PLAYBOOK, '2026-03-08', 3);
      expect(single?.result).toEqual(batch[i]!.result);
      expect(stored[i]).toMatchObject({ nextTouchAt: single?.result.nextTouch?.due, risk: single?.result.risk.score });
    }
    expect(stored[0]?.risk).toBeGreaterThan(0); // Ana: one-and-done by now
    expect(stored[1]?.nextTouchKind).not.toBe('welcome_email'); // Ben's welcome was sent
    expect(stored[2]?.nextTouchAt).toBe('2026-03-12'); // Cat: family, 7 days after the call
  });
});
