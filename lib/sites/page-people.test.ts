import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../tests/security/fuzz-lib';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { SITE_ADAPTERS } from './index';
import { append, fixture, summary, tracked } from './testing/tracked';
import type { SiteAdapter } from './types';
import { MAX_PEOPLE_SENT } from './wire';

/**
 * Region scans agree with full scans: on every fixture of every adapter, random additions (copies
 * of the page's own rows and posts), removals, attribute and text changes, each followed by a
 * region update, must leave exactly the people a full scan of the changed page finds.
 */
const FIXTURES = resolve(__dirname, '../../tests/fixtures');
const ADAPTERS: Array<[string, SiteAdapter]> = [...Object.entries(SITE_ADAPTERS), ['generic', genericAdapter]];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Elements of the body worth changing (not the body itself). */
function elements(doc: Document): Element[] {
  return [...doc.body.querySelectorAll('*')].filter((el) => el.localName !== 'script');
}

/** A new identity for whatever the attribute names: another handle, address or number. */
function shifted(value: string, n: number): string {
  if (value.includes('@')) return value.replace('@', `.n${n}@`);
  return value.replace(/([A-Za-z0-9_.-]{2,})(\/?(?:[?#].*)?)$/, `$1n${n}$2`);
}

function mutate(rng: Rng, doc: Document, n: number): void {
  const els = elements(doc);
  if (els.length === 0) return;
  const el = pick(rng, els);
  const op = Math.floor(rng() * 5);
  if (op === 0)
    el.after(el.cloneNode(true)); // a copy of a row or post after it
  else if (op === 1) el.remove();
  else if (op === 2) {
    const copy = el.cloneNode(true) as Element;
    for (const node of [copy, ...copy.querySelectorAll('*')]) {
      for (const attr of ['href', 'email', 'data-id', 'title', 'aria-label', 'data-hovercard-id']) {
        const value = node.getAttribute(attr);
        if (value) node.setAttribute(attr, shifted(value, n));
      }
    }
    (el.parentElement ?? doc.body).append(copy); // someone new at the end of the list
  } else if (op === 3) {
    const attr = pick(rng, ['href', 'email', 'aria-label', 'name']);
    const value = el.getAttribute(attr);
    if (value) el.setAttribute(attr, shifted(value, n));
    else el.setAttribute(attr, `changed ${n}`);
  } else el.append(doc.createTextNode(` more ${n}`));
}

const pages = ADAPTERS.flatMap(([site, adapter]) =>
  readdirSync(resolve(FIXTURES, site))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ site, adapter, path: `${site}/${f}` })),
).filter((p) => p.path !== 'generic/2026-05-hostile.html'); // 20,000 links: the fuzz tests cover it

describe('region scans agree with full scans', () => {
  it.each(pages)('$path: random additions, removals and changes', ({ adapter, path }) => {
    const rng = mulberry32(0x7e57 + path.length);
    let regions = 0;
    for (let run = 0; run < 12; run++) {
      const { doc, url } = fixture(path);
      const t = tracked(adapter, doc, url);
      for (let n = 0; n < 6; n++) {
        const before = doc.body.innerHTML;
        const how = t.step((d) => mutate(rng, d, run * 10 + n));
        if (how === 'regions') regions++;
        const where = `${path} run ${run} step ${n} (${how})`;
        if (process.env.DEBUG_REGIONS && where.includes(process.env.DEBUG_REGIONS))
          console.log(before, '\n=====>\n', doc.body.innerHTML);
        // a change may hide the viewer's own markup from a full scan; the page keeps its viewer
        const viewer = t.page.viewer?.keys ?? new Set();
        const full = adapter.find(doc, url).people.filter((p) => !p.identities.some((k) => viewer.has(k)));
        expect(summary(t.page.people), where).toEqual(summary(full));
      }
    }
    // the region path really ran (a test that only ever fell back to full scans would prove nothing)
    if (!/hostile|compose|profile|xchat|legacy-dm|messaging|messenger|2026-03-chat/.test(path))
      expect(regions).toBeGreaterThan(10);
  });
});

describe('a page of more people than are ever sent', () => {
  const row = (i: number) =>
    `<tr class="zA yO"><td><span class="zF" email="p${i}@example.com" name="Person ${i}">Person ${i}</span></td></tr>`;
  const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => row(from + k)).join('');
  const firstSent = (people: readonly { identities: string[] }[]) =>
    people.slice(0, MAX_PEOPLE_SENT).map((p) => p.identities[0]);

  it('keeps the first 500 in page order: rows after them are not read, a row before them comes in', () => {
    const html = `<html><head><title>Inbox - me@example.com - Gmail</title></head><body><table><tbody>${rows(0, 600)}</tbody></table></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const url = 'https://mail.google.com/mail/u/0/#inbox';
    const t = tracked(gmailAdapter, doc, url);
    expect(t.page.people).toHaveLength(MAX_PEOPLE_SENT);
    expect(t.step(append('tbody', rows(600, 700)))).toBe('regions');
    expect(firstSent(t.page.people)).toEqual(firstSent(gmailAdapter.find(doc, url).people));
    expect(t.step((d) => d.querySelector('tbody')!.insertAdjacentHTML('afterbegin', row(9000)))).toBe('regions');
    expect(t.page.people[0]?.identities).toEqual(['email:p9000@example.com']);
    expect(t.page.people).toHaveLength(MAX_PEOPLE_SENT);
    expect(firstSent(t.page.people)).toEqual(firstSent(gmailAdapter.find(doc, url).people));
  });
});
