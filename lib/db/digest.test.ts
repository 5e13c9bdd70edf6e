import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK, evaluate } from '../engine';
import type { Touch } from '../model';
import { merge } from '../service/io-service';
import { KindredService } from '../service/service';
import { deleteForGood } from './contacts';
import { KindredDB } from './db';
import { type Digest, digestInput, digestOf, withRow } from './digest';
import { toEngineInput } from './engine-input';
import { type HistoryRows, historyOf, historyRowsOf, liveHistory } from './events';
import { backend, eachChunk } from './idb';

const touch = (id: string, createdAt: number, kind: Touch['kind'], over: Partial<Touch> = {}): Touch => ({
  id,
  contactId: 'c1',
  kind,
  at: '2026-03-05',
  createdAt,
  updatedAt: createdAt,
  ...over,
});
const rows = (touches: Touch[]): HistoryRows => [touches, [], [], [], []];

describe('digest', () => {
  it('holds the live rows as engine events in logging order, whatever order the index gave', () => {
    const d = digestOf('c1', rows([touch('b', 2, 'message'), touch('z', 1, 'call'), touch('a', 2, 'email')]));
    expect(digestInput(d)?.events.map((e) => (e as { kind: string }).kind)).toEqual(['call', 'email', 'message']);
    expect(d.last.touches).toEqual([2, 'b']);
    const gone = digestOf('c1', rows([touch('a', 1, 'call', { deletedAt: 5 })]));
    expect(gone.lists).toEqual({});
    expect(digestInput(gone)).toEqual({ events: [], states: [] });
  });

  it('appending a later row gives what building from the rows gives', () => {
    const first = [touch('a', 1, 'call'), touch('b', 2, 'email')];
    const next = touch('c', 3, 'message', { direction: 'in' });
    const appended = withRow(digestOf('c1', rows(first)), 'touches', next);
    expect(appended).toEqual(digestOf('c1', rows([...first, next])));
    expect(withRow(digestOf('c1', rows([])), 'touches', next)).toEqual(digestOf('c1', rows([next])));
  });

  it('refuses to append a row that sorts before the last one (a clock set back)', () => {
    const d = digestOf('c1', rows([touch('b', 5, 'call')]));
    expect(withRow(d, 'touches', touch('a', 4, 'message'))).toBeUndefined();
    expect(withRow(d, 'touches', touch('a', 5, 'message'))).toBeUndefined(); // same time, smaller id
  });

  it('a damaged digest reads as missing, so it is built again', () => {
    const damaged: Digest = { contactId: 'c1', lists: { touches: '[{"type":' }, last: {} };
    expect(digestInput(damaged)).toBeUndefined();
  });
});

let db: KindredDB;
let n = 0;
beforeEach(() => {
  db = new KindredDB(`test-digest-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

/** Every stored digest equals the one built from its contact's rows, and the stored fields follow from them. */
async function expectDigestsTrue(service: KindredService) {
  for (const digest of await db.digests.toArray()) {
    const id = digest.contactId;
    const stored = await historyRowsOf(db, id);
    expect(digest, id).toEqual(digestOf(id, stored));
    const contact = await db.contacts.get(id);
    if (!contact || contact.deletedAt !== undefined) continue;
    const result = evaluate(toEngineInput(contact, liveHistory(stored)), DEFAULT_PLAYBOOK, service.today());
    expect(contact.nextTouchAt, id).toBe(result.nextTouch?.due);
    expect(contact.risk, id).toBe(result.risk.score);
  }
}

describe('digests under random writes', () => {
  it('always equal the history rows: logs, deletes, merges, purges, a clock set back, the daily run', async () => {
    let now = new Date(2026, 2, 8, 12).getTime();
    const service = new KindredService(db, () => now);
    let seed = 17;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const role = pick(['customer', 'distributor', 'prospect'] as const);
      const stage = pick(['associate', 'friend', 'family'] as const);
      ids.push((await service.addContact({ name: `P${i}`, role, stage, startedAt: '2026-01-15', identities: [] })).id);
    }
    const day = () => `2026-0${1 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 8)}`;
    const live = async () => (await db.contacts.toArray()).filter((c) => c.deletedAt === undefined).map((c) => c.id);
    for (let step = 0; step < 120; step++) {
      const people = await live();
      if (people.length === 0) break;
      const contactId = pick(people);
      now += random() < 0.1 ? -60_000 : 60_000; // now and then the clock goes back a minute
      const op = Math.floor(random() * 9);
      if (step % 30 === 8 && people.length > 2) {
        await merge(service, contactId, [pick(people.filter((p) => p !== contactId))], now);
      } else if (step % 30 === 18 && people.length > 3) {
        await deleteForGood(db, [contactId]);
        await service.addContact({
          name: `Q${step}`,
          role: 'customer',
          stage: 'friend',
          startedAt: '2026-02-01',
          identities: [],
        });
      } else if (op <= 2)
        await service.logTouch({ contactId, kind: pick(['call', 'message', 'email'] as const), at: day() });
      else if (op === 3) await service.logOrder({ contactId, at: day(), autoship: random() < 0.5 });
      else if (op === 4) await service.logWin({ contactId, kind: 'first_sale', at: day() });
      else if (op === 5) await service.logTeamCall({ contactId, at: day(), attended: random() < 0.5 });
      else if (op === 6) {
        const touches = (await historyOf(db, contactId)).touches;
        if (touches.length > 0) await service.deleteTouch(pick(touches).id);
      } else if (op === 7) {
        await service.setSuggestion({ contactId, kind: 'keep_in_touch', due: day(), state: 'snoozed', until: day() });
      } else await service.recomputeAll(2);
      await expectDigestsTrue(service);
    }
    expect(await db.digests.count()).toBeGreaterThan(0);
  });
});

describe('walking the digests table', () => {
  it('eachChunk reads a store keyed by contactId once, row by row, in key order', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `c${i}`);
    await db.digests.bulkAdd(ids.map((id) => digestOf(id, rows([]))));
    const seen: string[] = [];
    await eachChunk<Digest>(await backend(db), 'digests', 2, (chunk) => {
      seen.push(...chunk.map((d) => d.contactId));
    });
    expect(seen).toEqual(ids);
  });
});
