import type { EngineContact, EngineEvent, SuggestionState } from '../engine';
import type { Contact, Order, SuggestionStateRow, TeamCall, Touch, Win } from '../model';
import type { History } from './events';

export function engineContact(contact: Contact): EngineContact {
  return {
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
}

/** Each history table's row as the engine's event (only the fields the engine reads). */
export const touchEvent = (t: Touch): EngineEvent => ({
  type: 'touch',
  kind: t.kind,
  at: t.at,
  direction: t.direction,
});
export const orderEvent = (o: Order): EngineEvent => ({
  type: 'order',
  at: o.at,
  autoship: o.autoship,
  amount: o.amount,
});
export const winEvent = (w: Win): EngineEvent => ({ type: 'win', kind: w.kind, at: w.at });
export const teamCallEvent = (c: TeamCall): EngineEvent => ({ type: 'team_call', at: c.at, attended: c.attended });
export const suggestionState = (s: SuggestionStateRow): SuggestionState => ({
  kind: s.kind,
  due: s.due,
  state: s.state,
  until: s.until,
});

/** A stored contact and its history as the engine's plain input (the scenario format's shape). */
export function toEngineInput(contact: Contact, history: History) {
  const events: EngineEvent[] = [
    ...history.touches.map(touchEvent),
    ...history.orders.map(orderEvent),
    ...history.wins.map(winEvent),
    ...history.teamCalls.map(teamCallEvent),
  ];
  return { contact: engineContact(contact), events, states: history.states.map(suggestionState) };
}
