import { describe, expect, it } from 'vitest';
import { append, fixture, fullScanSummary, summary, tracked } from '../testing/tracked';
import { instagramAdapter } from './index';

describe('instagram region scans', () => {
  it('new messages in a thread name nobody new: read alone, the same people as a full scan', () => {
    const { doc, url } = fixture('instagram/2025-04-dm-thread.html');
    const t = tracked(instagramAdapter, doc, url);
    const message = `<div role="row"><div role="gridcell"><a href="https://www.instagram.com/sam.viewer/" role="link"><span>sam.viewer</span></a><div dir="auto">mine</div></div></div>`;
    expect(t.step(append('[role="grid"]', message))).toBe('regions');
    expect(summary(t.page.people)).toEqual(fullScanSummary(instagramAdapter, doc, url));
    expect(t.page.people.flatMap((p) => p.identities)).not.toContain('instagram:sam.viewer');
  });

  it('a change to the thread header is left to a full scan', () => {
    const { doc, url } = fixture('instagram/2025-04-dm-thread.html');
    const h2 = doc.querySelector('main h2')!;
    expect(instagramAdapter.findIn!(h2, instagramAdapter.viewer!(doc, url), url)).toBeNull();
  });
});
