/**
 * Seeded randomness for the fuzz tests: a failure prints its seed and case number, and the same
 * seed gives the same pages and files again (no Math.random anywhere).
 */
export type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, max: number): number => Math.floor(rng() * max);
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)]!;

/** The seed: FUZZ_SEED from the environment to replay a failure, else a fixed one. */
export const SEED = Number(process.env.FUZZ_SEED ?? 0x6b696e64);

/** Strings a hostile page or file puts where a name, an address or a handle is expected. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><iframe src=javascript:window.__pwned=1>",
  '</title><script>alert(1)</script>',
  'javascript:alert(1)',
  'Jane\u0000Doe\u0007\u001b[31m',
  '\u202eeoD enaJ\u202c',
  'Jane\u200b\u200d\u2066Doe\u2069\ufeff',
  '\r\nSet-Cookie: x=1\r\n',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template-injection attempt
  '${alert(1)}',
  '__proto__',
  'constructor',
  '\ud800\udc00\ud800',
  'A'.repeat(10_000),
  `${'Jane '.repeat(2_500)}Doe`,
  '🌸✨💖',
  '   ',
  '',
  '<',
  '>',
  '&lt;b&gt;bold&lt;/b&gt;',
  'Zoë Ünal-Ødegård',
  'محمد عبد الله',
];

/** Random junk of a given length, including control, bidi and surrogate code units. */
export function junk(rng: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rng();
    if (r < 0.1) s += String.fromCharCode(int(rng, 32));
    else if (r < 0.15) s += String.fromCharCode(0x202a + int(rng, 5));
    else if (r < 0.2) s += String.fromCharCode(0xd800 + int(rng, 0x800));
    else if (r < 0.3) s += '<>"\'&=/:@.'[int(rng, 10)];
    else if (r < 0.4) s += String.fromCharCode(0x80 + int(rng, 0x2000));
    else s += String.fromCharCode(0x20 + int(rng, 0x5f));
  }
  return s;
}

export function hostileString(rng: Rng): string {
  const r = rng();
  if (r < 0.6) return pick(rng, HOSTILE_STRINGS);
  if (r < 0.9) return junk(rng, 1 + int(rng, 60));
  return junk(rng, 5_000 + int(rng, 6_000));
}
