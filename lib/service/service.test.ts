import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KindredDB } from '../db/db';
import { KindredService } from './service';

let db: KindredDB;
let service: KindredService;
let n = 0;
// 2026-03-08 at noon local time: the engine's "today".
let now = new Date(2026, 2, 8, 12).getTime();

beforeEach(() => {
  now = new Date(2026, 2, 8, 12).getTime();
  db = new KindredDB(`test-service-${n++}`);
  service = new KindredService(db, () => now);
});
afterEach(async () => {
  await db.delete();
});

describe('KindredService', () => {
  it('stores the next touch on every write, so Today is one range read', async () => {
    const maria = await service.addContact({
      name: 'Maria Lopez',
      role: 'distributor',
      stage: 'associate',
      startedAt: '2026-03-06',
      identities: ['email:maria@example.com'],
    });
    expect(maria.nextTouchAt).toBe('2026-03-06'); // the day-0 welcome email, still open
    expect(maria.nextTouchKind).toBe('welcome_email');
    const today = await service.todayView();
    expect(today.overdue.map((c) => c.name)).toEqual(['Maria Lopez']);
    await service.logTouch({ contactId: maria.id, kind: 'welcome_email', at: '2026-03-06' });
    const after = (await service.contactView(maria.id)).contact;
    expect(after.nextTouchKind).not.toBe('welcome_email');
  });

  it('a touch logged while the daily recompute runs is in the stored next touch at the end', async () => {
    const people = [];
    for (const name of ['Ann', 'Bob', 'Cy', 'Dan', 'Eve'])
      people.push(
        await service.addContact({
          name,
          role: 'distributor',
          stage: 'associate',
          startedAt: '2026-03-06',
          identities: [],
        }),
      );
    const eve = people[4]!;
    expect(eve.nextTouchKind).toBe('welcome_email');
    // the run walks the contacts two at a time: the welcome email logged meanwhile must not be
    // lost, whichever batch Eve is in
    const run = service.recomputeAll(2);
    await service.logTouch({ contactId: eve.id, kind: 'welcome_email', at: '2026-03-06' });
    expect(await run).toBe(5);
    const stored = (await service.contactView(eve.id)).contact;
    expect(stored.nextTouchKind).not.toBe('welcome_email');
  });

  it('Today shows the first people of each group and counts them all', async () => {
    for (const name of ['Ann', 'Bob', 'Cy']) {
      await service.addContact({ name, role: 'prospect', stage: 'family', startedAt: '2026-02-01', identities: [] });
    }
    const view = await service.todayView(2);
    expect(view.overdue.map((c) => c.name)).toHaveLength(2);
    expect(view.totals.overdue).toBe(3);
    // the panel's first answer leaves a cut group's size to the count that follows it
    const lists = await service.todayLists(2);
    expect(lists.overdue).toHaveLength(2);
    expect(lists.totals).toEqual({ overdue: null, dueToday: 0, week: 0, atRisk: 0 });
    expect((await service.todayTotals()).overdue).toBe(3);
    expect(await service.dueCount()).toBe(3);
  });

  it('answers which people on a page are known, with stage and whether a touch is due, aligned with the page', async () => {
    const sam = await service.addContact({
      name: 'Sam',
      role: 'prospect',
      stage: 'friend',
      startedAt: '2026-01-01',
      identities: ['x:sam'],
    });
    const marks = await service.marks([
      { displayName: 'Nobody', identities: ['x:nobody'] },
      { displayName: 'Sam', identities: ['email:sam@example.com', 'x:sam'] },
    ]);
    expect(marks).toEqual([null, { contactId: sam.id, stage: 'friend', due: true }]);
  });

  it('Done logs the touch, Snooze hides until the date, Skip removes the suggestion', async () => {
    const c = await service.addContact({
      name: 'Ana',
      role: 'customer',
      stage: 'associate',
      startedAt: '2026-03-08',
      identities: [],
    });
    const first = (await service.contactView(c.id)).result.suggestions[0]!;
    expect(first.kind).toBe('thank_you_email');
    await service.setSuggestion({ contactId: c.id, kind: first.kind, due: first.due, state: 'done' });
    let view = await service.contactView(c.id);
    expect(view.history.touches.map((t) => t.kind)).toEqual(['thank_you_email']);
    expect(view.result.suggestions.map((s) => s.kind)).not.toContain('thank_you_email');
    const card = view.result.suggestions.find((s) => s.kind === 'thank_you_card')!;
    await service.setSuggestion({
      contactId: c.id,
      kind: card.kind,
      due: card.due,
      state: 'snoozed',
      until: '2026-03-10',
    });
    view = await service.contactView(c.id);
    expect(view.result.suggestions.map((s) => s.kind)).not.toContain('thank_you_card');
    now = new Date(2026, 2, 10, 12).getTime();
    view = await service.contactView(c.id);
    expect(view.result.suggestions.map((s) => s.kind)).toContain('thank_you_card');
    await service.setSuggestion({ contactId: c.id, kind: card.kind, due: card.due, state: 'skipped' });
    view = await service.contactView(c.id);
    expect(view.result.suggestions.map((s) => s.kind)).not.toContain('thank_you_card');
  });

  it('a cadence the user changes (friend: 14 -> 10 days) takes effect for every contact', async () => {
    const p = await service.addContact({
      name: 'Pat',
      role: 'prospect',
      stage: 'friend',
      startedAt: '2026-03-01',
      identities: [],
    });
    expect(p.nextTouchAt).toBe('2026-03-15');
    await service.saveSettings({ playbook: { cadenceDays: { friend: 10 } } });
    expect((await service.contactView(p.id)).contact.nextTouchAt).toBe('2026-03-11');
    await expect(service.saveSettings({ playbook: { cadenceDays: { friend: -3 } } })).rejects.toThrow(
      /cadenceDays\.friend/,
    );
  });

  it('seeds demo contacts once and removes them, and nothing else, in one call', async () => {
    const mine = await service.addContact({ name: 'Mine', role: 'customer', stage: 'associate', identities: [] });
    expect(await service.seedDemo()).toBe(5);
    expect(await service.seedDemo()).toBe(0);
    expect(await service.demoCount()).toBe(5);
    const all = await service.listContacts();
    expect(all).toHaveLength(6);
    expect(all.find((c) => c.name === 'Tom Okafor')?.risk).toBeGreaterThanOrEqual(60); // the drifting demo customer
    expect(await service.removeDemo()).toBe(5);
    expect(await service.demoCount()).toBe(0);
    expect((await service.listContacts()).map((c) => c.id)).toEqual([mine.id]);
    expect(await db.touches.count()).toBe(0);
  });

  it('tells about a contact crossing the risk threshold once, not on every write', async () => {
    const crossings: string[] = [];
    service.onChanged((changed) => crossings.push(...changed.filter((c) => c.crossedRisk).map((c) => c.name)));
    const c = await service.addContact({
      name: 'Dee',
      role: 'distributor',
      stage: 'associate',
      startedAt: '2026-01-01',
      identities: [],
    });
    await service.updateContact(c.id, { doubt: true, ambition: 'career', commitment: 'casual' });
    await service.logTouch({ contactId: c.id, kind: 'note', at: '2026-03-08' });
    expect(crossings).toEqual(['Dee']);
  });

  it('finds contacts by name, handle and tag', async () => {
    await service.addContact({
      name: 'María López',
      role: 'customer',
      stage: 'associate',
      identities: ['instagram:maria.fit'],
      tags: ['autoship'],
    });
    expect((await service.search('maria')).map((c) => c.name)).toEqual(['María López']);
    expect((await service.search('@maria.fit')).map((c) => c.name)).toEqual(['María López']);
    expect((await service.search('autoship')).map((c) => c.name)).toEqual(['María López']);
  });
});
