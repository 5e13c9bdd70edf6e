import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_HOST_PATTERNS, SUPPORTED_HOSTS } from '../../lib/sites/hosts';

/**
 * The built manifests and bundles, read from disk (issue 7.2). The build must exist:
 *   KINDRED_OUT_DIR=.output-sec npx wxt build && KINDRED_OUT_DIR=.output-sec npx wxt build -b firefox
 * These tests read `<KINDRED_OUT_DIR or .output>/chrome-mv3` and `/firefox-mv2`.
 */
const ROOT = resolve(__dirname, '../..');
const OUT = resolve(ROOT, process.env.KINDRED_OUT_DIR ?? '.output');
const CHROME = join(OUT, 'chrome-mv3');
const FIREFOX = join(OUT, 'firefox-mv2');

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown[];
};

function readManifest(dir: string, build: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file))
    throw new Error(
      `${relative(ROOT, file)} is missing: build first (KINDRED_OUT_DIR=${relative(ROOT, OUT)} npx wxt build${build})`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function sourceFiles(): string[] {
  return ['lib', 'entrypoints', 'components']
    .flatMap((d) => filesUnder(join(ROOT, d)))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
}

/** Every permission Kindred may hold, with the code that proves a feature uses it. */
const ALLOWED: Record<string, { browsers: ('chrome' | 'firefox')[]; uses: RegExp[] }> = {
  storage: { browsers: ['chrome', 'firefox'], uses: [/browser\.storage\.(session|local)/] },
  // no API of its own: the IndexedDB database (Dexie) and the persistent-storage request
  unlimitedStorage: { browsers: ['chrome', 'firefox'], uses: [/extends Dexie/, /navigator\.storage\?*\.persist/] },
  alarms: { browsers: ['chrome', 'firefox'], uses: [/alarms\.create\(/] },
  notifications: { browsers: ['chrome', 'firefox'], uses: [/notifications\.create\(/] },
  // no API of its own: it is what lets scripting.executeScript run in the tab the user clicked
  activeTab: { browsers: ['chrome', 'firefox'], uses: [/scripting\.executeScript\(/, /grantedTabs/] },
  scripting: { browsers: ['chrome', 'firefox'], uses: [/scripting\.executeScript\(/] },
  sidePanel: { browsers: ['chrome'], uses: [/\.sidePanel\b/] },
};

/** Optional permissions, asked for at the moment a feature needs them (permissions.request). */
const OPTIONAL: Record<string, RegExp[]> = {
  // the weekly backup file (entrypoints/background/auto-backup.ts), asked for in the app page
  downloads: [/downloads\.download\(/, /permissions\.request\(\{ permissions: \['downloads'\] \}\)/],
};

function expectOptionalUsed(optional: string[] | undefined): void {
  const source = sourceFiles()
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  for (const permission of optional ?? []) {
    expect(Object.keys(OPTIONAL), `optional permission "${permission}" is not on the allowed list`).toContain(
      permission,
    );
    const unused = OPTIONAL[permission]!.filter((re) => !re.test(source));
    expect(unused, `optional permission "${permission}" has no feature asking for and using it`).toEqual([]);
  }
}

/** A strict CSP: only the extension's own scripts, no eval, no remote or inline sources. */
function expectStrictCsp(csp: string): void {
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
  );
  const script = directives.get('script-src') ?? directives.get('default-src');
  expect(script, `CSP "${csp}" has no script-src`).toBeDefined();
  for (const value of script!)
    expect(["'self'", "'wasm-unsafe-eval'"], `script-src ${value} in "${csp}"`).toContain(value);
  expect(csp).not.toMatch(/unsafe-eval'|unsafe-inline|https?:|\*|data:|blob:/i);
}

describe('manifest (Chrome MV3)', () => {
  const m = readManifest(CHROME, '');

  it('is MV3 and asks for exactly the allowed permissions, each used by a feature in the source', () => {
    expect(m.manifest_version).toBe(3);
    const expected = Object.entries(ALLOWED)
      .filter(([, a]) => a.browsers.includes('chrome'))
      .map(([p]) => p);
    expect([...(m.permissions ?? [])].sort()).toEqual([...expected].sort());
    expectOptionalUsed(m.optional_permissions);
    const source = sourceFiles()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const permission of m.permissions ?? []) {
      const unused = ALLOWED[permission]!.uses.filter((re) => !re.test(source));
      expect(unused, `permission "${permission}" has no feature using it`).toEqual([]);
    }
  });

  it('reaches only the supported hosts, over https, with no wildcard', () => {
    expect(m.host_permissions).toEqual(SUPPORTED_HOST_PATTERNS);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    for (const pattern of m.host_permissions ?? []) {
      expect(pattern).not.toMatch(/<all_urls>|^\*|:\/\/\*|^http:/);
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      expect(SUPPORTED_HOSTS).toContain(new URL(pattern.replace(/\*$/, '')).hostname);
    }
  });

  it('injects content scripts only into supported hosts', () => {
    expect(m.content_scripts?.length).toBeGreaterThan(0);
    for (const cs of m.content_scripts ?? []) {
      for (const match of cs.matches) expect(SUPPORTED_HOST_PATTERNS).toContain(match);
      expect(cs).not.toHaveProperty('all_frames', true);
      expect(cs).not.toHaveProperty('match_about_blank', true);
      expect(cs).not.toHaveProperty('world', 'MAIN');
    }
  });

  it('takes no messages from other extensions or web pages, and exposes no files to pages', () => {
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m).not.toHaveProperty('key');
    expect(m).not.toHaveProperty('update_url');
    expect(m).not.toHaveProperty('oauth2');
  });

  it('has a strict content security policy (explicit, or the MV3 default when absent)', () => {
    const csp = m.content_security_policy;
    if (csp === undefined) {
      // The MV3 default is `script-src 'self'; object-src 'self'` (no eval, no remote code).
      // The lead is asked to make it explicit in wxt.config.ts; until then the default holds.
      return;
    }
    expect(typeof csp, 'MV3 takes an object: { extension_pages }').toBe('object');
    const pages = (csp as { extension_pages?: string }).extension_pages;
    expect(pages).toBeDefined();
    expectStrictCsp(pages!);
    expect(csp).not.toHaveProperty('sandbox');
  });
});

describe('manifest (Firefox MV2)', () => {
  const m = readManifest(FIREFOX, ' -b firefox');

  it('asks for the same permissions (no sidePanel) plus the supported hosts, nothing else', () => {
    expect(m.manifest_version).toBe(2);
    const expected = Object.entries(ALLOWED)
      .filter(([, a]) => a.browsers.includes('firefox'))
      .map(([p]) => p);
    expect([...(m.permissions ?? [])].sort()).toEqual([...expected, ...SUPPORTED_HOST_PATTERNS].sort());
    expectOptionalUsed(m.optional_permissions);
    for (const cs of m.content_scripts ?? [])
      for (const match of cs.matches) expect(SUPPORTED_HOST_PATTERNS).toContain(match);
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('has a strict content security policy (explicit, or the MV2 default when absent)', () => {
    const csp = m.content_security_policy;
    if (csp === undefined) return; // MV2 default: script-src 'self'; object-src 'self'
    expectStrictCsp(typeof csp === 'string' ? csp : (csp.extension_pages ?? ''));
  });
});

/**
 * The bundles themselves: no remote code, no eval. Known, vetted exceptions are pinned by their
 * exact shape so a new one fails the test (and is looked at) instead of slipping in.
 */
describe.each([
  ['chrome-mv3', CHROME],
  ['firefox-mv2', FIREFOX],
])('built code (%s)', (build, dir) => {
  const read = (ext: RegExp) => {
    if (!existsSync(dir)) throw new Error(`${relative(ROOT, dir)} is missing: build first (${build})`);
    return filesUnder(dir)
      .filter((f) => ext.test(f))
      .map((f) => ({ file: relative(dir, f), text: readFileSync(f, 'utf8') }));
  };

  it('loads no script from outside the extension', () => {
    for (const { file, text } of read(/\.html$/)) {
      for (const tag of text.matchAll(/<script\b[^>]*>/gi)) {
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag[0])?.[1];
        if (src) expect(src, `${file}: ${tag[0]}`).toMatch(/^\/(?!\/)|^\.\.?\//);
      }
      expect(text, file).not.toMatch(/<(link|iframe|object|embed)\b[^>]*(href|src)\s*=\s*["']?(https?:)?\/\//i);
    }
    for (const { file, text } of read(/\.(js|mjs)$/)) {
      expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/importScripts\s*\(/);
      expect(text, file).not.toMatch(/\.src\s*=\s*["'`]https?:/);
      expect(text, file).not.toMatch(/\bnew\s+(WebSocket|EventSource)\b|sendBeacon\(/);
    }
  });

  it('evaluates no strings as code (eval, new Function, string timers)', () => {
    for (const { file, text } of read(/\.(js|mjs)$/)) {
      expect(text, file).not.toMatch(/(^|[^.\w$])eval\s*\(/);
      expect(text, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(text, file).not.toMatch(/(^|[^.\w$])Function\s*\(\s*["'`]/);
      expect(text, file).not.toMatch(/\bset(Timeout|Interval)\s*\(\s*["'`]/);
    }
  });

  it('holds only the vetted indirect uses of the Function constructor (zod 4 JIT, blocked by the CSP)', () => {
    // zod 4 probes `new (Function)("")` (allowsEval) and compiles object parsers with it when the
    // probe passes. The extension CSP has no 'unsafe-eval', so the probe throws and zod parses
    // without code generation. Any OTHER reference to Function as a value fails here.
    const vetted = [
      /try\{const (\w+)=Function;return new \1\(""\),!0\}catch\{return!1\}/,
      /compile\(\)\{const (\w+)=Function,\w+=this\?\.args,/,
    ];
    const found: string[] = [];
    for (const { file, text } of read(/\.(js|mjs)$/)) {
      for (const m of text.matchAll(/[=:,(?]\s*Function\s*[;,)}]/g)) {
        const around = text.slice(Math.max(0, m.index - 60), m.index + 80);
        if (!vetted.some((re) => re.test(around))) found.push(`${file}: …${around}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it('makes no network requests of its own: the only request APIs are vetted dependency code paths', () => {
    // Vite's modulepreload polyfill fetches the extension's own chunks; papaparse's
    // NetworkStreamer (XMLHttpRequest) runs only with `download: true`, which Kindred never passes.
    const vetted = [
      /function \w+\(\w+\)\{if\(\w+\.ep\)return;\w+\.ep=!0;const \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)\}/,
    ];
    for (const { file, text } of read(/\.(js|mjs)$/)) {
      for (const m of text.matchAll(/(^|[^.\w$])fetch\s*\(/g)) {
        const around = text.slice(Math.max(0, m.index - 100), m.index + 40);
        expect(
          vetted.some((re) => re.test(around)),
          `${file}: unvetted fetch …${around}…`,
        ).toBe(true);
      }
      for (const m of text.matchAll(/new XMLHttpRequest/g)) {
        const around = text.slice(Math.max(0, m.index - 200), m.index + 100);
        expect(around, `${file}: unvetted XMLHttpRequest`).toMatch(/_readChunk|_nextChunk/);
      }
    }
    const papaDownload = sourceFiles().filter((f) => /download\s*:\s*true/.test(readFileSync(f, 'utf8')));
    expect(papaDownload).toEqual([]);
  });
});
