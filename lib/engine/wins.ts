import { type Ctx, dayN, hasWin } from './context';
import { plusDays } from './dates';
import type { Occurrence } from './occurrences';
import type { WinKind } from './vocabulary';

/** A first win: the first sale or the first sponsorship (seed 004). */
export const FIRST_WIN_KINDS: readonly WinKind[] = ['first_sale', 'first_sponsor'];

const WIN_LABEL: Record<WinKind, string> = {
  first_sale: 'the first sale',
  first_sponsor: 'the first sponsorship',
  rank_advance: 'the rank advance',
  goal_reached: 'reaching the goal',
  habit_milestone: 'the habit milestone',
  personal: 'the personal news',
};

/** Part E: congratulate the day after every logged win, whatever the role. */
export function congratulations(ctx: Ctx): Occurrence[] {
  return ctx.wins.map((win) => ({
    rule: 'wins.congratulate',
    kind: 'congratulate' as const,
    due: plusDays(win.day, 1),
    reason: `Congratulate ${ctx.firstName} on ${WIN_LABEL[win.kind] ?? 'the success'} (${win.day})`,
    templateKey: `congratulate.${win.kind}`,
  }));
}

/** True once a distributor has no first win and `now` has reached `day`. */
export function noFirstWinBy(ctx: Ctx, day: number): boolean {
  return ctx.contact.role === 'distributor' && ctx.age >= day && !hasWin(ctx, FIRST_WIN_KINDS);
}

/** Conditional: a distributor with no first win by day 14 gets help with it. */
export function firstWinHelp(ctx: Ctx): Occurrence[] {
  const n = ctx.playbook.firstWinHelpDay;
  if (!noFirstWinBy(ctx, n)) return [];
  return [
    {
      rule: 'wins.firstWinHelp',
      kind: 'first_win_help',
      due: dayN(ctx, n),
      reason: `Help ${ctx.firstName} to a first sale or sponsorship: none logged by day ${n}`,
      templateKey: 'first_win_help',
    },
  ];
}
