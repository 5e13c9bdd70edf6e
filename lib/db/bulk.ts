import { mergeContacts } from '../io/merge';
import {
  type Contact,
  ContactSchema,
  LIMITS,
  type Order,
  type Role,
  type Settings,
  type Stage,
  type SuggestionStateRow,
  type TeamCall,
  type Template,
  type Touch,
  type Win,
} from '../model';
import { ContactError, cleanKeys, describeZodError } from './contacts';
import type { KindredDB } from './db';
import { HISTORY_TABLES } from './digest';
import { newId } from './ids';

/**
 * Writes of many rows at once (import, bulk edits, merge, restore). Each runs in ONE Dexie
 * transaction: all of it is written or, on any error, none of it.
 */

/** One contact read from a file (lib/io ImportedContact, as it travels from the app page). */
export interface ImportItem {
  displayName: string;
  identities: string[];
  birthday?: string;
  notes?: string;
  phones?: string[];
  company?: string;
  tags?: string[];
  connectedOn?: string;
  line?: number;
}

export interface ImportBatch {
  role: Role;
  stage: Stage;
  tags: string[];
  /** Day 0 of new contacts: the file's connection date when it has one, else `today`. */
  useConnectedOn: boolean;
}

export interface ImportOutcome {
  created: string[];
  /** Existing contacts that received identities, notes or tags from the file. */
  merged: string[];
}

