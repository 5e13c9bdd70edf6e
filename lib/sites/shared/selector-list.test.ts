import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryFirst, queryList, selectorsOf, splitTop } from './selector-list';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const ids = (list: ArrayLike<Element>) => Array.from(list, (el) => el.id);

describe('selector lists asked one selector at a time', () => {
  it('splits at top-level commas only', () => {
    expect(selectorsOf('a[title="x, y"], b:not(.c, .d) ,  i')).toEqual(['a[title="x, y"]', 'b:not(.c, .d)', 'i']);
    expect(splitTop('a b>c', /[\s>]/)).toEqual(['a', 'b', 'c']);
  });

  it('answers as the page does: page order, each element once', () => {
    document.body.innerHTML =
      '<i id="1" class="x"></i><b id="2"><i id="3" class="x y"></i></b><u id="4" class="y"></u><i id="5"></i>';
    const list = '.y, i.x, u, b';
    expect(ids(queryList(document, list))).toEqual(ids(document.querySelectorAll(list)));
    expect(ids(queryList(document, list))).toEqual(['1', '2', '3', '4']);
    expect(queryFirst(document, '.y, u, b')?.id).toBe('2');
    expect(queryFirst(document, 'u, .x')?.id).toBe('1');
    expect(queryFirst(document, 'em, s')).toBeNull();
    expect(ids(queryList(document.getElementById('2')!, 'i, u'))).toEqual(['3']);
  });

  it('asks the page each selector alone, never the list', () => {
    document.body.innerHTML = '<i id="1"></i><u id="2"></u>';
    const asked = vi.spyOn(document, 'querySelectorAll');
    expect(ids(queryList(document, 'u, i, s'))).toEqual(['1', '2']);
    expect(asked.mock.calls.map((c) => c[0])).toEqual(['u', 'i', 's']);
  });

  it('a single selector is the page’s own NodeList; one selector found is that one’s list', () => {
    document.body.innerHTML = '<i id="1"></i><i id="2"></i>';
    expect(queryList(document, 'i')).toBeInstanceOf(NodeList);
    expect(ids(queryList(document, 's, i'))).toEqual(['1', '2']);
  });

  it('long answers are asked of the page as one list, still in page order', () => {
    document.body.innerHTML = Array.from({ length: 1_500 }, (_, i) => `<i id="i${i}"></i><u id="u${i}"></u>`).join('');
    const found = queryList(document, 'u, i');
    expect(found).toHaveLength(3_000);
    expect(found[0]!.id).toBe('i0');
    expect(found[1]!.id).toBe('u0');
    expect(found[2_999]!.id).toBe('u1499');
  });

  it('`A > *` is the one A’s children, with the page’s answer everywhere else', () => {
    document.body.innerHTML =
      '<div role="feed" id="f"><p id="1"></p><p id="2"><i id="3"></i></p></div><div id="4"></div>';
    const children = queryList(document, '[role="feed"] > *');
    expect(children).toBeInstanceOf(HTMLCollection); // not asked of every element of the page
    expect(ids(children)).toEqual(ids(document.querySelectorAll('[role="feed"] > *')));
    expect(ids(children)).toEqual(['1', '2']);
    // below an element, and with two feeds: as the page answers
    const two = document.getElementById('2')!;
    expect(ids(queryList(document.getElementById('f')!, '[role="feed"] > *'))).toEqual(['1', '2']);
    expect(ids(queryList(two, '[role="feed"] > *'))).toEqual([]);
    document.getElementById('4')!.outerHTML = '<div role="feed"><p id="5"></p></div>';
    expect(ids(queryList(document, '[role="feed"] > *'))).toEqual(['1', '2', '5']);
    expect(ids(queryList(document, '[role="list"] > *'))).toEqual([]);
  });

  it('an invalid selector throws as querySelectorAll does (callers catch it)', () => {
    expect(() => queryList(document, 'i, [')).toThrow();
  });
});
