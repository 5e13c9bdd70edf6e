import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, launch, onboard, openPanel, routeFixture } from './harness';

/**
 * Issue 7.3: a hostile page on a supported host (tests/fixtures/hostile/2026-05-forge.html).
 * It forges Kindred's protocol every way a page can, shows people whose names carry markup and
 * control characters, and probes the chip and storage. Nothing it does may change the data, run
 * its markup in the page or the panel, read the chip, or make the extension talk to the network.
 */
const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzHostileForge';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Reply = { ok: boolean; value?: unknown; error?: string };

/** A message from an extension page (the trusted side), as the side panel sends it. */
function bg(panel: Page, type: string, payload: unknown): Promise<Reply> {
  return panel.evaluate(
    ([type, payload]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
      ).chrome.runtime.sendMessage({ type, payload }),
    [type, payload] as const,
  );
}

async function contacts(panel: Page): Promise<unknown[]> {
  const reply = await bg(panel, 'panel->bg:listContacts', {});
  expect(reply.ok).toBe(true);
  return reply.value as unknown[];
}

describe('a hostile page on a supported site', () => {
  it('cannot forge messages, run markup, read the chip or Kindred storage, or cause a request', async () => {
    h = await launch();
    await routeFixture(h.context, 'https://mail.google.com/**', 'hostile/2026-05-forge.html');
    const panel = await openPanel(h);
    await onboard(panel);

    // one known person on the page, so a chip is drawn beside them
    const added = await bg(panel, 'panel->bg:addContact', {
      contact: {
        name: 'Known Friend',
        role: 'customer',
        stage: 'associate',
        identities: ['email:known.friend@example.org'],
      },
    });
    expect(added.ok).toBe(true);
    const before = await contacts(panel);
    expect(before).toHaveLength(1);

    const site = await h.context.newPage();
    const pageErrors: string[] = [];
    site.on('pageerror', (e) => pageErrors.push(String(e)));
    await site.goto(URL_);
    await expect.poll(() => site.locator('kindred-chip').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // the page's own attempts at the extension API
    const early = await site.evaluate(() => (window as unknown as { __results: Record<string, unknown> }).__results);
    expect(early.chromeRuntime).toBeNull(); // no externally_connectable: pages get no chrome.runtime
    expect(String(early.sendNoId)).toMatch(/^threw/);
    const forged = await site.evaluate(
      (id) => (window as unknown as { __forgeWithId(id: string): Promise<Record<string, string>> }).__forgeWithId(id),
      h.extensionId,
    );
    expect(forged.sendWithId).toMatch(/^threw/);
    expect(forged.connect).toMatch(/^threw/);
    expect(forged.fetchPanel).toMatch(/^threw/); // no web_accessible_resources

    // what the page can see of the chip and of storage
    const probe = await site.evaluate(() =>
      (window as unknown as { __probeChips(): Promise<Record<string, unknown>> }).__probeChips(),
    );
    expect(probe.count).toBeGreaterThan(0);
    expect((probe.shadowRoots as unknown[]).every((r) => r === null)).toBe(true); // closed shadow root
    expect((probe.text as string[]).every((t) => t === '')).toBe(true);
    expect((probe.inner as string[]).every((t) => t === '')).toBe(true);
    expect(probe.deepQuery).toBe(0);
    expect(probe.attachAgain).toMatch(/^threw/);
    expect(probe.databases).not.toContain('kindred');
    expect(probe.databases).toEqual([]);
    expect(probe.localStorage).toEqual([]);
    expect(probe.sessionStorage).toEqual([]);
    expect(probe.cookies).toBe('');
    expect(probe.pwned).toBeNull();

    // the side panel shows the spoofed names as plain text
    const tabId = await panel.evaluate(
      async () =>
        (
          await (
            globalThis as unknown as { chrome: { tabs: { query(q: unknown): Promise<{ id: number }[]> } } }
          ).chrome.tabs.query({ url: 'https://mail.google.com/*' })
        )[0]!.id,
    );
    const shown = await openPanel(h, `?tab=${tabId}#page`);
    const people = shown.getByRole('list', { name: 'People on this page' });
    await expect.poll(() => people.innerText(), { timeout: 15_000 }).toContain('Imogen');
    const text = await people.innerText();
    for (const name of ['Imogen', 'Scott', 'Cora', 'Sven']) expect(text).toContain(name);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/onerror|onload|<script/i);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).not.toContain('Victim User'); // the mailbox owner is never listed
    expect(text).not.toContain('Forged Person'); // postMessage reached nothing
    const panelDom = await shown.evaluate(() => ({
      handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      imgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    }));
    expect(panelDom).toEqual({ handlers: 0, inlineScripts: 0, imgs: [], pwned: null });

    // nothing created or changed, by the page or by anything it forged
    await site.waitForTimeout(1_000);
    expect(await contacts(panel)).toEqual(before);
    expect(await site.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(pageErrors).toEqual([]);

    // the only requests: the routed site and the extension's own files
    const outside = h.requests
      .map((r) => r.url())
      .filter((u) => !u.startsWith('https://mail.google.com/') && !/^(chrome-extension|data|blob|chrome):/.test(u));
    expect(outside).toEqual([]);
  });
});

describe('a pathological page on a supported site', () => {
  it('5,000 levels of nesting: the person at the bottom is still found, the page sees no error', async () => {
    h = await launch();
    let body = '<a href="https://x.com/deepdiver" data-testid="UserName"><span>Deep Diver</span></a>';
    for (let depth = 0; depth < 5_000; depth++) body = `<div>${body}</div>`;
    await h.context.route('https://x.com/**', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Deep Diver (@deepdiver) / X</title><main role="main">${body}</main>`,
      }),
    );
    const setup = await openPanel(h);
    await onboard(setup);
    const site = await h.context.newPage();
    const pageErrors: string[] = [];
    site.on('pageerror', (e) => pageErrors.push(String(e)));
    await site.goto('https://x.com/deepdiver');
    const tabId = await setup.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]?.id);
    const panel = await openPanel(h, `?tab=${tabId}#page`);
    await expect.poll(() => panel.locator('.people').innerText(), { timeout: 15_000 }).toContain('Deep Diver');
    expect(pageErrors).toEqual([]);
  });
});
