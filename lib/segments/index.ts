import type { Ambition, Commitment } from '../engine/vocabulary';

/**
 * The nine segments: Kindred's own 3 x 3 grid of two answers (seed 004 says there are nine
 * groups without naming them; the names and the grid are the product's, and the UI says so).
 * Rows: ambition (what success looks like). Columns: commitment (hours a week, how soon).
 */
export const SEGMENT_GRID = {
  product: { casual: 'Loyal customer', steady: 'Product fan', driven: 'Brand ambassador' },
  supplement: { casual: 'Bill payer', steady: 'Part-timer', driven: 'Fast starter' },
  career: { casual: 'Dreamer', steady: 'Builder', driven: 'Leader' },
} as const satisfies Record<Ambition, Record<Commitment, string>>;

export type SegmentName = (typeof SEGMENT_GRID)[Ambition][Commitment];

export const SEGMENT_NAMES: readonly SegmentName[] = Object.values(SEGMENT_GRID).flatMap((row) => Object.values(row));

/** Commitment from hours a week: < 3 casual, 3-10 steady, > 10 driven. */
export function commitmentFromHours(hoursPerWeek: number | undefined): Commitment | undefined {
  if (typeof hoursPerWeek !== 'number' || !Number.isFinite(hoursPerWeek) || hoursPerWeek < 0) return undefined;
  if (hoursPerWeek < 3) return 'casual';
  return hoursPerWeek <= 10 ? 'steady' : 'driven';
}

/** The segment, or null without both answers (a stated commitment wins over hours a week). */
export function segmentOf(ambition?: Ambition, commitment?: Commitment, hoursPerWeek?: number): SegmentName | null {
  const c = commitment ?? commitmentFromHours(hoursPerWeek);
  if (!ambition || !c) return null;
  return SEGMENT_GRID[ambition]?.[c] ?? null;
}

/** Career ambition with casual commitment: the expectation/effort mismatch of the playbook. */
export function isDreamer(ambition?: Ambition, commitment?: Commitment, hoursPerWeek?: number): boolean {
  return segmentOf(ambition, commitment, hoursPerWeek) === 'Dreamer';
}

export interface SegmentInfo {
  name: SegmentName;
  ambition: Ambition;
  commitment: Commitment;
  /** One sentence the UI shows to say what the segment means. */
  meaning: string;
  /** How messages to this segment should sound; templates pick their variant by it. */
  tone: string;
}

const TEXT: Record<SegmentName, { meaning: string; tone: string }> = {
  'Loyal customer': {
    meaning: 'Wants the product and gives it little time: keep reorders easy and the relationship warm.',
    tone: 'light and friendly, product first, never a pitch',
  },
  'Product fan': {
    meaning: 'Loves the product and talks about it: invite stories and referrals, no income pressure.',
    tone: 'enthusiastic about results, sharing tips',
  },
  'Brand ambassador': {
    meaning: 'Lives the product and gives it real time: recognise them publicly and offer a role.',
    tone: 'appreciative and recognising, insider news',
  },
  'Bill payer': {
    meaning: 'Wants a little extra income with a few hours a week: show small, steady wins.',
    tone: 'practical and simple, small concrete steps',
  },
  'Part-timer': {
    meaning: 'Builds extra income on a steady few hours a week: keep a simple weekly rhythm.',
    tone: 'encouraging and organised, weekly focus',
  },
  'Fast starter': {
    meaning: 'Wants extra income and gives it many hours: channel the energy before it burns out.',
    tone: 'energetic and goal-driven, quick feedback',
  },
  Dreamer: {
    meaning: 'Expects a career from a few hours a week: a mismatch to re-plan together, kindly.',
    tone: 'honest and supportive, about expectations and time',
  },
  Builder: {
    meaning: 'Builds a business on steady hours: keep the goal in sight and the plan measured.',
    tone: 'coaching and structured, milestones',
  },
  Leader: {
    meaning: 'Builds a career with full commitment: treat as a partner and develop them as a leader.',
    tone: 'peer to peer, strategic, leadership',
  },
};

export const SEGMENTS: readonly SegmentInfo[] = (Object.keys(SEGMENT_GRID) as Ambition[]).flatMap((ambition) =>
  (Object.keys(SEGMENT_GRID[ambition]) as Commitment[]).map((commitment) => {
    const name = SEGMENT_GRID[ambition][commitment];
    return { name, ambition, commitment, ...TEXT[name] };
  }),
);

export function segmentInfo(name: SegmentName): SegmentInfo | undefined {
  return SEGMENTS.find((s) => s.name === name);
}
