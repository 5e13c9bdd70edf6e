import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, onboard, openPanel, routeFixture } from './harness';

/**
 * The real side panel, beside the page (not the panel page opened as a tab): a click on a stage
 * chip in Gmail opens it on that contact, and its "On this page" follows the active tab.
 * Chromium shows the panel as a `page` target, reached over CDP.
 */
const PORT = 9300 + (process.pid % 500);
let h: Harness;

beforeAll(async () => {
  h = await launch(undefined, [`--remote-debugging-port=${PORT}`]);
});
afterAll(async () => {
  await h?.close();
});

async function realPanel() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${PORT}`);
  const find = () =>
    browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().includes('/sidepanel.html'));
  await expect.poll(() => !!find(), { timeout: 10_000 }).toBe(true);
  return { browser, panel: find()! };
}

describe('the real side panel', () => {
  it('opens beside Gmail on the contact whose chip was clicked, and lists the page people', async () => {
    const setup = await openPanel(h);
    await onboard(setup);
    await setup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'panel->bg:addContact',
        payload: {
          contact: {
            name: 'Kwame Asante',
            role: 'distributor',
            stage: 'friend',
            identities: ['email:kwame.asante@example.net'],
          },
        },
      }),
    );
    await setup.close();
    await routeFixture(h.context, 'https://mail.google.com/**', 'gmail/2026-07-thread.html');
    const site = await h.context.newPage();
    await site.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvlbqNkWmcTqxbHrKwpLDsc');
    const chip = site.locator('kindred-chip').filter({ visible: true }).first();
    await chip.waitFor({ timeout: 15_000 });
    await chip.click(); // a user gesture in the page: the background may open the side panel

    const { browser, panel } = await realPanel();
    await expect.poll(() => panel.locator('#contact-name').innerText(), { timeout: 10_000 }).toBe('Kwame Asante');
    await panel.getByRole('tab', { name: /On this page/ }).click();
    // beside the page, the panel describes the active tab: the Gmail thread
    await expect
      .poll(() => panel.getByRole('list', { name: 'People on this page' }).innerText(), { timeout: 10_000 })
      .toContain('Marisol Quintero');
    expect(await panel.getByRole('button', { name: 'Open Kwame Asante' }).count()).toBe(1);
    await browser.close();
  });
});
