import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium';

export const ROOT = resolve(__dirname, '../..');
export const EXTENSION_DIR = join(resolve(ROOT, process.env.KINDRED_OUT_DIR ?? '.output'), 'chrome-mv3');
export const CHROMIUM = CHROMIUM_PATH;

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  profile: string;
  /** Every request the browser made, to prove the extension itself makes none. */
  requests: Request[];
  close(keepProfile?: boolean): Promise<void>;
}

/** Routes a real site's URL to a local fixture page, so the content scripts inject as on the site. */
export async function routeFixture(context: BrowserContext, urlGlob: string, fixture: string): Promise<void> {
  const html = readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8');
  await context.route(urlGlob, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * Starts Debian's Chromium with the built extension in a fresh (or the given) profile.
 * Every outside request is refused: nothing may reach the network in a test.
 */
export async function launch(profile?: string, extraArgs: string[] = []): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`Build the extension first (npm run build): ${EXTENSION_DIR} is missing`);
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'kindred-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false, // chromiumArgs adds --headless=new
    viewport: { width: 1200, height: 800 },
    args: [...chromiumArgs(EXTENSION_DIR), ...extraArgs],
  });
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  await context.route(
    /^https?:\/\/(?!mail\.google\.com|outlook\.|www\.facebook\.com|www\.messenger\.com|www\.instagram\.com|www\.linkedin\.com|x\.com|twitter\.com|web\.whatsapp\.com|example\.org)/,
    (route) => route.abort(),
  );
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profile: dir,
    requests,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The side panel page, opened as a tab (the same page Chrome shows beside the site). */
export async function openPanel(h: Harness, hash = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html${hash}`);
  return page;
}

/** Skips the first-run welcome by saving the settings it would save. */
export async function onboard(panel: Page, myName = 'Jane'): Promise<void> {
  await panel.getByLabel(/Your first name/).fill(myName);
  await panel.getByLabel(/Add five demo contacts/).uncheck();
  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.getByRole('tab', { name: /On this page/ }).waitFor();
}
