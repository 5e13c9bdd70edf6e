import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../engine';
import { contactCreation, contactEdit, createContact, getContact, trashContacts } from './contacts';
import { KindredDB } from './db';
import { digestOf } from './digest';
import { addOrder, addTouch, historyRowsOf, orderRow, suggestionStateRow, touchDeletion, touchRow } from './events';
import {
  addAndRecompute,
  recomputeContact,
  recomputeContacts,
  recomputeEveryone,
  writeAndRecompute,
} from './recompute';

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

describe('a history row and its recompute in one transaction (addAndRecompute)', () => {
  const person = (name: string) =>
    createContact(
      db,
      { name, role: 'prospect', stage: 'family', startedAt: '2026-02-01', identities: [] },
      1,
      '2026-03-08',
    );

  it('stores the rows, extends the digest, and stores what a separate recompute would', async () => {
    const a = await person('Ana');
    const b = await person('Ana'); // the same person twice: the engine's reasons name them
    await recomputeContacts(db, [a.id, b.id], DEFAULT_PLAYBOOK, '2026-03-08', 2); // both get a digest
    expect((await getContact(db, a.id))?.nextTouchAt).not.toBe('2026-03-14');
    const call = (contactId: string) => ({
      contactId,
      kind: 'call' as const,
      direction: 'both' as const,
      at: '2026-03-07',
    });
    const done = await addAndRecompute(
      db,
      a.id,
      [{ table: 'touches', row: touchRow(call(a.id), 3) }],
      DEFAULT_PLAYBOOK,
      '2026-03-08',
      3,
    );
    await addTouch(db, call(b.id), 3);
    const separate = await recomputeContact(db, b.id, DEFAULT_PLAYBOOK, '2026-03-08', 3);
    expect(done.result).toEqual(separate!.result);
    expect(done.contact.nextTouchAt).toBe('2026-03-14'); // family: 7 days after the call
    expect(await getContact(db, a.id)).toMatchObject({
      nextTouchAt: separate!.contact.nextTouchAt,
      risk: separate!.contact.risk,
      riskReasons: separate!.contact.riskReasons,
    });
    // the digest holds the new touch, as one built from the rows
    expect(await db.digests.get(a.id)).toEqual(digestOf(a.id, await historyRowsOf(db, a.id)));
  });

  it('builds the digest from the rows when the contact had none, the new rows included', async () => {
    const a = await person('Cat');
    await addOrder(db, { contactId: a.id, at: '2026-02-01' }, 2); // no digest yet: none is built by an add
    expect(await db.digests.get(a.id)).toBeUndefined();
    const rows = [
      { table: 'orders' as const, row: orderRow({ contactId: a.id, at: '2026-03-01' }, 3) },
      {
        table: 'suggestionStates' as const,
        row: suggestionStateRow({ contactId: a.id, kind: 'call', due: '2026-03-01', state: 'skipped' }, 3),
      },
    ];
    await addAndRecompute(db, a.id, rows, DEFAULT_PLAYBOOK, '2026-03-08', 3);
    const history = await historyRowsOf(db, a.id);
    expect(history[1]).toHaveLength(2);
    expect(history[4]).toHaveLength(1);
    expect(await db.digests.get(a.id)).toEqual(digestOf(a.id, history));
  });

  it('writes nothing when the contact is gone or a row names another contact', async () => {
    const a = await person('Dee');
    const b = await person('Eve');
    await trashContacts(db, [a.id], 2);
    const call = (contactId: string) => ({ contactId, kind: 'call' as const, at: '2026-03-07' });
    await expect(
      addAndRecompute(
        db,
        a.id,
        [{ table: 'touches', row: touchRow(call(a.id), 3) }],
        DEFAULT_PLAYBOOK,
        '2026-03-08',
        3,
      ),
    ).rejects.toThrow('no longer exists');
    // the first row is fine, the second is someone else's: neither is stored
    const rows = [
      { table: 'touches' as const, row: touchRow(call(b.id), 3) },
      { table: 'touches' as const, row: touchRow(call(a.id), 3) },
    ];
    const before = await getContact(db, b.id);
    await expect(addAndRecompute(db, b.id, rows, DEFAULT_PLAYBOOK, '2026-03-08', 3)).rejects.toThrow('another contact');
    expect(await db.touches.count()).toBe(0);
    expect(await getContact(db, b.id)).toEqual(before);
  });
});

