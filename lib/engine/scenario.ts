import { z } from 'zod';
import { type Day, toDay, weekdayOf } from './dates';
import { evaluate } from './evaluate';
import { formatIssues, PlaybookError, type PlaybookSettings, resolvePlaybook } from './playbook';
import { planTimeline } from './timeline';
import {
  EngineContactSchema,
  EngineEventSchema,
  type EngineInput,
  IsoDateSchema,
  SuggestionStateSchema,
} from './types';

/**
 * The scenario format of PLAYBOOK.md: the engine's contract, runnable from a terminal.
 * Pure: text in, text out; scripts/simulate.ts only does the file and the process.
 */
export const ScenarioSchema = z.strictObject({
  now: IsoDateSchema,
  settings: z.unknown().optional(),
  contact: EngineContactSchema,
  events: z.array(EngineEventSchema).optional(),
  /** Not in PLAYBOOK.md's example: what the user did with earlier suggestions. */
  states: z.array(SuggestionStateSchema).optional(),
});

export interface Scenario {
  now: string;
  playbook: PlaybookSettings;
  input: EngineInput;
}

export interface ScenarioAnswer {
  segment: string | null;
  promotion: 'friend' | 'family' | null;
  risk: { score: number; reasons: string[] };
  suggestions: { kind: string; due: string; priority: string; reason: string; rule: string; templateKey: string }[];
}

/** A scenario that cannot be run; the message names the field ("contact.startedAt: ..."). */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

export function parseScenario(text: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(`scenario: not valid JSON (${(e as Error).message})`);
  }
  const parsed = ScenarioSchema.safeParse(json);
  if (!parsed.success) throw new ScenarioError(formatIssues('', parsed.error.issues));
  let playbook: PlaybookSettings;
  try {
    playbook = resolvePlaybook(parsed.data.settings);
  } catch (e) {
    if (e instanceof PlaybookError) throw new ScenarioError(e.message);
    throw e;
  }
  const { now, contact, events, states } = parsed.data;
  return { now, playbook, input: { contact, events: events ?? [], states: states ?? [] } };
}

/** The answer in the scenario format: segment, promotion, risk {score, reasons}, suggestions. */
export function answerScenario(s: Scenario): ScenarioAnswer {
  const r = evaluate(s.input, s.playbook, s.now);
  return {
    segment: r.segment,
    promotion: r.promotion,
    risk: { score: r.risk.score, reasons: r.risk.reasons },
    suggestions: r.suggestions.map((x) => ({
      kind: x.kind,
      due: x.due,
      priority: x.priority,
      reason: x.reason,
      rule: x.rule,
      templateKey: x.templateKey,
    })),
  };
}

/** The plan of the scenario's contact from day 0, `days` days long, as readable text. */
export function formatTimeline(s: Scenario, days: number): string {
  const c = s.input.contact;
  const now = toDay(s.now) as Day;
  // Events after now are ignored, as in the answer: the plan shows what follows if nothing more is done.
  const input: EngineInput = { ...s.input, events: s.input.events.filter((e) => (toDay(e.at) ?? '') <= now) };
  const from = toDay(c.startedAt) as Day;
  const timeline = planTimeline(input, s.playbook, from, days);
  const lines = [
    `Plan for ${c.name?.trim() || 'the contact'} (${c.role}, ${c.stage}) from ${from}, ${days} days; now is ${now}`,
  ];
  let lastScore = 0;
  for (const d of timeline) {
    const head = `${d.date} ${weekdayOf(d.date).slice(0, 3)} day ${String(d.day).padStart(3)}`;
    const marker = d.date === now ? '   <- now' : '';
    const body: string[] = d.due.map((x) => `[${x.priority}] ${x.kind}: ${x.reason}`);
    if (d.risk.score !== lastScore) {
      body.push(`risk ${lastScore} -> ${d.risk.score}${d.risk.reasons.length ? `: ${d.risk.reasons.join('; ')}` : ''}`);
      lastScore = d.risk.score;
    }
    if (body.length === 0 && !marker) continue;
    if (body.length === 0) body.push('(nothing due)');
    lines.push(`${head}  ${body[0]}${marker}`);
    for (const more of body.slice(1)) lines.push(`${' '.repeat(head.length)}  ${more}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Parse and run: the JSON answer, or with `days` the day-by-day plan. Throws ScenarioError. */
export function simulate(text: string, options: { days?: number } = {}): string {
  const s = parseScenario(text);
  if (options.days !== undefined) return formatTimeline(s, options.days);
  return `${JSON.stringify(answerScenario(s), null, 2)}\n`;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: npm run simulate -- [--days N] scenario.json';

/** The command line: `[--days N] scenario.json`. Errors go to stderr with exit code 1. */
export function runCli(args: readonly string[], readFile: (path: string) => string): CliResult {
  let days: number | undefined;
  let path: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--days' || arg.startsWith('--days=')) {
      const value = arg === '--days' ? args[++i] : arg.slice('--days='.length);
      const n = Number(value);
      if (!value || !Number.isInteger(n) || n < 1 || n > 3660) {
        return { code: 1, stdout: '', stderr: `--days: must be a whole number from 1 to 3660\n${USAGE}\n` };
      }
      days = n;
    } else if (arg === '--help' || arg === '-h') {
      return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    } else if (arg.startsWith('-')) {
      return { code: 1, stdout: '', stderr: `unknown option ${arg}\n${USAGE}\n` };
    } else if (path === undefined) {
      path = arg;
    } else {
      return { code: 1, stdout: '', stderr: `one scenario file at a time\n${USAGE}\n` };
    }
  }
  if (path === undefined) return { code: 1, stdout: '', stderr: `${USAGE}\n` };
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    return { code: 1, stdout: '', stderr: `${path}: cannot read (${(e as Error).message})\n` };
  }
  try {
    return { code: 0, stdout: simulate(text, { days }), stderr: '' };
  } catch (e) {
    if (e instanceof ScenarioError) return { code: 1, stdout: '', stderr: `${path}: invalid scenario\n${e.message}\n` };
    throw e;
  }
}
