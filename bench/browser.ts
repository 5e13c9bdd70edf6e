import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium';

export const ROOT = resolve(import.meta.dirname, '..');
export const OUT_DIR = resolve(ROOT, process.env.KINDRED_OUT_DIR ?? '.output');
export const EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3');

export interface Browser {
  context: BrowserContext;
  /** The extension's id, or '' for the browser without the extension. */
  extensionId: string;
  close(): Promise<void>;
}

/** Pages in background tabs must not be throttled while a figure runs. */
const NO_THROTTLING = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** The sites the bench serves from generated pages; every other request is refused. */
const SERVED =
  /^https:\/\/(mail\.google\.com|outlook\.office\.com|www\.facebook\.com|www\.instagram\.com|www\.linkedin\.com|x\.com|web\.whatsapp\.com)\//;

/**
 * Debian's Chromium in a fresh profile, with the built extension or without it (the same
 * browser and flags, so the difference is the extension).
 */
export async function launch(withExtension: boolean): Promise<Browser> {
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`Build the extension first (npm run bench builds it): ${EXTENSION_DIR} is missing`);
  // KINDRED_BENCH_PROFILE=<dir> keeps the extension's profile (and the filled data set) between
  // runs while working on one figure; a real bench run starts from a fresh profile.
  const kept = withExtension ? process.env.KINDRED_BENCH_PROFILE : undefined;
  const dir = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'kindred-bench-'));
  const args = withExtension
    ? [...chromiumArgs(EXTENSION_DIR), ...NO_THROTTLING]
    : [...chromiumArgs(null), ...NO_THROTTLING, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new above: the old headless mode cannot load extensions
    viewport: { width: 1200, height: 800 },
    args,
  });
  await context.route(
    (url) => !SERVED.test(url.href) && /^https?:/.test(url.href),
    (route) => route.abort(),
  );
  let extensionId = '';
  if (withExtension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (!kept) rmSync(dir, { recursive: true, force: true });
    },
  };
}
