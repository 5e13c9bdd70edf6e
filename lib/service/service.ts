import {
  ContactError,
  type ContactStep,
  contactCreation,
  contactEdit,
  contactsByIds,
  countAtRisk,
  countDue,
  countDueBetween,
  deleteForGood,
  demoContactIds,
  dueSlice,
  eachContactChunk,
  getContact,
  identityAddition,
  liveContacts,
  restoreContacts,
  riskSlice,
  trashContacts,
  updateContact,
} from '../db/contacts';
import type { KindredDB } from '../db/db';
import { toEngineInput } from '../db/engine-input';
import {
  historyOf,
  type NewHistoryRow,
  orderRow,
  suggestionStateRow,
  teamCallRow,
  touchDeletion,
  touchRow,
  winRow,
} from '../db/events';
import {
  addAndRecompute,
  type Recomputed,
  recomputeContacts,
  recomputeEveryone,
  writeAndRecompute,
} from '../db/recompute';
import { getSettings, listTemplates, resetTemplate, saveSettings, saveTemplate } from '../db/settings';
import { evaluate, type PlaybookSettings, resolvePlaybook } from '../engine';
import type { Contact, ContactPatch, NewContact, Settings, TouchKind } from '../model';
import { ContactSearch, fold } from '../search';
import { localDate, plusDays } from './dates';
import { seedDemoContacts } from './demo-seed';
import { Foreground } from './foreground';
import { type ContactSummary, LookupCache, summarise } from './lookup-cache';

export type { Clock, ContactView, PagePerson, PageState, TodayLists, TodayTotals, TodayView } from './types';
export { TODAY_LIMIT } from './types';

import {
  type Clock,
  type ContactView,
  type PagePerson,
  type PageState,
  TODAY_LIMIT,
  type TodayLists,
  type TodayTotals,
  type TodayView,
} from './types';

/**
 * Everything the side panel and app page can ask of the data, over the database and the engine.
 * No browser API here: the background wires it to messages, alarms and the badge.
 */
/** A contact a write changed, and whether it just crossed the risk threshold. */
export interface Changed {
  id: string;
  crossedRisk: boolean;
  reasons: string[];
  name: string;
}
export type ChangeListener = (changed: Changed[]) => void;

/**
 * Contacts read and indexed per step when the search index is built: a panel opened during the
 * build waits for one step at most (indexing 2,000 took 10 - 45 ms in Node here, plus their read).
 */
const SEARCH_BUILD_CHUNK = 500;

export class KindredService {
  readonly cache: LookupCache;
  private searchIndex: ContactSearch | null = null;
  private playbookInForce: PlaybookSettings | null = null;
  private building: Promise<ContactSearch> | null = null;
  /** Today's lists and counts: the index build waits between its steps while one is in flight. */
  private foreground = new Foreground();
  /** Counts writes, so an index built while they happened is built again. */
  private writes = 0;
  private listeners = new Set<ChangeListener>();

