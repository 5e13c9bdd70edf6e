import { describe, expect, it } from 'vitest';
import { ANY_HOST, LIGHT_DOM, queryAllDeep, queryDeep } from './deep-query';
import { queryAllIn } from './region';

/** A page with a person in the light DOM, one in a named host's root (with a root nested in it), one elsewhere. */
function page(): Document {
  const doc = new DOMParser().parseFromString(
    '<main><span class="p" id="light"></span><div id="outlet"></div><div id="other"></div></main>',
    'text/html',
  );
  const outlet = doc.getElementById('outlet')!.attachShadow({ mode: 'open' });
  outlet.innerHTML = '<span class="p" id="in-outlet"></span><div id="inner"></div>';
  const inner = outlet.getElementById('inner')!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<span class="p" id="nested"></span>';
  doc.getElementById('other')!.attachShadow({ mode: 'open' }).innerHTML = '<span class="p" id="elsewhere"></span>';
  return doc;
}

const ids = (els: Element[]) => els.map((e) => e.id).sort();

describe('queries over the shadow roots a site uses', () => {
  it('LIGHT_DOM stays out of every shadow root', () => {
    expect(ids(queryAllDeep(page(), '.p', LIGHT_DOM))).toEqual(['light']);
    expect(queryDeep(page(), '#elsewhere', LIGHT_DOM)).toBeNull();
  });

  it('a host selector enters those hosts and the roots nested in them, no other', () => {
    expect(ids(queryAllDeep(page(), '.p', '#outlet'))).toEqual(['in-outlet', 'light', 'nested']);
    expect(queryDeep(page(), '#nested', '#outlet')?.id).toBe('nested');
    expect(queryDeep(page(), '#elsewhere', '#outlet')).toBeNull();
  });

  it('ANY_HOST (the generic finder) enters every open root', () => {
    expect(ids(queryAllDeep(page(), '.p', ANY_HOST))).toEqual(['elsewhere', 'in-outlet', 'light', 'nested']);
  });

  it('a region that is itself a host is searched inside', () => {
    const doc = page();
    const outlet = doc.getElementById('outlet')!;
    expect(ids(queryAllIn(outlet, '.p', '#outlet'))).toEqual(['in-outlet', 'nested']);
    expect(queryAllIn(outlet, '.p', LIGHT_DOM)).toEqual([]);
  });

  it('an invalid host selector finds the light DOM and throws nothing', () => {
    expect(ids(queryAllDeep(page(), '.p', '[[['))).toEqual(['light']);
  });
});
