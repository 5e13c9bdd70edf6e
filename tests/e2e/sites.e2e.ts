import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigPage, pageFor, personName } from '../../bench/pages';
import { type Harness, launch, onboard, openPanel, ROOT } from './harness';

/**
 * One browser test per site family (issue 3.7): each fixture is served on its real host, so the
 * site's own content script runs on it; the side panel, pinned to that tab, lists exactly the
 * people the fixture should yield and never the viewer; adding one draws a stage chip beside them
 * in the page; a draft sent through the background lands in the site's message box (or, on a
 * page without one, reports that there was none). One browser for the whole file.
 */

/** Where each fixture stands (the URL in its first line). */
const PAGES = {
  gmailCompose: ['https://mail.google.com/mail/u/0/#inbox?compose=new', 'gmail/2026-04-compose.html'],
  outlookCompose: ['https://outlook.live.com/mail/0/deeplink/compose', 'outlook/2026-03-compose.html'],
  facebookThread: ['https://www.facebook.com/messages/t/100000000000011', 'facebook/2023-11-messenger-thread.html'],
  facebookProfile: ['https://www.facebook.com/jane.rivers.55', 'facebook/2026-04-profile.html'],
  messengerThread: ['https://www.messenger.com/t/100000000000021', 'facebook/2026-05-messenger-com-thread.html'],
  instagramDm: ['https://www.instagram.com/direct/t/17840000000000077/', 'instagram/2025-04-dm-thread.html'],
  linkedinProfile: ['https://www.linkedin.com/in/maria-gomez-4a1b2c/', 'linkedin/2024-07-profile.html'],
  linkedinThread: [
    'https://www.linkedin.com/messaging/thread/2-ZmFrZS10aHJlYWQ=/',
    'linkedin/2026-02-messaging-thread.html',
  ],
  xProfile: ['https://x.com/ruth_okoye', 'x/2025-12-profile.html'],
  xChat: ['https://x.com/i/chat/1500000000000000001-1600000000000000002', 'x/2026-03-xchat.html'],
  xLegacyDm: ['https://x.com/messages/1500000000000000001-1600000000000000003', 'x/2025-06-legacy-dm.html'],
  whatsappChat: ['https://web.whatsapp.com/', 'whatsapp/2026-03-chat.html'],
} as const satisfies Record<string, readonly [string, string]>;

/** A Facebook group feed of 2,000 posts, one author each (the bench's page, from the fixture's markup). */
const LONG_FEED = pageFor('facebook');

const DRAFT = 'Hi there!\nHow did the samples work out?\nTalk soon';

let h: Harness;
/** An extension page to talk to the background from, as the side panel does. */
let ext: Page;

