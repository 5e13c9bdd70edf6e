/** The retention engine: pure functions of (contact, events, states, playbook, now). */
export { type Day, toDay } from './dates';
export { type EngineResult, evaluate, type Suggestion } from './evaluate';
export { type MilestoneProposal, proposeMilestones } from './milestones';
export type { Occurrence } from './occurrences';
export {
  DEFAULT_PLAYBOOK,
  PlaybookError,
  type PlaybookSettings,
  PlaybookSettingsSchema,
  type RiskSignal,
  resolvePlaybook,
} from './playbook';
export { basePriority, type Priority } from './priority';
export type { Risk } from './risk';
export {
  answerScenario,
  parseScenario,
  runCli,
  type Scenario,
  type ScenarioAnswer,
  ScenarioError,
  ScenarioSchema,
  simulate,
} from './scenario';
export { planTimeline, type TimelineDay } from './timeline';
export {
  type EngineContact,
  EngineContactSchema,
  type EngineEvent,
  EngineEventSchema,
  type EngineGoal,
  type EngineInput,
  type OrderEvent,
  type SuggestionState,
  SuggestionStateSchema,
  type TeamCallEvent,
  type TouchEvent,
  type WinEvent,
} from './types';
export * from './vocabulary';
