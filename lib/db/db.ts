import Dexie, { type EntityTable } from 'dexie';
import type { Contact, Order, Settings, SuggestionStateRow, TeamCall, Template, Touch, Win } from '../model';
import type { Digest } from './digest';
import { SCHEMA_VERSIONS } from './schema';

/**
 * The one database. It lives only in the extension's origin: content scripts never import
 * lib/db (tests/structure.test.ts), because IndexedDB opened there would belong to the website.
 */
export class KindredDB extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  touches!: EntityTable<Touch, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  wins!: EntityTable<Win, 'id'>;
  teamCalls!: EntityTable<TeamCall, 'id'>;
  suggestionStates!: EntityTable<SuggestionStateRow, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  digests!: EntityTable<Digest, 'contactId'>;

  constructor(name = 'kindred') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

let instance: KindredDB | null = null;

/** The singleton; tests open their own with `new KindredDB(name)` and pass it in. */
export function getDb(): KindredDB {
  instance ??= new KindredDB();
  return instance;
}