describe('a write of a contact and its recompute in one transaction (writeAndRecompute)', () => {
  const today = '2026-03-08';
  const ana = {
    name: 'Ana',
    role: 'prospect' as const,
    stage: 'family' as const,
    startedAt: '2026-02-01',
    identities: ['email:ana@example.com'],
  };

  it('a new contact and an edit are stored with the next touch they lead to', async () => {
    const made = await writeAndRecompute(db, contactCreation(ana, 1, today), DEFAULT_PLAYBOOK, today, 1);
    const stored = await getContact(db, made!.contact.id);
    expect(stored).toMatchObject({ name: 'Ana', nextTouchAt: made!.result.nextTouch?.due });
    await addTouch(db, { contactId: stored!.id, kind: 'call', direction: 'both', at: '2026-03-07' }, 2);
    await recomputeContacts(db, [stored!.id], DEFAULT_PLAYBOOK, today, 2);
    expect((await getContact(db, stored!.id))?.nextTouchAt).toBe('2026-03-14'); // family: 7 days after the call
    const edited = await writeAndRecompute(
      db,
      contactEdit(stored!.id, { stage: 'associate' }, 3),
      DEFAULT_PLAYBOOK,
      today,
      3,
    );
    expect(edited!.contact.stage).toBe('associate');
    expect(edited!.contact.nextTouchAt).not.toBe('2026-03-14'); // the edit moved it, in the same transaction
    expect(edited!.result).toEqual((await recomputeContact(db, stored!.id, DEFAULT_PLAYBOOK, today, 4))!.result);
    expect(await getContact(db, stored!.id)).toEqual(edited!.contact);
  });

  it('a step that fails writes nothing, not even the recompute', async () => {
    const a = await writeAndRecompute(db, contactCreation(ana, 1, today), DEFAULT_PLAYBOOK, today, 1);
    const ben = await createContact(db, { ...ana, name: 'Ben', identities: [] }, 1, today);
    const take = contactEdit(ben.id, { identities: ['email:ana@example.com'], notes: 'x' }, 2);
    await expect(writeAndRecompute(db, take, DEFAULT_PLAYBOOK, today, 2)).rejects.toThrow('already belongs to Ana');
    expect(await getContact(db, ben.id)).toEqual(ben); // no notes, no derived fields: the recompute never ran
    expect(a).toBeDefined();
  });

  it('a deleted touch leaves the digest built again without it', async () => {
    const c = await createContact(db, ana, 1, today);
    await recomputeContacts(db, [c.id], DEFAULT_PLAYBOOK, today, 1);
    const call = await addTouch(db, { contactId: c.id, kind: 'call', direction: 'both', at: '2026-03-07' }, 2);
    await recomputeContacts(db, [c.id], DEFAULT_PLAYBOOK, today, 2);
    expect((await getContact(db, c.id))?.nextTouchAt).toBe('2026-03-14');
    const done = await writeAndRecompute(db, touchDeletion(call.id, 3), DEFAULT_PLAYBOOK, today, 3);
    expect(done!.contact.nextTouchAt).not.toBe('2026-03-14');
    const digest = await db.digests.get(c.id);
    expect(digest).toEqual(digestOf(c.id, await historyRowsOf(db, c.id)));
    expect(digest?.lists.touches).toBeUndefined();
    expect(await writeAndRecompute(db, touchDeletion('no-such-touch', 4), DEFAULT_PLAYBOOK, today, 4)).toBeUndefined();
  });
});
