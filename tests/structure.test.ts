import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../lib/sites/hosts';

/**
 * Architecture rules as tests (refined-github's build/features.test.ts): they fail when the
 * code drifts from DESIGN.md.
 */
const ROOT = resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

/** Every module a file reaches through relative and `@/` imports, transitively. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
    const spec = m[1]!;
    let base: string | null = null;
    if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
    else if (spec.startsWith('.')) base = resolve(join(entry, '..'), spec);
    if (!base) continue;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) {
          reachable(candidate, seen);
          break;
        }
      } catch {
        // not this candidate
      }
    }
  }
  return seen;
}

const contentEntries = readdirSync(join(ROOT, 'entrypoints'))
  .filter((d) => d.endsWith('.content'))
  .map((d) => join(ROOT, 'entrypoints', d, 'index.ts'));

describe('architecture', () => {
  it('has a content script per supported site (and the generic one)', () => {
    const names = contentEntries.map((e) => relative(join(ROOT, 'entrypoints'), e).split('.')[0]);
    for (const site of Object.keys(SITE_HOSTS)) expect(names).toContain(site);
    expect(names).toContain('generic');
  });

  it('no content script reaches lib/db, the service or zod-heavy messaging (the database lives in the extension origin only)', () => {
    expect(contentEntries.length).toBeGreaterThan(0);
    for (const entry of contentEntries) {
      const modules = [...reachable(entry)].map((f) => relative(ROOT, f));
      const forbidden = modules.filter(
        (m) => m.startsWith('lib/db/') || m.startsWith('lib/service/') || m.startsWith('lib/messaging/'),
      );
      expect(forbidden, relative(ROOT, entry)).toEqual([]);
    }
  });

  it('every site has selectors, a parser, a compose box finder, a parse test and a dated fixture', () => {
    for (const site of Object.keys(SITE_HOSTS)) {
      const dir = join(ROOT, 'lib/sites', site);
      const files = readdirSync(dir);
      for (const f of ['selectors.ts', 'parse.ts', 'compose.ts', 'index.ts', 'parse.test.ts'])
        expect(files, site).toContain(f);
      const fixtures = readdirSync(join(ROOT, 'tests/fixtures', site));
      expect(
        fixtures.some((f) => /^\d{4}-\d{2}-[\w-]+\.html$/.test(f)),
        site,
      ).toBe(true);
    }
  });

  it('the pure core uses no browser API and no clock of its own', () => {
    const pure = ['lib/engine', 'lib/identity', 'lib/io', 'lib/segments', 'lib/templates', 'lib/model', 'lib/search'];
    for (const dir of pure) {
      for (const file of filesUnder(join(ROOT, dir)).filter((f) => !f.endsWith('.test.ts'))) {
        const source = readFileSync(file, 'utf8');
        expect(source, relative(ROOT, file)).not.toMatch(
          /\b(browser|chrome)\.(runtime|storage|tabs)\b|Date\.now\(\)|new Date\(\)/,
        );
      }
    }
  });

  it('only lib/db touches the database tables', () => {
    const offenders = [
      ...filesUnder(join(ROOT, 'lib')),
      ...filesUnder(join(ROOT, 'entrypoints')),
      ...filesUnder(join(ROOT, 'components')),
    ]
      .filter((f) => !relative(ROOT, f).startsWith('lib/db/') && !f.endsWith('.test.ts'))
      .filter((f) =>
        /\bdb\.(contacts|touches|orders|wins|teamCalls|suggestionStates|settings|templates|table)\b/.test(
          readFileSync(f, 'utf8'),
        ),
      );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
