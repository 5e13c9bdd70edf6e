/**
 * Screenshots of every side-panel view at 360 px, light and dark, into docs/screenshots/
 * (shown in the README). Needs a build: `npm run build && tsx scripts/screenshots.ts`.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/screenshots');
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvlbqNkWmcTqxbHrKwpLDsc';

/** From Today, the first person's contact card. */
async function openFirstContact(p: Page): Promise<void> {
  await p
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await p.getByRole('heading', { name: 'Next touches' }).waitFor();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const profile = join(tmpdir(), `kindred-shots-${process.pid}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: chromiumArgs(EXT),
  });
  const html = readFileSync(join(ROOT, 'tests/fixtures/gmail/2026-07-thread.html'), 'utf8');
  await context.route('https://mail.google.com/**', (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const panelUrl = `chrome-extension://${id}/sidepanel.html`;

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.goto(panelUrl);
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: join(OUT, `welcome-${scheme}.png`) });
  }
  await panel.evaluate(`(async () => {
    await chrome.runtime.sendMessage({ type: 'panel->bg:saveSettings', payload: { patch: { onboarded: true, myName: 'Dana', playbook: { teamCallWeekday: 'tuesday' } } } });
    await chrome.runtime.sendMessage({ type: 'panel->bg:seedDemo', payload: {} });
  })()`);
  const site = await context.newPage();
  await site.goto(THREAD);
  await site.waitForTimeout(1500);
  const tabId = await panel.evaluate(`chrome.tabs.query({ url: 'https://mail.google.com/*' }).then((t) => t[0].id)`);

  const shots: Array<[string, string, (p: Page) => Promise<void>]> = [
    ['page', '#page', async () => {}],
    ['today', '#today', async () => {}],
    ['search', '#search', async (p) => p.getByRole('combobox').fill('ma')],
    ['settings', '#settings', async () => {}],
    ['contact', '#today', openFirstContact],
    [
      'draft',
      '#today',
      async (p) => {
        await openFirstContact(p);
        await p.getByRole('button', { name: 'Draft' }).first().click();
        await p.locator('.draft textarea').waitFor();
        await p.locator('.draft').scrollIntoViewIfNeeded();
      },
    ],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    for (const [name, hash, act] of shots) {
      await panel.goto(`${panelUrl}?tab=${tabId}${hash}`);
      await panel.waitForTimeout(500);
      await act(panel);
      await panel.waitForTimeout(300);
      await panel.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    }
  }
  await site.setViewportSize({ width: 1000, height: 700 });
  await site.bringToFront();
  await site.screenshot({ path: join(OUT, 'chips-gmail.png') });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`screenshots in ${OUT}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
