import { describe, expect, it } from 'vitest';
import { allKeys, append, fixture, fullScanSummary, summary, tracked } from '../testing/tracked';
import { linkedinAdapter } from './index';

describe('linkedin region scans', () => {
  it("messages: the other person's new group is read alone; the viewer's own group never names them", () => {
    const { doc, url } = fixture('linkedin/2026-02-messaging-thread.html');
    const t = tracked(linkedinAdapter, doc, url);
    const own = doc.querySelectorAll('li.msg-s-message-list__event')[1]!.outerHTML;
    const other = doc.querySelector('li.msg-s-message-list__event')!.outerHTML;
    expect(t.step(append('ul', other + own))).toBe('regions');
    expect(summary(t.page.people)).toEqual(fullScanSummary(linkedinAdapter, doc, url));
    expect(allKeys(t.page.people)).not.toContain('linkedin:victor-viewer-77ab');
  });

  it("a profile's top card is left to a full scan", () => {
    const { doc, url } = fixture('linkedin/2024-07-profile.html');
    const viewer = linkedinAdapter.viewer!(doc, url);
    expect(linkedinAdapter.findIn!(doc.querySelector('h1')!, viewer, url)).toBeNull();
  });
});
