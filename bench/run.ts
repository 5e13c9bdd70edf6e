/**
 * npm run bench: the performance figures of Kindred (docs/performance.md explains each).
 * The npm script builds first; this file builds nothing. The build folder is
 * KINDRED_OUT_DIR (default .output). `--only lookup,find` runs some figures only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, launch, ROOT } from './browser';
import { bundleFigures } from './bundle';
import { engineFigures } from './engine';
import { findFigures } from './find';
import { ioFigures } from './io';
import { lookupFigures } from './lookup';
import { memoryFigures } from './memory';
import { pageCostFigures } from './page-cost';
import type { Figure } from './stats';
import { log } from './stats';
import { todayFigures } from './today';

const ALL = ['bundle', 'find', 'lookup', 'today', 'engine', 'io', 'page-cost', 'memory'] as const;
type Name = (typeof ALL)[number];

function selected(): Name[] {
  const i = process.argv.indexOf('--only');
  if (i < 0) return [...ALL];
  const wanted = (process.argv[i + 1] ?? '').split(',').filter(Boolean);
  const bad = wanted.filter((w) => !ALL.includes(w as Name));
  if (bad.length || !wanted.length) throw new Error(`--only takes a list of: ${ALL.join(', ')}`);
  return ALL.filter((n) => wanted.includes(n));
}

function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    f.baseline === undefined ? '' : `${f.baseline} ${f.unit}`,
    f.ratio === undefined ? '' : String(f.ratio),
    f.goal ?? '',
    f.met === null ? '' : f.met ? 'met' : 'MISSED',
  ]);
  const head = ['figure', 'value', 'baseline', 'ratio', 'goal', ''];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const names = selected();
  const started = Date.now();
  const figures: Figure[] = [];
  let ext: Browser | null = null;
  let plain: Browser | null = null;
  const withExt = async () => {
    ext ??= await launch(true);
    return ext;
  };
  const without = async () => {
    plain ??= await launch(false);
    return plain;
  };
  try {
    for (const name of names) {
      const t = Date.now();
      log(`${name}...`);
      // storage work left from the previous group's writes (100,000 lookup contacts, three imports)
      if (ext) log(`storage settled in ${Math.round((await (ext as Browser).settle()) / 1000)} s`);
      if (name === 'bundle') figures.push(...bundleFigures());
      if (name === 'find') figures.push(...(await findFigures(await without())));
      if (name === 'lookup') figures.push(...(await lookupFigures(await withExt())));
      if (name === 'today') figures.push(...(await todayFigures(await withExt())));
      if (name === 'engine') figures.push(...(await engineFigures(await withExt())));
      if (name === 'io') figures.push(...(await ioFigures(await withExt())));
      if (name === 'page-cost') figures.push(...(await pageCostFigures(await withExt(), await without())));
      if (name === 'memory') figures.push(...(await memoryFigures(await withExt(), await without())));
      log(`${name} done in ${Math.round((Date.now() - t) / 1000)} s`);
    }
  } finally {
    await (ext as Browser | null)?.close();
    await (plain as Browser | null)?.close();
  }
  console.log(table(figures));
  const file = join(ROOT, 'bench/results.json');
  if (names.length === ALL.length) writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  else log(`--only: bench/results.json left as it was`);
  const missed = figures.filter((f) => f.met === false).length;
  log(`${figures.length} figures, ${missed} goals missed, ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
