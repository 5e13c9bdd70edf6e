// Test helpers for the engine's unit tests (not used by the app).
import { evaluate } from './evaluate';
import { DEFAULT_PLAYBOOK, resolvePlaybook } from './playbook';
import type { EngineContact, EngineEvent, SuggestionState } from './types';

export const DAY0 = '2026-03-01'; // a Sunday

export function contact(over: Partial<EngineContact> = {}): EngineContact {
  return { name: 'Maria Lopez', role: 'distributor', stage: 'associate', startedAt: DAY0, ...over };
}

export function run(
  c: Partial<EngineContact>,
  events: EngineEvent[],
  now: string,
  opts: { settings?: unknown; states?: SuggestionState[] } = {},
) {
  const playbook = opts.settings === undefined ? DEFAULT_PLAYBOOK : resolvePlaybook(opts.settings);
  return evaluate({ contact: contact(c), events, states: opts.states }, playbook, now);
}

/** The open suggestion of a kind, or undefined. */
export function open(result: ReturnType<typeof run>, kind: string) {
  return result.suggestions.find((s) => s.kind === kind);
}

export const touch = (kind: string, at: string, direction?: 'in' | 'out' | 'both'): EngineEvent =>
  ({ type: 'touch', kind, at, ...(direction ? { direction } : {}) }) as EngineEvent;
export const win = (kind: string, at: string): EngineEvent => ({ type: 'win', kind, at }) as EngineEvent;
export const order = (at: string, autoship?: boolean): EngineEvent => ({
  type: 'order',
  at,
  ...(autoship === undefined ? {} : { autoship }),
});
export const teamCall = (at: string, attended?: boolean): EngineEvent => ({
  type: 'team_call',
  at,
  ...(attended === undefined ? {} : { attended }),
});
