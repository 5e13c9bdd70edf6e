import type { Transaction } from 'dexie';

/**
 * Versions are only ever added (DESIGN.md habit 7). Each has a test that opens a database filled
 * at the previous version and checks every record survives (lib/db/migrations.test.ts).
 *
 * Indexes:
 *  - contacts.*identities: multiEntry, so the people of a page are one indexed lookup;
 *  - contacts.nextTouchAt: the Today view is one range read (overdue .. now + 7 days);
 *    deleted contacts carry no nextTouchAt, so they drop out of it;
 *  - contacts.risk: the at-risk list is one range read (risk >= threshold).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      contacts: 'id, *identities, nextTouchAt, risk, name, updatedAt, deletedAt',
      touches: 'id, contactId, [contactId+at], at',
      orders: 'id, contactId, [contactId+at]',
      wins: 'id, contactId, [contactId+at]',
      teamCalls: 'id, contactId, [contactId+at]',
      suggestionStates: 'id, contactId, [contactId+kind+due]',
      settings: 'id',
      templates: 'id, kind',
    },
  },
  {
    // v2: a multiEntry index on tags (the app page filters by tag without a scan). Tags written
    // before v2 are trimmed and deduped on the way, as the v2 model requires.
    version: 2,
    stores: {
      contacts: 'id, *identities, *tags, nextTouchAt, risk, name, updatedAt, deletedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('contacts')
        .toCollection()
        .modify((c: { tags?: unknown }) => {
          const tags = Array.isArray(c.tags) ? c.tags.filter((t): t is string => typeof t === 'string') : [];
          c.tags = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
        });
    },
  },
  {
    // v3: no `name` and `updatedAt` indexes. Nothing reads by them (search has its own index, the
    // table sorts in memory) and each cost a write per contact: imports are storage-bound.
    version: 3,
    stores: {
      contacts: 'id, *identities, *tags, nextTouchAt, risk, deletedAt',
    },
  },
  {
    // v4: each contact's history as the engine reads it (lib/db/digest.ts), keyed by contact id.
    // Nothing is filled here: a contact without a digest gets one at its next recompute, so the
    // upgrade is instant and the daily run fills the rest in the background.
    version: 4,
    stores: {
      digests: 'contactId',
    },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
