import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/tracked';
import { outlookAdapter } from './index';

describe('outlook region scans', () => {
  it('a change to the account manager (it names the viewer) is left to a full scan', () => {
    const { doc, url } = fixture('outlook/2026-03-reading.html');
    const viewer = outlookAdapter.viewer!(doc, url);
    expect(viewer.keys.has('email:robin.achterberg@example.com')).toBe(true);
    expect(outlookAdapter.findIn!(doc.querySelector('#O365_MainLink_Me')!, viewer, url)).toBeNull();
  });
});
