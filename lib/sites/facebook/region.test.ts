import { describe, expect, it } from 'vitest';
import { allKeys, append, fixture, fullScanSummary, summary, tracked } from '../testing/tracked';
import { facebookAdapter } from './index';

describe('facebook region scans', () => {
  it('members added: read from the new rows; the viewer among them stays out', () => {
    const { doc, url } = fixture('facebook/2026-04-group-members.html');
    const t = tracked(facebookAdapter, doc, url);
    const item = (id: string, name: string) =>
      `<div role="listitem"><a href="https://www.facebook.com/groups/880000000000001/user/${id}/" role="link">${name}</a></div>`;
    expect(t.step(append('[role="list"]', item('100000000000041', 'Ada Obi') + item('100000000000099', 'Vera')))).toBe(
      'regions',
    );
    expect(summary(t.page.people)).toEqual(fullScanSummary(facebookAdapter, doc, url));
    expect(allKeys(t.page.people)).not.toContain('facebook:id:100000000000099');
  });

  it("a thread's header and chat rows are left to a full scan", () => {
    const { doc, url } = fixture('facebook/2023-11-messenger-thread.html');
    const viewer = facebookAdapter.viewer!(doc, url);
    expect(facebookAdapter.findIn!(doc.querySelector('[role="main"]')!, viewer, url)).toBeNull();
  });
});
