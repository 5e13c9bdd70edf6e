import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../engine';
import { createContact, getContact, trashContacts } from './contacts';
import { KindredDB } from './db';
import { addOrder, addTouch } from './events';
import { recomputeContact, recomputeContacts, recomputeEveryone } from './recompute';

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

  it('everyone, in batches by id range, stores what each contact alone would, and skips the trash', async () => {
    const made = [];
    for (const [i, role] of (['customer', 'distributor', 'prospect', 'customer', 'distributor'] as const).entries()) {
      const c = await createContact(
        db,
        { name: `P${i}`, role, stage: 'friend', startedAt: `2026-0${i + 1}-01`, identities: [] },
        1,
        '2026-03-08',
      );
      made.push(c);
      // history rows of every table, so a batch must route each row to its own contact
      await addTouch(db, { contactId: c.id, kind: 'call', direction: 'both', at: `2026-0${i + 1}-15` }, 2);
      if (i % 2 === 0) await addOrder(db, { contactId: c.id, at: `2026-0${i + 1}-20` }, 2);
    }
    await trashContacts(db, [made[3]!.id], 5);
    const trashed = await db.contacts.get(made[3]!.id);
    const seen: string[] = [];
    const count = await recomputeEveryone(
      db,
      DEFAULT_PLAYBOOK,
      '2026-11-23',
      9,
      (done) => {
        expect(done.length).toBeLessThanOrEqual(2);
        seen.push(...done.map((r) => r.contact.id));
      },
      2,
    );
    expect(count).toBe(4);
    expect(seen.sort()).toEqual(
      made
        .filter((_, i) => i !== 3)
        .map((c) => c.id)
        .sort(),
    );
    expect(await db.contacts.get(made[3]!.id)).toEqual(trashed); // the trash is left as it was
    for (const id of seen) {
      const everyone = await getContact(db, id);
      const alone = await recomputeContact(db, id, DEFAULT_PLAYBOOK, '2026-11-23', 9);
      expect(everyone).toMatchObject({ nextTouchAt: alone?.result.nextTouch?.due, risk: alone?.result.risk.score });
      expect(everyone?.riskReasons).toEqual(alone?.result.risk.reasons);
    }
  });

  it('keeps an edit made to the contact: only the derived fields are written', async () => {
    const c = await createContact(
      db,
      { name: 'Dee', role: 'customer', stage: 'friend', startedAt: '2026-01-01', identities: [] },
      1,
      '2026-03-08',
    );
    await db.contacts.update(c.id, { notes: 'edited meanwhile', stage: 'family' });
    const [r] = await recomputeContacts(db, [c.id], DEFAULT_PLAYBOOK, '2026-11-23', 9);
    const stored = await getContact(db, c.id);
    expect(stored).toMatchObject({ notes: 'edited meanwhile', stage: 'family', risk: r!.result.risk.score });
  });
});