function union(a: readonly string[], b: readonly string[] | undefined, max: number, fold = false): string[] {
  const out = [...a];
  const seen = new Set(out.map((v) => (fold ? v.toLowerCase() : v)));
  for (const v of b ?? []) {
    const k = fold ? v.toLowerCase() : v;
    if (!seen.has(k) && out.length < max) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

function joinNotes(current: string, more: string | undefined): string {
  const add = more?.trim();
  if (!add || current.includes(add)) return current;
  return (current ? `${current}\n\n${add}` : add).slice(0, LIMITS.note);
}

function where(item: ImportItem, index: number): string {
  return item.line ? `line ${item.line}` : `contact ${index + 1} ("${item.displayName.slice(0, 40)}")`;
}

/**
 * Adds the contacts of a file. A row whose identity belongs to a live contact is merged into it
 * (identities, notes, tags, phones, a missing birthday or company); the others become new
 * contacts with the batch's role, stage and tags. Rows of the file that share a key end up in one
 * contact. Any invalid row aborts the whole import with a message naming its line.
 */
export async function importContacts(
  db: KindredDB,
  items: readonly ImportItem[],
  batch: ImportBatch,
  now: number,
  today: string,
): Promise<ImportOutcome> {
  const keysOf = items.map((item) => cleanKeys(item.identities).slice(0, LIMITS.identities));
  const allKeys = [...new Set(keysOf.flat())];
  return db.transaction('rw', db.contacts, async () => {
    const owner = new Map<string, Contact>();
    if (allKeys.length > 0) {
      const rows = await db.contacts.where('identities').anyOf(allKeys).toArray();
      for (const row of rows) if (row.deletedAt === undefined) for (const k of row.identities) owner.set(k, row);
    }
    const touched = new Map<string, Contact>();
    const created = new Set<string>();
    items.forEach((item, i) => {
      const keys = keysOf[i] ?? [];
      const match = keys.map((k) => owner.get(k)).find(Boolean);
      if (match) {
        const current = touched.get(match.id) ?? match;
        const free = keys.filter((k) => !owner.has(k) || owner.get(k)?.id === match.id);
        const next: Contact = {
          ...current,
          identities: union(current.identities, free, LIMITS.identities),
          tags: union(current.tags, [...(item.tags ?? []), ...batch.tags], LIMITS.tags, true),
          notes: joinNotes(current.notes, item.notes),
          phones: union(current.phones ?? [], item.phones, 20),
          birthday: current.birthday ?? item.birthday,
          company: current.company ?? item.company,
          updatedAt: now,
        };
        if (!next.phones?.length) delete next.phones;
        const parsed = ContactSchema.safeParse(next);
        if (!parsed.success) throw new ContactError(`${where(item, i)}: ${describeZodError(parsed.error)}`);
        touched.set(match.id, parsed.data);
        for (const k of parsed.data.identities) owner.set(k, parsed.data);
        return;
      }
      const parsed = ContactSchema.safeParse({
        id: newId(),
        name: item.displayName.trim().slice(0, LIMITS.name),
        role: batch.role,
        stage: batch.stage,
        startedAt: (batch.useConnectedOn && item.connectedOn) || today,
        birthday: item.birthday,
        identities: keys,
        tags: union([], [...(item.tags ?? []), ...batch.tags], LIMITS.tags, true),
        notes: (item.notes ?? '').slice(0, LIMITS.note),
        phones: item.phones?.length ? item.phones.slice(0, 20) : undefined,
        company: item.company?.slice(0, LIMITS.text),
        consent: { basis: 'imported', doNotContact: false },
        createdAt: now,
        updatedAt: now,
      });
      if (!parsed.success) throw new ContactError(`${where(item, i)}: ${describeZodError(parsed.error)}`);
      created.add(parsed.data.id);
      touched.set(parsed.data.id, parsed.data);
      for (const k of keys) owner.set(k, parsed.data);
    });
    const fresh: Contact[] = [];
    const changed: Contact[] = [];
    for (const [id, row] of touched) (created.has(id) ? fresh : changed).push(row);
    // new ids cannot collide: bulkAdd (no read-before-write); the merged ones replace their rows
    if (fresh.length) await db.contacts.bulkAdd(fresh);
    if (changed.length) await db.contacts.bulkPut(changed);
    return { created: [...created], merged: changed.map((c) => c.id) };
  });
}

export interface BulkChange {
  stage?: Stage;
  addTag?: string;
  removeTag?: string;
}

/** Sets the stage of, or adds / removes a tag on, many live contacts at once. */
export async function bulkUpdate(db: KindredDB, ids: readonly string[], change: BulkChange, now: number) {
  const tag = change.addTag?.trim().slice(0, LIMITS.tag);
  const drop = change.removeTag?.trim().toLowerCase();
  return db.transaction('rw', db.contacts, () =>
    db.contacts
      .where('id')
      .anyOf(ids as string[])
      .modify((c) => {
        if (c.deletedAt !== undefined) return;
        if (change.stage) c.stage = change.stage;
        if (tag && !c.tags.some((t) => t.toLowerCase() === tag.toLowerCase()) && c.tags.length < LIMITS.tags)
          c.tags = [...c.tags, tag];
        if (drop) c.tags = c.tags.filter((t) => t.toLowerCase() !== drop);
        c.updatedAt = now;
      }),
  );
}

/**
 * Merges `otherIds` into `keepId`: the kept contact gets every identity, tag, phone, detail and
 * note (lib/io mergeContacts); every touch, order, win, team call and suggestion state of the
 * others is re-pointed to it; the others go to the trash without their identities (the kept
 * contact holds them now). One transaction.
 */
export async function mergeInto(db: KindredDB, keepId: string, otherIds: readonly string[], now: number) {
  const others = [...new Set(otherIds)].filter((id) => id !== keepId);
  if (others.length === 0) throw new ContactError('Choose at least one other contact to merge');
  return db.transaction('rw', [db.contacts, db.digests, ...HISTORY_TABLES.map((t) => db[t])], async () => {
    const keep = await db.contacts.get(keepId);
    if (!keep || keep.deletedAt !== undefined) throw new ContactError('The contact to keep no longer exists');
    const rows = await db.contacts.bulkGet(others);
    const live = rows.filter((r): r is Contact => !!r && r.deletedAt === undefined);
    if (live.length !== others.length) throw new ContactError('A contact to merge no longer exists');
    const merged = ContactSchema.parse(mergeContacts(keep, live, now));
    for (const table of HISTORY_TABLES) {
      await db.table(table).where('contactId').anyOf(others).modify({ contactId: keepId, updatedAt: now });
    }
    await db.digests.bulkDelete([keepId, ...others]); // the kept one's is built again from its rows
    await db.contacts
      .where('id')
      .anyOf(others)
      .modify((c) => {
        c.identities = [];
        c.deletedAt = now;
        c.updatedAt = now;
        c.nextTouchAt = undefined;
      });
    await db.contacts.put(merged);
    return merged;
  });
}

/** Every row of every table: what a backup holds. */
export interface Everything {
  contacts: Contact[];
  touches: Touch[];
  orders: Order[];
  wins: Win[];
  teamCalls: TeamCall[];
  suggestionStates: SuggestionStateRow[];
  settings: Settings | undefined;
  templates: Template[];
}

/** Replaces every table with the given rows, in one transaction (a restore). */
export async function replaceEverything(db: KindredDB, data: Everything): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    await db.contacts.bulkAdd(data.contacts);
    await db.touches.bulkAdd(data.touches);
    await db.orders.bulkAdd(data.orders);
    await db.wins.bulkAdd(data.wins);
    await db.teamCalls.bulkAdd(data.teamCalls);
    await db.suggestionStates.bulkAdd(data.suggestionStates);
    if (data.settings) await db.settings.put({ ...data.settings, id: 'settings' });
    await db.templates.bulkAdd(data.templates);
  });
}
