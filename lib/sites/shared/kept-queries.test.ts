import { afterEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../gmail';
import { PagePeople } from '../page-people';
import { LIGHT_DOM, queryAllDeep } from './deep-query';
import { forgetKeptQueries, keptQuery, withKeptQueries } from './kept-queries';
import { beyond, selfAndBelow, unitsDeep, unitsOf } from './region';
import { ScanWindow } from './window';

afterEach(() => {
  forgetKeptQueries();
  document.body.innerHTML = '';
});

/** A row the page adds without any scan hearing of it: only a query that reads the page sees it. */
function addRow(name: string) {
  document.body.insertAdjacentHTML('beforeend', `<p class="row"><span email="${name}@example.org">${name}</span></p>`);
}

describe('query answers kept for scroll-only rescans', () => {
  it('a full scan keeps its answers; the next one that may reuse gets them, any other asks again', () => {
    addRow('ana');
    const ask = () => selfAndBelow(document, '.row').length;
    expect(withKeptQueries(false, ask)).toBe(1);
    addRow('bea');
    expect(withKeptQueries(true, ask)).toBe(1); // only scrolled: the kept answer
    expect(withKeptQueries(false, ask)).toBe(2); // the page changed: asked again
    addRow('cid');
    forgetKeptQueries();
    expect(withKeptQueries(true, ask)).toBe(3); // nothing kept: asked
  });

  it('outside a full scan (region scans, tests) every query reads the page', () => {
    addRow('ana');
    withKeptQueries(false, () => queryAllDeep(document, 'span[email]'));
    addRow('bea');
    expect(queryAllDeep(document, 'span[email]')).toHaveLength(2);
    expect(keptQuery(document, 'k', () => 7)).toBe(7);
  });

  it('answers are per root and per question, and callers get copies they may change', () => {
    addRow('ana');
    const [rows, spans] = withKeptQueries(false, () => [
      selfAndBelow(document, '.row'),
      selfAndBelow(document, 'span'),
    ]);
    rows!.length = 0;
    const again = withKeptQueries(true, () => selfAndBelow(document, '.row'));
    expect(again).toHaveLength(1);
    expect(spans![0]!.localName).toBe('span');
    const first = document.querySelector('.row')!;
    expect(withKeptQueries(true, () => selfAndBelow(first, 'span'))).toHaveLength(1); // another root: asked
  });
});

describe('unitsOf: a long list for a scan’s window', () => {
  it('is the page’s NodeList under a document (kept like any answer), an array with itself under an element', () => {
    addRow('ana');
    addRow('bea');
    const list = withKeptQueries(false, () => unitsOf(document, '.row'));
    expect(Array.isArray(list)).toBe(false);
    expect(list).toHaveLength(2);
    addRow('cid');
    expect(withKeptQueries(true, () => unitsOf(document, '.row'))).toBe(list); // only scrolled
    const first = document.querySelector('.row')!;
    expect(unitsOf(first, '.row')).toEqual([first]); // the root itself counts
    expect(unitsDeep(first, '.row', LIGHT_DOM)).toHaveLength(0); // below it only
  });

  it('one query a scan per selector: the list, the bound check and the array copy share it', () => {
    addRow('ana');
    const [bounded, rows] = withKeptQueries(false, () => {
      const units = unitsOf(document, '.row');
      addRow('bea'); // unheard of during the scan: the later asks answer from the same query
      return [beyond(document, '.row', 1), selfAndBelow(document, '.row'), units] as const;
    });
    expect(bounded).toBe(false);
    expect(rows).toHaveLength(1);
    expect(beyond(document, '.row', 1)).toBe(true); // outside a scan: the page as it is
  });
});

describe('PagePeople: a scroll-only rescan reads the kept list near the new screen', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox';

  it('a row added without a change heard is not seen by the scroll rescan, and is by the next full scan', () => {
    for (let i = 0; i < 5; i++) addRow(`p${i}`);
    const page = new PagePeople(gmailAdapter);
    const onScreen = () => new ScanWindow(null);
    page.update(document, url, null, onScreen());
    expect(page.people).toHaveLength(5);
    addRow('late');
    page.update(document, url, null, onScreen(), true); // only scrolled: the kept hooks
    expect(page.people).toHaveLength(5);
    page.update(document, url, null, onScreen()); // a full scan for another reason
    expect(page.people.map((p) => p.displayName)).toContain('late');
  });

  it('a region scan drops the kept answers: the page changed', () => {
    for (let i = 0; i < 5; i++) addRow(`p${i}`);
    const page = new PagePeople(gmailAdapter);
    page.update(document, url, null, new ScanWindow(null));
    addRow('late');
    const region = document.body.lastElementChild!;
    page.update(document, url, { regions: new Map([[region, false]]), removed: false, full: false });
    addRow('later');
    page.update(document, url, null, new ScanWindow(null), true);
    expect(page.people.map((p) => p.displayName)).toContain('later');
  });
});
