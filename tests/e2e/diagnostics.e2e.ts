import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, onboard, openPanel } from './harness';

/** A site changed its layout: the panel says so and the person can still be linked by hand. */
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('diagnostics', () => {
  it('on a profile page whose markup shows nobody, says so and links the profile to a contact the user picks', async () => {
    // An X profile URL whose page no longer has any of the hooks the adapter knows.
    await h.context.route('https://x.com/**', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>X</title><main><div class="r-1abc">A redesigned page</div></main>',
      }),
    );
    const setup = await openPanel(h);
    await onboard(setup);
    await setup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'panel->bg:addContact',
        payload: { contact: { name: 'Rosa Diaz', role: 'customer', stage: 'associate', identities: [] } },
      }),
    );
    const site = await h.context.newPage();
    await site.goto('https://x.com/rosadiaz');
    const tabId = await setup.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]?.id);
    const panel = await openPanel(h, `?tab=${tabId}#page`);
    await expect
      .poll(() => panel.locator('.notice').innerText(), { timeout: 15_000 })
      .toContain('expected to find someone');
    await panel.getByLabel('Link @rosadiaz to').fill('rosa');
    await panel.getByRole('button', { name: /Rosa Diaz/ }).click();
    await expect.poll(() => panel.locator('#contact-name').innerText()).toBe('Rosa Diaz');
    await expect.poll(() => panel.locator('.identities').innerText()).toContain('@rosadiaz');
  });
});
