import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, launch, onboard, openPanel, routeFixture } from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvlbqNkWmcTqxbHrKwpLDsc';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function panelShowingPageOf(h: Harness, site: Page): Promise<Page> {
  const panel = await openPanel(h);
  await onboard(panel);
  // A side panel opened as a tab sees itself as the active tab: bring the site to the front so
  // "On this page" describes it, as the real panel beside the page does.
  await site.bringToFront();
  await panel.evaluate(() => location.reload());
  return panel;
}

describe('Gmail, end to end', () => {
  it('lists the people of an open thread, never the owner, adds one in a click, and keeps it after a restart', async () => {
    h = await launch();
    await routeFixture(h.context, 'https://mail.google.com/**', 'gmail/2026-07-thread.html');
    const site = await h.context.newPage();
    await site.goto(THREAD_URL);
    const panel = await panelShowingPageOf(h, site);

    const people = panel.getByRole('list', { name: 'People on this page' });
    await expect.poll(() => people.locator('li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const text = await people.innerText();
    expect(text).toContain('Marisol Quintero');
    expect(text).toContain('Kwame Asante');
    expect(text).not.toContain('dana.whitfield@example.com'); // the mailbox owner is never listed
    expect(text).not.toContain('Dana Whitfield');

    await panel.getByRole('button', { name: 'Add Marisol Quintero as a contact' }).click();
    await panel.getByRole('button', { name: 'Add contact' }).click();
    await expect
      .poll(() => panel.getByRole('button', { name: 'Open Marisol Quintero' }).count(), { timeout: 10_000 })
      .toBe(1);

    // the stage chip appears beside Alex in the page
    await expect.poll(() => site.locator('kindred-chip').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // drawn over its line without making the line taller (lib/sites/chips.ts says why)
    const line = await site
      .locator('kindred-chip')
      .first()
      .evaluate((host) => {
        const row = host.parentElement!;
        const withChip = row.getBoundingClientRect().height;
        host.style.display = 'none';
        const without = row.getBoundingClientRect().height;
        host.style.display = '';
        return { withChip, without, host: host.getBoundingClientRect().height };
      });
    expect(line.withChip).toBe(line.without);
    expect(line.host).toBeLessThanOrEqual(1);

    // restart the browser on the same profile: the record is still there
    const profile = h.profile;
    await h.close(true);
    h = await launch(profile);
    const again = await openPanel(h, '#search');
    await again.getByRole('combobox').fill('marisol');
    await expect
      .poll(() => again.getByRole('option').allInnerTexts(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Marisol Quintero')]);

    // the extension itself made no request outside the browser
    const outside = h.requests.filter((r) => !/^(chrome-extension|data|blob|chrome):/.test(r.url()));
    expect(outside.map((r) => r.url())).toEqual([]);
  });
});
