/**
 * Group sizes (Today, the badge, the daily notification) are counted up to COUNT_CAP + 1: a
 * value above COUNT_CAP means "more than 999". IndexedDB counts by walking the range (120 ms for
 * 18,000 overdue people here, after every write for the badge); reading at most 1,000 keys costs a
 * few ms whatever the range holds. This file imports nothing, so the side panel can show counts
 * without loading the model's schemas.
 */
export const COUNT_CAP = 999;

/** "12", or "999+" for a count that stopped at the cap. */
export function countLabel(n: number): string {
  return n > COUNT_CAP ? `${COUNT_CAP}+` : n.toLocaleString('en');
}
