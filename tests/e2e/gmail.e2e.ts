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

    // the stage chip appears beside Marisol's name, in Kindred's own layer: nothing is inserted into
    // the page's tree, so the site's lines keep their height and nothing after them moves
    await expect.poll(() => site.locator('kindred-chip').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const places = await site.evaluate(() => {
      const lastLine = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = range.getClientRects();
        return lines[lines.length - 1]!;
      };
      const names = [...document.querySelectorAll('span[name="Marisol Quintero"]')];
      // every drawn text of the page but the names the chips mark
      const texts: DOMRect[] = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        if (!n.nodeValue?.trim() || names.some((name) => name.contains(n))) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        texts.push(...range.getClientRects());
      }
      return {
        inPage: document.body.querySelectorAll('kindred-chip, kindred-layer').length,
        chips: [...document.querySelectorAll<HTMLElement>('kindred-layer > kindred-chip')].map((chip) => {
          const box = chip.getBoundingClientRect();
          const y = box.top + box.height / 2;
          // beside a name (centred on its line, 3 - 5 px after its end), or a dot inside its corner
          // where the line goes on after the name (lib/sites/chips.ts)
          const beside = names.map(lastLine).find((l) => Math.abs(l.top + l.height / 2 - y) <= 1);
          const dot = names
            .map(lastLine)
            .find(
              (l) =>
                box.left >= l.left && box.right <= l.right + 0.5 && box.top >= l.top - 0.5 && box.bottom <= l.bottom,
            );
          const covers = texts.filter(
            (t) =>
              t.left < box.right - 0.5 &&
              t.right > box.left + 0.5 &&
              t.top < box.bottom - 0.5 &&
              t.bottom > box.top + 0.5,
          ).length;
          return {
            shown: getComputedStyle(chip).visibility !== 'hidden',
            gap: beside ? box.left - beside.right : null,
            dot: !!dot,
            covers,
          };
        }),
      };
    });
    expect(places.inPage).toBe(0);
    expect(places.chips.length).toBeGreaterThan(0);
    for (const chip of places.chips) {
      expect(chip.shown).toBe(true);
      expect(chip.covers).toBe(0); // it hides none of the page's text
      if (chip.dot) continue;
      expect(chip.gap).toBeGreaterThanOrEqual(3);
      expect(chip.gap).toBeLessThanOrEqual(5);
    }

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
