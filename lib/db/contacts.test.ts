import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedContact } from '../model/testing';
import {
  addIdentity,
  ContactError,
  contactIdsByKeys,
  contactsDueBy,
  countDue,
  createContact,
  getContact,
  purgeTrash,
  restoreContacts,
  riskSlice,
  trashContacts,
  updateContact,
} from './contacts';
import { KindredDB } from './db';

let db: KindredDB;
let n = 0;
beforeEach(() => {
  db = new KindredDB(`test-contacts-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = Date.UTC(2026, 10, 23, 12);

/** A contact row written straight to the table (no engine). */
const storedRow = (i: number, fields: { nextTouchAt?: string; risk?: number }) =>
  storedContact({ id: `c${i}`, name: `P${i}`, ...fields });

describe('contacts', () => {
  it('counts due people exactly up to 999 and says "more" above, without walking the whole range', async () => {
    const row = (i: number) => storedRow(i, { nextTouchAt: i % 2 ? '2026-11-20' : '2026-12-30' });
    await db.contacts.bulkAdd(Array.from({ length: 1_200 }, (_, i) => row(i)));
    expect(await countDue(db, '2026-11-23')).toBe(600);
    await db.contacts.bulkAdd(Array.from({ length: 1_000 }, (_, i) => row(1_200 + i)));
    expect(await countDue(db, '2026-11-23')).toBe(1_000); // 1,100 due: "more than 999"
  });

  it('creates a contact with normalised identity keys and finds it by any of them in one lookup', async () => {
    const c = await createContact(
      db,
      {
        name: ' Alex Rivera ',
        role: 'distributor',
        stage: 'associate',
        identities: ['EMAIL:Alex@Example.com', 'x:@AlexR'],
      },
      NOW,
      '2026-11-23',
    );
    expect(c.name).toBe('Alex Rivera');
    expect(c.identities).toEqual(['email:alex@example.com', 'x:alexr']);
    expect(c.startedAt).toBe('2026-11-23');
    const found = await contactIdsByKeys(db, ['x:alexr', 'email:nobody@example.com']);
    expect([...found]).toEqual([['x:alexr', c.id]]);
  });

  it('refuses an identity already held by another contact, naming the owner', async () => {
    await createContact(
      db,
      { name: 'Alex', role: 'customer', stage: 'associate', identities: ['email:a@example.com'] },
      NOW,
      '2026-11-23',
    );
    await expect(
      createContact(
        db,
        { name: 'Other', role: 'customer', stage: 'associate', identities: ['email:A@example.com'] },
        NOW,
        '2026-11-23',
      ),
    ).rejects.toThrow(/already belongs to Alex/);
  });

  it('rejects bad input with a message naming the field and writes nothing', async () => {
    await expect(
      createContact(db, { name: '', role: 'customer', stage: 'associate', identities: [] }, NOW, '2026-11-23'),
    ).rejects.toThrow(ContactError);
    await expect(
      createContact(db, { name: 'X', role: 'boss' as never, stage: 'associate', identities: [] }, NOW, '2026-11-23'),
    ).rejects.toThrow(/role/);
    await expect(
      createContact(
        db,
        { name: 'X', role: 'customer', stage: 'associate', birthday: '2026-02-30', identities: [] },
        NOW,
        '2026-11-23',
      ),
    ).rejects.toThrow(/birthday/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('keeps both edits when two panels change different fields', async () => {
    const c = await createContact(
      db,
      { name: 'Sam', role: 'prospect', stage: 'associate', identities: [] },
      NOW,
      '2026-11-23',
    );
    await Promise.all([
      updateContact(db, c.id, { notes: 'likes tea' }, NOW + 1),
      updateContact(db, c.id, { tags: ['vip'] }, NOW + 2),
    ]);
    const after = await getContact(db, c.id);
    expect(after?.notes).toBe('likes tea');
    expect(after?.tags).toEqual(['vip']);
  });

  it('an edit of one field never touches the others (identities, notes, tags survive)', async () => {
    const c = await createContact(
      db,
      {
        name: 'Kwame',
        role: 'distributor',
        stage: 'associate',
        identities: ['email:k@example.net'],
        notes: 'met at the fair',
        tags: ['team'],
      },
      NOW,
      '2026-11-23',
    );
    await updateContact(db, c.id, { ambition: 'supplement', commitment: 'steady' }, NOW + 1);
    const after = await getContact(db, c.id);
    expect(after).toMatchObject({
      identities: ['email:k@example.net'],
      notes: 'met at the fair',
      tags: ['team'],
      ambition: 'supplement',
    });
    expect(await contactIdsByKeys(db, ['email:k@example.net'])).toEqual(new Map([['email:k@example.net', c.id]]));
  });

  it('adds a second identity in one action and refuses nonsense', async () => {
    const c = await createContact(
      db,
      { name: 'Maria', role: 'customer', stage: 'friend', identities: ['email:m@example.com'] },
      NOW,
      '2026-11-23',
    );
    const after = await addIdentity(db, c.id, 'https://www.instagram.com/Maria.Fit/', NOW);
    expect(after.identities).toEqual(['email:m@example.com', 'instagram:maria.fit']);
    const again = await addIdentity(db, c.id, 'x:MariaFit', NOW);
    expect(again.identities).toEqual(['email:m@example.com', 'instagram:maria.fit', 'x:mariafit']);
    await expect(addIdentity(db, c.id, 'myspace:maria', NOW)).rejects.toThrow(/not an identity/);
  });

  it('sends deletes to a trash that can be undone, and empties it after 30 days', async () => {
    const c = await createContact(
      db,
      { name: 'Tom', role: 'customer', stage: 'associate', identities: ['email:t@example.com'] },
      NOW,
      '2026-11-23',
    );
    await db.contacts.update(c.id, { nextTouchAt: '2026-11-20' });
    await trashContacts(db, [c.id], NOW);
    expect(await getContact(db, c.id)).toBeUndefined();
    expect(await contactIdsByKeys(db, ['email:t@example.com'])).toEqual(new Map());
    expect(await contactsDueBy(db, '2026-12-01')).toEqual([]);
    // a new contact may take the deleted one's email, and is found by it
    const again = await createContact(
      db,
      { name: 'Tom Two', role: 'customer', stage: 'associate', identities: ['email:t@example.com'] },
      NOW,
      '2026-11-23',
    );
    expect(await contactIdsByKeys(db, ['email:t@example.com'])).toEqual(new Map([['email:t@example.com', again.id]]));
    await trashContacts(db, [again.id], NOW);
    await restoreContacts(db, [c.id], NOW);
    expect((await getContact(db, c.id))?.name).toBe('Tom');
    await trashContacts(db, [c.id], NOW);
    expect(await purgeTrash(db, NOW + 29 * 86_400_000)).toBe(0);
    expect(await purgeTrash(db, NOW + 31 * 86_400_000)).toBe(2);
    expect(await db.contacts.count()).toBe(0);
  });

  it('lists the most at-risk first, the same with a backwards getAll as with a cursor', async () => {
    const risks = [10, 80, 55, 80, 30, 95, 60];
    await db.contacts.bulkAdd(risks.map((risk, i) => storedRow(i, { risk })));
    const cursor = await riskSlice(db, 50, 4); // this test's IndexedDB has no getAll options: the cursor
    expect(cursor.map((c) => c.risk)).toEqual([95, 80, 80, 60]);
    // a browser with them (Chromium 141+): getAll({ query, count, direction }) read backwards
    const proto = Object.getPrototypeOf(db.backendDB().transaction('contacts').objectStore('contacts').index('risk'));
    const getAll = proto.getAll;
    const calls: unknown[] = [];
    proto.getAllRecords = () => {
      throw new Error('not used');
    };
    vi.stubGlobal('IDBIndex', { prototype: proto });
    proto.getAll = function (this: IDBIndex, options: { query: IDBKeyRange; count?: number; direction: string }) {
      calls.push(options);
      const out: unknown[] = [];
      const request = this.openCursor(options.query, 'prev');
      const done = new Promise((resolve) => {
        request.onsuccess = () => {
          const cur = request.result;
          if (!cur || out.length === options.count) return resolve(out);
          out.push(cur.value);
          cur.continue();
        };
      });
      // an IDBRequest-shaped answer for lib/db/idb.ts request()
      const answer = { result: out, onsuccess: null as null | (() => void), onerror: null };
      void done.then(() => answer.onsuccess?.());
      return answer;
    };
    try {
      expect(await riskSlice(db, 50, 4)).toEqual(cursor);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ count: 4, direction: 'prev' });
      expect(await riskSlice(db, 50, 0)).toEqual([]);
    } finally {
      proto.getAll = getAll;
      delete proto.getAllRecords;
      vi.unstubAllGlobals();
    }
  });
});
