/**
 * `npm start`: opens Chromium with the built extension, a few demo contacts and a demo Gmail
 * thread (a local page standing in for mail.google.com), with Kindred's panel beside it.
 * `HEADLESS=1 npm start` does the same without a window, prints what Kindred found on the demo
 * page, and exits.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const PROFILE = join(ROOT, '.kindred-profile');
const headless = process.env.HEADLESS === '1';
const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvlbqNkWmcTqxbHrKwpLDsc';

async function main() {
  mkdirSync(PROFILE, { recursive: true });
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: null,
    args: chromiumArgs(EXTENSION, { headless }),
  });
  const demo = readFileSync(join(ROOT, 'tests/fixtures/gmail/2026-07-thread.html'), 'utf8');
  await context.route('https://mail.google.com/**', (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: demo }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;

  // Demo contacts and a finished first run, through the extension's own messages.
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${id}/sidepanel.html#today`);
  // Passed as source text: tsx's helpers (__name) do not exist inside the page.
  await setup.evaluate(`(async () => {
    const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
    await send('panel->bg:saveSettings', { patch: { onboarded: true, myName: 'Jane' } });
    const seeded = await send('panel->bg:seedDemo', {});
    if (!seeded || !seeded.ok) throw new Error('Could not add the demo contacts: ' + (seeded && seeded.error));
  })()`);

  const site = await context.newPage();
  await site.goto(DEMO_URL);
  await site.waitForTimeout(1_500);

  if (headless) {
    const found = await setup.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(DEMO_URL)} });
      return chrome.runtime.sendMessage({ type: 'panel->bg:pagePeople', payload: { tabId: tab && tab.id } });
    })()`);
    const people = (
      found as { value: { people: Array<{ displayName: string; identities: string[]; contact?: { stage: string } }> } }
    ).value.people;
    console.log(`Kindred ${id} on the demo Gmail thread found ${people.length} people:`);
    for (const p of people)
      console.log(
        `  ${p.displayName} <${p.identities.join(', ')}> ${p.contact ? `known (${p.contact.stage})` : 'not a contact yet'}`,
      );
    await context.close();
    return;
  }
  await setup.reload();
  console.log(
    'Kindred is running. The demo Gmail thread and the side panel (as a tab) are open. Close the window to stop.',
  );
  await new Promise<void>((done) => context.on('close', () => done()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
