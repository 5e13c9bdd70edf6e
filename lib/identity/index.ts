export * from './keys';
export * from './urls';

/** Unique, normalised keys, order kept; anything that is not a key is dropped. */
export function uniqueKeys(keys: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const key of keys) if (key) seen.add(key);
  return [...seen];
}
export * from './profile-url';