  /**
   * Called after every write with the contacts that changed (badge, panels, chips, risk notices,
   * alarms). Returns the way to stop listening.
   */
  onChanged(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(changed: Changed[]): void {
    for (const listener of this.listeners) listener(changed);
  }

  constructor(
    readonly db: KindredDB,
    private readonly clock: Clock = Date.now,
  ) {
    this.cache = new LookupCache(db);
  }

  today(): string {
    return localDate(this.clock());
  }

  async settings(): Promise<Settings> {
    return getSettings(this.db);
  }

  /** The playbook in force, kept between writes: settings only change through saveSettings here. */
  async playbook(): Promise<PlaybookSettings> {
    if (this.playbookInForce) return this.playbookInForce;
    const settings = await this.settings();
    try {
      this.playbookInForce = resolvePlaybook(settings.playbook);
    } catch {
      this.playbookInForce = resolvePlaybook({}); // a bad stored override must not stop the product
    }
    return this.playbookInForce;
  }

  /** Forgets every cached answer: after a bulk replace (restore, demo data) that bypasses recompute. */
  resetIndexes(): void {
    this.invalidate();
  }

  private invalidate(): void {
    this.writes++;
    this.cache.clear();
    this.searchIndex = null;
    this.playbookInForce = null;
  }

  async recompute(ids: readonly string[]): Promise<void> {
    const playbook = await this.playbook();
    this.recomputed(await recomputeContacts(this.db, ids, playbook, this.today(), this.clock()));
  }

  /**
   * Adds rows of a contact's history and recomputes the contact, in one transaction
   * (lib/db/recompute.ts addAndRecompute): how every touch, order, win, team call and suggestion
   * state is logged.
   */
  private async record(contactId: string, rows: NewHistoryRow[]): Promise<void> {
    const playbook = await this.playbook();
    this.recomputed([await addAndRecompute(this.db, contactId, rows, playbook, this.today(), this.clock())]);
  }

  /**
   * A write of one contact (a new one, an edit, a deleted touch) and its recompute, in one
   * transaction (lib/db/recompute.ts writeAndRecompute). The contact as stored after both.
   */
  private async write(step: ContactStep): Promise<Contact | undefined> {
    const playbook = await this.playbook();
    const done = await writeAndRecompute(this.db, step, playbook, this.today(), this.clock());
    this.recomputed(done ? [done] : []);
    return done?.contact;
  }

  /** After any recompute: caches, the search index, and the listeners (pages, panels, alarms). */
  private recomputed(done: Recomputed[]): void {
    this.cache.clear();
    this.writes++;
    // the search index follows these contacts one by one rather than being rebuilt
    this.searchIndex?.upsert(done.map((r) => r.contact));
    this.emit(
      done.map((r) => ({
        id: r.contact.id,
        crossedRisk: r.crossedRisk,
        reasons: r.result.risk.reasons,
        name: r.contact.name,
      })),
    );
  }

  /**
   * The daily recompute of every live contact (lib/db/recompute.ts recomputeEveryone): the
   * contacts and their digests in batches of 200, each batch one transaction, with a task between,
   * so a panel's request never waits long behind it. A touch logged meanwhile is either in a
   * batch's transaction or recomputed by its own write after it: nothing is evaluated from a
   * stale snapshot.
   */
  async recomputeAll(batch = 200): Promise<number> {
    const crossed: Changed[] = [];
    const onBatch = (done: Recomputed[]) => {
      for (const r of done)
        if (r.crossedRisk)
          crossed.push({ id: r.contact.id, crossedRisk: true, reasons: r.result.risk.reasons, name: r.contact.name });
    };
    const count = await recomputeEveryone(this.db, await this.playbook(), this.today(), this.clock(), onBatch, batch);
    this.cache.clear(); // stages and due dates changed; names and keys (the search index) did not
    this.emit(crossed); // once, not per batch: every change listener redraws pages and panels
    return count;
  }

  /** Stage and "touch due" for each person of a page, aligned with the list given. */
  async marks(people: PageState['people']): Promise<Array<{ contactId: string; stage: string; due: boolean } | null>> {
    const found = await this.cache.lookup(people.flatMap((p) => p.identities));
    const today = this.today();
    return people.map((p) => {
      const c = p.identities.map((k) => found.get(k)).find(Boolean);
      return c ? { contactId: c.id, stage: c.stage, due: !!c.nextTouchAt && c.nextTouchAt <= today } : null;
    });
  }

  async pagePeople(state: PageState | undefined): Promise<PagePerson[]> {
    if (!state) return [];
    const found = await this.cache.lookup(state.people.flatMap((p) => p.identities));
    const unknownNames = state.people.filter((p) => !p.identities.some((k) => found.has(k)));
    const index = unknownNames.length > 0 ? await this.searchIndexFor() : null;
    const out: PagePerson[] = [];
    for (const p of state.people) {
      const contact = p.identities.map((k) => found.get(k)).find(Boolean);
      let maybe: ContactSummary[] = [];
      if (!contact && index && p.displayName) {
        const ids = index.search(p.displayName, 3);
        const rows = await contactsByIds(this.db, ids);
        maybe = rows.filter((r) => fold(r.name).split(' ')[0] === fold(p.displayName).split(' ')[0]).map(summarise);
      }
      out.push({ ...p, contact, maybe });
    }
    return out;
  }

  /**
   * The search index, built once from every live contact and then kept current write by write.
   * Opening the panel starts the build (todayView), so the first keystroke rarely waits for it.
   */
  private async searchIndexFor(): Promise<ContactSearch> {
    if (this.searchIndex) return this.searchIndex;
    this.building ??= (async () => {
      let index: ContactSearch;
      let generation: number;
      do {
        generation = this.writes; // a write during the build means the build read old rows
        index = new ContactSearch();
        // a few thousand contacts per read, a task each: the panel's other requests are answered
        // in between instead of waiting for 20,000 contacts to be read and indexed
        // and a panel opened meanwhile (its Today request in flight) is answered before the next step
        await eachContactChunk(this.db, SEARCH_BUILD_CHUNK, async (rows) => {
          index.upsert(rows);
          await this.foreground.calm();
        });
      } while (generation !== this.writes);
      await new Promise((r) => setTimeout(r, 0));
      index.warm(); // typo search ready too, in a task of its own
      this.searchIndex = index;
      this.building = null;
      return index;
    })();
    return this.building;
  }

  async search(query: string, limit = 20): Promise<ContactSummary[]> {
    const ids = (await this.searchIndexFor()).search(query, limit);
    return (await contactsByIds(this.db, ids)).map(summarise);
  }

  async addContact(input: NewContact): Promise<Contact> {
    return (await this.write(contactCreation(input, this.clock(), this.today())))!;
  }

  async updateContact(id: string, patch: ContactPatch): Promise<Contact> {
    return (await this.write(contactEdit(id, patch, this.clock())))!; // the edit refuses a contact in the trash
  }

  async addIdentity(id: string, key: string): Promise<Contact> {
    return (await this.write(identityAddition(id, key, this.clock())))!;
  }

  async contactView(id: string): Promise<ContactView> {
    const contact = await getContact(this.db, id);
    if (!contact) throw new ContactError('That contact no longer exists');
    const history = await historyOf(this.db, id);
    const result = evaluate(toEngineInput(contact, history), await this.playbook(), this.today());
    return { contact, history, result };
  }

  async logTouch(t: {
    contactId: string;
    kind: TouchKind;
    direction?: 'out' | 'in' | 'both';
    channel?: never;
    at?: string;
    note?: string;
  }) {
    const row = touchRow({ ...t, at: t.at ?? localDateTime(this.clock()) }, this.clock());
    await this.record(t.contactId, [{ table: 'touches', row }]);
    return row;
  }

  async deleteTouch(id: string) {
    await this.write(touchDeletion(id, this.clock()));
  }

  async logOrder(o: { contactId: string; at?: string; amount?: number; autoship?: boolean }) {
    const row = orderRow({ ...o, at: o.at ?? this.today() }, this.clock()); // checked before anything is written
    if (o.autoship !== undefined) await updateContact(this.db, o.contactId, { autoship: o.autoship }, this.clock());
    await this.record(o.contactId, [{ table: 'orders', row }]);
    return row;
  }

  async logWin(w: { contactId: string; kind: Parameters<typeof winRow>[0]['kind']; at?: string; note?: string }) {
    const row = winRow({ ...w, at: w.at ?? this.today() }, this.clock());
    await this.record(w.contactId, [{ table: 'wins', row }]);
    return row;
  }

  async logTeamCall(c: { contactId: string; at: string; attended: boolean }) {
    const row = teamCallRow(c, this.clock());
    await this.record(c.contactId, [{ table: 'teamCalls', row }]);
    return row;
  }

  /**
   * Done logs the touch that fulfils it; snooze and skip are remembered for the engine. The touch,
   * the state and the recompute are one transaction.
   */
  async setSuggestion(s: {
    contactId: string;
    kind: string;
    due: string;
    state: 'done' | 'snoozed' | 'skipped';
    until?: string;
    touch?: { kind: TouchKind; direction?: 'out' | 'in' | 'both' };
  }) {
    const now = this.clock();
    const rows: NewHistoryRow[] = [];
    if (s.state === 'done') {
      const touch = { kind: s.touch?.kind ?? (s.kind as TouchKind), direction: s.touch?.direction };
      rows.push({ table: 'touches', row: touchRow({ contactId: s.contactId, ...touch, at: localDateTime(now) }, now) });
    }
    const state = { contactId: s.contactId, kind: s.kind, due: s.due, state: s.state, until: s.until };
    rows.push({ table: 'suggestionStates', row: suggestionStateRow(state, now) });
    await this.record(s.contactId, rows);
  }

  /** The Today lists with every group's size (notifications; the panel asks in two steps). */
  async todayView(limit = TODAY_LIMIT): Promise<TodayView> {
    const [lists, totals] = await Promise.all([this.todayLists(limit), this.todayTotals()]);
    return { ...lists, totals };
  }

  /** The first `limit` people of each Today group: four short index reads, no counting. */
  async todayLists(limit = TODAY_LIMIT): Promise<TodayLists> {
    return this.foreground.run(() => this.readTodayLists(limit));
  }

  private async readTodayLists(limit: number): Promise<TodayLists> {
    const today = this.today();
    const playbook = await this.playbook();
    const [overdue, dueToday, week, atRisk] = await Promise.all([
      dueSlice(this.db, { from: '', to: plusDays(today, -1) }, limit),
      dueSlice(this.db, { from: today, to: today }, limit),
      dueSlice(this.db, { from: today, to: plusDays(today, 7), includeFrom: false }, limit),
      riskSlice(this.db, playbook.riskThreshold, limit),
    ]);
    // the panel is open: have quick lookup ready before the first key, once this answer is out
    // (building it first made the panel's first paint wait behind a read of every contact)
    setTimeout(() => void this.searchIndexFor(), 0);
    const size = (rows: Contact[]) => (rows.length < limit ? rows.length : null);
    return {
      today,
      overdue: overdue.map(summarise),
      dueToday: dueToday.map(summarise),
      week: week.map(summarise),
      atRisk: atRisk.map(summarise),
      totals: { overdue: size(overdue), dueToday: size(dueToday), week: size(week), atRisk: size(atRisk) },
    };
  }

  /** Each Today group's size: counts over the same index ranges. */
  async todayTotals(): Promise<TodayTotals> {
    return this.foreground.run(() => this.readTodayTotals());
  }

  private async readTodayTotals(): Promise<TodayTotals> {
    const today = this.today();
    const playbook = await this.playbook();
    const [overdue, dueToday, week, atRisk] = await Promise.all([
      countDueBetween(this.db, { from: '', to: plusDays(today, -1) }),
      countDueBetween(this.db, { from: today, to: today }),
      countDueBetween(this.db, { from: today, to: plusDays(today, 7), includeFrom: false }),
      countAtRisk(this.db, playbook.riskThreshold),
    ]);
    return { overdue, dueToday, week, atRisk };
  }

  /** Overdue + due today, for the toolbar badge when no page people are shown. */
  async dueCount(): Promise<number> {
    return countDue(this.db, this.today());
  }

  /** How many demo contacts are still here: a few gets by the ids seeding noted, never a scan. */
  async demoCount(): Promise<number> {
    const { demoIds } = await this.settings();
    return (await contactsByIds(this.db, demoIds)).length;
  }

  async trash(ids: string[]) {
    const n = await trashContacts(this.db, ids, this.clock());
    this.cache.clear();
    this.writes++;
    this.searchIndex?.remove(ids);
    this.emit([]);
    return n;
  }

  async restore(ids: string[]) {
    const n = await restoreContacts(this.db, ids, this.clock());
    await this.recompute(ids);
    return n;
  }

  async saveSettings(patch: Partial<Settings>) {
    if (patch.playbook) resolvePlaybook(patch.playbook); // throws a message naming the field
    const saved = await saveSettings(this.db, patch, this.clock());
    this.playbookInForce = null;
    if (patch.playbook) await this.recomputeAll();
    else this.emit([]); // chips, alarms and panels follow settings too
    return saved;
  }

  templates() {
    return listTemplates(this.db);
  }

  saveTemplate(template: unknown) {
    return saveTemplate(this.db, template, this.clock());
  }

  resetTemplate(id: string) {
    return resetTemplate(this.db, id);
  }

  async listContacts(): Promise<Contact[]> {
    return liveContacts(this.db).toArray();
  }

  async seedDemo(): Promise<number> {
    const added = await seedDemoContacts(this.db, this.today(), this.clock());
    if (added > 0) {
      const ids = await demoContactIds(this.db, false);
      await saveSettings(this.db, { demoIds: ids }, this.clock());
      await this.recompute(ids);
    }
    this.invalidate();
    this.emit([]);
    return added;
  }

  /** Removes the demo contacts for good (they were never the user's data). */
  async removeDemo(): Promise<number> {
    const ids = await demoContactIds(this.db);
    await deleteForGood(this.db, ids);
    await saveSettings(this.db, { demoIds: [] }, this.clock());
    this.invalidate();
    this.emit([]);
    return ids.length;
  }
}

function localDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