beforeAll(async () => {
  h = await launch();
  // Every fixture on its real host; anything else on those hosts (favicon, ...) is a 404.
  const byUrl = new Map<string, string>([
    ...Object.values(PAGES).map(([url, fixture]): [string, string] => [
      url.split('#')[0]!,
      readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8'),
    ]),
    [LONG_FEED.url, bigPage(LONG_FEED)],
  ]);
  await h.context.route(
    /^https:\/\/(mail\.google\.com|outlook\.live\.com|www\.facebook\.com|www\.messenger\.com|www\.instagram\.com|www\.linkedin\.com|x\.com|web\.whatsapp\.com)\//,
    (route) => {
      const body = byUrl.get(route.request().url());
      return body === undefined
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
  ext = await openPanel(h);
  await onboard(ext);
});

afterAll(async () => {
  await h?.close();
});

interface Opened {
  site: Page;
  tabId: number;
  panel: Page;
  /** The names the panel lists under "People on this page". */
  names(): Promise<string[]>;
}

/** Opens a fixture on its host and the side panel pinned to that tab. */
async function open(page: readonly [string, string]): Promise<Opened> {
  const [url] = page;
  const site = await h.context.newPage();
  await site.goto(url);
  const tabs = await ext.evaluate(async () =>
    (await chrome.tabs.query({})).map((t) => ({ id: t.id, url: t.url ?? t.pendingUrl })),
  );
  const tabId = tabs.find((t) => t.url === url)?.id;
  if (tabId === undefined) throw new Error(`no tab for ${url}: ${JSON.stringify(tabs)}`);
  const panel = await openPanel(h, `?tab=${tabId}#page`);
  const list = panel.getByRole('list', { name: 'People on this page' });
  return { site, tabId, panel, names: () => list.locator('li .name').allInnerTexts() };
}

async function close(o: Opened): Promise<void> {
  await o.panel.close();
  await o.site.close();
}

/** Lists exactly `names` (any order), and never any of `never` anywhere in the list. */
async function expectPeople(o: Opened, names: string[], never: string[]): Promise<void> {
  await expect.poll(async () => (await o.names()).sort(), { timeout: 15_000 }).toEqual([...names].sort());
  const text = await o.panel.getByRole('list', { name: 'People on this page' }).innerText();
  for (const viewer of never) expect(text).not.toContain(viewer);
}

/** Add → Add contact, then the row turns into a known contact. */
async function addContact(o: Opened, name: string): Promise<void> {
  await o.panel.getByRole('button', { name: `Add ${name} as a contact` }).click();
  await o.panel.getByRole('button', { name: 'Add contact' }).click();
  await expect.poll(() => o.panel.getByRole('button', { name: `Open ${name}` }).count(), { timeout: 10_000 }).toBe(1);
}

/**
 * What each stage chip shown in the page sits beside: the text, aria-label, title or alt of the
 * element just left of it on screen (inside open shadow roots too) and of that element's parent.
 * Chips are drawn in Kindred's own layer, outside the page's tree, so only where they are drawn
 * says whom they mark.
 */
function chipNeighbours(site: Page): Promise<string[]> {
  return site.evaluate(() => {
    const describe = (el: Element | null | undefined) =>
      ['textContent', 'aria-label', 'title', 'alt', 'data-name']
        .map((k) => (k === 'textContent' ? el?.textContent : el?.getAttribute(k)) ?? '')
        .join(' ');
    const out: string[] = [];
    for (const chip of document.querySelectorAll<HTMLElement>('kindred-layer > kindred-chip')) {
      if (getComputedStyle(chip).visibility === 'hidden') continue;
      let box = chip.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight) {
        chip.scrollIntoView({ block: 'center' });
        box = chip.getBoundingClientRect();
      }
      const x = box.left - 6;
      const y = box.top + box.height / 2;
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      const parent =
        hit?.parentElement ?? ((hit?.getRootNode() as ShadowRoot | undefined)?.host as Element | undefined);
      out.push(`${describe(hit)} ${describe(parent)}`.replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/** Adds `name` and expects a stage chip beside them in the page; a screenshot for the eye. */
async function addAndExpectChip(o: Opened, name: string, shot: string): Promise<void> {
  await addContact(o, name);
  await expect.poll(() => chipNeighbours(o.site), { timeout: 10_000 }).toEqual([expect.stringContaining(name)]);
  await o.site.bringToFront();
  await o.site.screenshot({ path: `/tmp/site-${shot}.png` });
}

type InsertReply = { ok: boolean; value?: { inserted: boolean; hadBox: boolean }; error?: string };

/** `panel->bg:insertDraft`, sent from an extension page as the panel's Insert button does. */
function insertDraft(tabId: number, text: string): Promise<InsertReply> {
  return ext.evaluate(
    ([tabId, text]) =>
      chrome.runtime.sendMessage({ type: 'panel->bg:insertDraft', payload: { tabId, text } }) as Promise<InsertReply>,
    [tabId, text] as const,
  );
}

/** The text of the first element matching `selector` (open shadow roots too): value or innerText. */
function boxText(site: Page, selector: string): Promise<string | null> {
  return site.evaluate((selector) => {
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      const hit = root.querySelector<HTMLElement>(selector);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const deep = el.shadowRoot && find(el.shadowRoot);
        if (deep) return deep;
      }
      return null;
    };
    const box = find(document);
    if (!box) return null;
    return box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : box.innerText;
  }, selector);
}

/**
 * A draft lands in the box once, line breaks kept. Paragraph editors draw a line break as a new
 * paragraph, which innerText shows as a blank line between them: runs of newlines count as one.
 */
async function expectDraftIn(o: Opened, selector: string): Promise<void> {
  expect(await insertDraft(o.tabId, DRAFT)).toEqual({ ok: true, value: { inserted: true, hadBox: true } });
  const text = (await boxText(o.site, selector)) ?? '';
  expect(text.replace(/\r/g, '').replace(/\n{2,}/g, '\n')).toContain(DRAFT);
  expect(text.split('How did the samples').length - 1).toBe(1); // never inserted twice
}

async function expectNoBox(o: Opened): Promise<void> {
  expect(await insertDraft(o.tabId, DRAFT)).toEqual({ ok: true, value: { inserted: false, hadBox: false } });
}

describe('site families, end to end (fixture on the real host, panel pinned to its tab)', () => {
  it('Gmail compose: the recipients, not the owner in Cc; chip beside a recipient; draft in the body', async () => {
    const o = await open(PAGES.gmailCompose);
    await expectPeople(o, ['Inês Ferreira', 'omar.haddad@example.com'], ['Sam Rivers', 'sam.rivers@example.com']);
    await addAndExpectChip(o, 'Inês Ferreira', 'gmail');
    await expectDraftIn(o, '[g_editable="true"][role="textbox"]');
    await close(o);
  });

  it('Outlook compose: the recipient, not the viewer; chip; draft in the body, not the quoted original', async () => {
    const o = await open(PAGES.outlookCompose);
    await expectPeople(o, ['Bea Santos'], ['Kai Ng', 'kai.ng@example.com']);
    await addAndExpectChip(o, 'Bea Santos', 'outlook');
    await expectDraftIn(o, '[contenteditable="true"][aria-multiline="true"][aria-label="Message body"]');
    expect(await boxText(o.site, '[role="document"][aria-label="Message body"]')).not.toContain('samples work');
    await close(o);
  });

  // Known bug, reported with issue 3.7: insertDraft puts the caret at the very end of the box, so
  // in a body that ends with the signature the draft is glued onto it ("KaiHi there!") and every
  // new line copies the signature's <div id="Signature">. Remove `.fails` once the draft goes above it.
  it('Outlook compose: the draft goes above the signature, not into it', async () => {
    const o = await open(PAGES.outlookCompose);
    await expectPeople(o, ['Bea Santos'], ['Kai Ng']);
    expect((await insertDraft(o.tabId, DRAFT)).value?.inserted).toBe(true);
    const signature = await o.site.evaluate(() =>
      [...document.querySelectorAll('#Signature')].map((s) => s.textContent),
    );
    await close(o);
    expect(signature).toEqual(['Kai']);
  });

  it('Facebook: Messenger thread (partner + 1:1 chats, draft in the composer), profile (no box)', async () => {
    const o = await open(PAGES.facebookThread);
    await expectPeople(o, ['Ana Lima', 'Bruno Costa'], ['Vera Viewer', 'Zeca', 'Wellness Team', 'Dora Nunes']);
    await addAndExpectChip(o, 'Ana Lima', 'facebook');
    await expectDraftIn(o, '[aria-label="Message"][role="textbox"]');
    await close(o);

    const p = await open(PAGES.facebookProfile);
    await expectPeople(p, ['Jane Rivers', 'Marco Diaz', 'Priya Nair'], ['Vera Viewer']);
    await expectNoBox(p);
    await close(p);
  });

  it('Messenger (www.messenger.com): the partner, never the viewer row; chip; draft in the composer', async () => {
    const o = await open(PAGES.messengerThread);
    await expectPeople(o, ['Chidi Okafor'], ['Vera Viewer']);
    await addAndExpectChip(o, 'Chidi Okafor', 'messenger');
    await expectDraftIn(o, '[aria-label="Message"][role="textbox"]');
    await close(o);
  });

  it('Instagram DM: the partner, not the viewer or a shared post author; chip; draft in the composer', async () => {
    const o = await open(PAGES.instagramDm);
    await expectPeople(o, ['Lia Moss'], ['sam.viewer', 'shared.author', 'Oscar']);
    await addAndExpectChip(o, 'Lia Moss', 'instagram');
    await expectDraftIn(o, '[aria-label="Message"][role="textbox"]');
    await close(o);
  });

  it('LinkedIn: profile (owner only, no box), messaging thread (partner, chip, draft in msg-form)', async () => {
    const p = await open(PAGES.linkedinProfile);
    await expectPeople(p, ['Maria Gomez'], ['Victor Viewer', 'victor-viewer-77ab']);
    await expectNoBox(p);
    await close(p);

    const o = await open(PAGES.linkedinThread);
    await expectPeople(o, ['Grace Liu'], ['Victor Viewer', 'victor-viewer-77ab', 'shared-link-person']);
    await addAndExpectChip(o, 'Grace Liu', 'linkedin');
    await expectDraftIn(o, '.msg-form__contenteditable');
    await close(o);
  });

  it('X: profile (owner and post authors, chip, no box), XChat DM in its shadow root, legacy Draft.js DM', async () => {
    const p = await open(PAGES.xProfile);
    await expectPeople(
      p,
      ['Ruth Okoye', 'Adé Writes', 'Leo Martins'],
      ['Dan Viewer', 'dan_viewer', 'acme_team', 'mo_salah_fan'],
    );
    await addAndExpectChip(p, 'Ruth Okoye', 'x-profile');
    await expectNoBox(p);
    await close(p);

    const o = await open(PAGES.xChat);
    await expectPeople(o, ['Mina Cho'], ['dan_viewer', 'other_person']);
    await addAndExpectChip(o, 'Mina Cho', 'x-chat');
    await expectDraftIn(o, 'textarea[data-testid="dm-composer-textarea"]');
    await close(o);

    const l = await open(PAGES.xLegacyDm);
    await expectPeople(l, ['Pablo Ruiz'], ['dan_viewer', 'Group chat']);
    await expectDraftIn(l, '[data-testid="dmComposerTextInput"] [contenteditable="true"]');
    await close(l);
  });

  it('WhatsApp Web chat: the partner by phone, not the viewer; chip; draft in the footer composer', async () => {
    const o = await open(PAGES.whatsappChat);
    await expectPeople(o, ['Lena Fischer'], ['Noa Levi']);
    await addAndExpectChip(o, 'Lena Fischer', 'whatsapp');
    await expectDraftIn(o, 'footer [contenteditable="true"][role="textbox"]');
    await close(o);
  });

  it('a long feed (2,000 posts) is read near the screen: scrolling lists, and marks, who is there now', async () => {
    const o = await open([LONG_FEED.url, '']);
    await expect.poll(async () => (await o.names()).includes(personName(0)), { timeout: 15_000 }).toBe(true);
    const far = personName(1500);
    expect(await o.names()).not.toContain(far);
    expect((await o.names()).length).toBeLessThan(60); // the screen's posts, not the page's 2,000
    await o.site.evaluate(() => document.querySelectorAll('[role="feed"] > div')[1500]!.scrollIntoView());
    await expect.poll(async () => (await o.names()).includes(far), { timeout: 15_000 }).toBe(true);
    expect(await o.names()).not.toContain(personName(0));
    await addAndExpectChip(o, far, 'facebook-long-feed');
    await close(o);
  });

  it('a list scrolled inside its own box: the chip follows its name, and hides when the name leaves the box', async () => {
    const o = await open([LONG_FEED.url, '']);
    // the feed as a site lays out a chat or an inbox: a box of its own that scrolls, under a header
    await o.site.addStyleTag({ content: '[role="feed"] { height: 300px; overflow: auto; margin-top: 200px; }' });
    const name = personName(1); // the second post: inside the box as the page opens
    await expect.poll(async () => (await o.names()).includes(name), { timeout: 15_000 }).toBe(true);
    await addAndExpectChip(o, name, 'facebook-inner-scroll');
    const chipTop = () =>
      o.site.evaluate(() => {
        const chip = document.querySelector<HTMLElement>('kindred-layer > kindred-chip')!;
        return getComputedStyle(chip).visibility === 'hidden' ? null : Math.round(chip.getBoundingClientRect().top);
      });
    const before = (await chipTop())!;
    await o.site.evaluate(() => {
      document.querySelector('[role="feed"]')!.scrollTop = 60;
    });
    await expect.poll(chipTop, { timeout: 5_000 }).toBe(before - 60);
    expect(await chipNeighbours(o.site)).toEqual([expect.stringContaining(name)]);
    // scrolled out of the feed's box (above its top edge): not drawn over the page outside it
    await o.site.evaluate(() => {
      document.querySelector('[role="feed"]')!.scrollTop = 1_000;
    });
    await expect.poll(chipTop, { timeout: 5_000 }).toBeNull();
    await close(o);
  });
});
