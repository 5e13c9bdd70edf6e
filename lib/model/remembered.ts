/**
 * A pure function that keeps its answers, keyed by its arguments joined with '|'. The store is
 * emptied when it holds `limit` answers. An answer whose key is longer than `maxKeyLength` is given
 * but not kept, so text a hostile page hands over is never held.
 * Used where the same questions come again and again: the engine's day arithmetic (the daily run
 * asks the same few thousand of them for 20,000 contacts), names cleaned by every scan of a page,
 * WhatsApp's message ids.
 */
export function remembered<A extends unknown[], R>(
  fn: (...args: A) => R,
  { limit, maxKeyLength = Number.POSITIVE_INFINITY }: { limit: number; maxKeyLength?: number },
): (...args: A) => R {
  const answers = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('|');
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as R;
    const answer = fn(...args);
    if (key.length <= maxKeyLength) {
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
