import type { EngineContact, EngineEvent, SuggestionState } from '../engine';
import type { Contact } from '../model';
import type { History } from './events';

/** A stored contact and its history as the engine's plain input (the scenario format's shape). */
export function toEngineInput(contact: Contact, history: History) {
  const engineContact: EngineContact = {
    name: contact.name,
    role: contact.role,
    stage: contact.stage,
    startedAt: contact.startedAt,
    birthday: contact.birthday,
    ambition: contact.ambition,
    commitment: contact.commitment,
    hoursPerWeek: contact.hoursPerWeek ?? contact.goal?.hoursPerWeek,
    goal: contact.goal,
    autoship: contact.autoship,
    reorderCycleDays: contact.reorderCycleDays,
    details: contact.details,
    doubt: contact.doubt,
  };
  const events: EngineEvent[] = [
    ...history.touches.map((t) => ({ type: 'touch' as const, kind: t.kind, at: t.at, direction: t.direction })),
    ...history.orders.map((o) => ({ type: 'order' as const, at: o.at, autoship: o.autoship, amount: o.amount })),
    ...history.wins.map((w) => ({ type: 'win' as const, kind: w.kind, at: w.at })),
    ...history.teamCalls.map((c) => ({ type: 'team_call' as const, at: c.at, attended: c.attended })),
  ];
  const states: SuggestionState[] = history.states.map((s) => ({
    kind: s.kind,
    due: s.due,
    state: s.state,
    until: s.until,
  }));
  return { contact: engineContact, events, states };
}
