import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkUpdate, type ImportBatch, importContacts, mergeInto, replaceEverything } from './bulk';
import { contactIdsByKeys, createContact, getContact } from './contacts';
import { KindredDB } from './db';
import { addOrder, addTouch, addWin, historyOf } from './events';

let db: KindredDB;
let n = 0;
beforeEach(() => {
  db = new KindredDB(`test-bulk-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = Date.UTC(2026, 10, 23, 12);
const TODAY = '2026-11-23';
const BATCH: ImportBatch = { role: 'customer', stage: 'associate', tags: ['imported'], useConnectedOn: true };

describe('importContacts', () => {
  it('creates new contacts and merges rows that match an existing contact by identity', async () => {
    const maria = await createContact(
      db,
      { name: 'Maria Garcia', role: 'distributor', stage: 'friend', identities: ['email:maria@example.com'] },
      NOW,
      TODAY,
    );
    const out = await importContacts(
      db,
      [
        {
          displayName: 'Maria G.',
          identities: ['email:maria@example.com', 'phone:+34612345678'],
          notes: 'Loves hiking',
          tags: ['Team'],
          birthday: '1990-03-15',
          line: 2,
        },
        { displayName: 'Tom Baker', identities: ['email:tom@example.org'], connectedOn: '2025-01-02', line: 4 },
        { displayName: 'Nicky', identities: [], line: 5 },
      ],
      BATCH,
      NOW,
      TODAY,
    );
    expect(out.created).toHaveLength(2);
    expect(out.merged).toEqual([maria.id]);
    const merged = (await getContact(db, maria.id))!;
    expect(merged.name).toBe('Maria Garcia'); // her fields win
    expect(merged.role).toBe('distributor');
    expect(merged.identities).toEqual(['email:maria@example.com', 'phone:+34612345678']);
    expect(merged.notes).toBe('Loves hiking');
    expect(merged.tags).toEqual(['Team', 'imported']);
    expect(merged.birthday).toBe('1990-03-15');
    const found = await contactIdsByKeys(db, ['phone:+34612345678', 'email:tom@example.org']);
    expect(found.get('phone:+34612345678')).toBe(maria.id);
    const tom = (await getContact(db, found.get('email:tom@example.org')!))!;
    expect(tom).toMatchObject({ role: 'customer', stage: 'associate', startedAt: '2025-01-02', tags: ['imported'] });
    expect(tom.consent?.basis).toBe('imported');
  });

  it('writes nothing when one row is invalid, and names its line', async () => {
    await expect(
      importContacts(
        db,
        [
          { displayName: 'Good Row', identities: ['email:good@example.com'], line: 2 },
          { displayName: 'Bad Row', identities: [], birthday: '1990-02-30', line: 3 },
        ],
        BATCH,
        NOW,
        TODAY,
      ),
    ).rejects.toThrow(/line 3: birthday/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('folds rows of one file that share a key into one contact', async () => {
    const out = await importContacts(
      db,
      [
        { displayName: 'Ann Lee', identities: ['email:ann@example.com'] },
        { displayName: 'Ann L', identities: ['email:ann@example.com', 'x:annlee'] },
      ],
      BATCH,
      NOW,
      TODAY,
    );
    expect(out.created).toHaveLength(1);
    const [ann] = await db.contacts.toArray();
    expect(ann!.identities).toEqual(['email:ann@example.com', 'x:annlee']);
  });

  it('imports 20,000 contacts in one transaction', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      displayName: `Person ${i}`,
      identities: [`email:p${i}@example.com`],
    }));
    const out = await importContacts(db, items, BATCH, NOW, TODAY);
    expect(out.created).toHaveLength(20_000);
    expect(await db.contacts.count()).toBe(20_000);
  }, 60_000);
});

describe('replaceEverything', () => {
  it('writes nothing when a row cannot be added (one transaction)', async () => {
    await createContact(db, { name: 'Kept', role: 'customer', stage: 'friend' }, NOW, TODAY);
    const row = (await db.contacts.toArray())[0]!;
    const twice = {
      contacts: [row, row],
      touches: [],
      orders: [],
      wins: [],
      teamCalls: [],
      suggestionStates: [],
      templates: [],
      settings: undefined,
    };
    await expect(replaceEverything(db, twice)).rejects.toThrow();
    expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['Kept']);
  });
});

describe('bulkUpdate', () => {
  it('sets the stage and adds and removes tags on many contacts', async () => {
    const a = await createContact(db, { name: 'A', role: 'customer', stage: 'associate', tags: ['x'] }, NOW, TODAY);
    const b = await createContact(db, { name: 'B', role: 'customer', stage: 'associate' }, NOW, TODAY);
    expect(await bulkUpdate(db, [a.id, b.id], { stage: 'friend', addTag: 'VIP' }, NOW + 1)).toBe(2);
    expect((await getContact(db, b.id))!).toMatchObject({ stage: 'friend', tags: ['VIP'], updatedAt: NOW + 1 });
    await bulkUpdate(db, [a.id, b.id], { removeTag: 'vip' }, NOW + 2);
    expect((await getContact(db, a.id))!.tags).toEqual(['x']);
  });
});

describe('mergeInto', () => {
  it('keeps every identity, note and history row, and trashes the others', async () => {
    const keep = await createContact(
      db,
      { name: 'Priya Sharma', role: 'distributor', stage: 'associate', identities: ['email:priya@example.com'] },
      NOW,
      TODAY,
    );
    const other = await createContact(
      db,
      {
        name: 'Priya S',
        role: 'customer',
        stage: 'friend',
        identities: ['facebook:priya.s'],
        notes: 'Met at the fair',
        tags: ['fair'],
      },
      NOW,
      TODAY,
    );
    await addTouch(db, { contactId: other.id, kind: 'call', at: '2026-11-01', direction: 'both' }, NOW);
    await addOrder(db, { contactId: other.id, at: '2026-11-02' }, NOW);
    await addWin(db, { contactId: other.id, kind: 'first_sale', at: '2026-11-03' }, NOW);
    await addTouch(db, { contactId: keep.id, kind: 'email', at: '2026-11-04' }, NOW);

    const merged = await mergeInto(db, keep.id, [other.id], NOW + 5);
    expect(merged.identities).toEqual(['email:priya@example.com', 'facebook:priya.s']);
    expect(merged).toMatchObject({ name: 'Priya Sharma', stage: 'friend', notes: 'Met at the fair', tags: ['fair'] });
    const history = await historyOf(db, keep.id);
    expect(history.touches).toHaveLength(2);
    expect(history.orders).toHaveLength(1);
    expect(history.wins).toHaveLength(1);
    expect(await getContact(db, other.id)).toBeUndefined();
    const trashed = (await db.contacts.get(other.id))!;
    expect(trashed.deletedAt).toBe(NOW + 5);
    expect(trashed.identities).toEqual([]);
    expect((await contactIdsByKeys(db, ['facebook:priya.s'])).get('facebook:priya.s')).toBe(keep.id);
  });

  it('refuses to merge a contact into itself', async () => {
    const a = await createContact(db, { name: 'A', role: 'customer', stage: 'associate' }, NOW, TODAY);
    await expect(mergeInto(db, a.id, [a.id], NOW)).rejects.toThrow(/at least one other/);
  });
});
