import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/tracked';
import { xAdapter } from './index';

describe('x region scans', () => {
  it('a region holding an account switcher the page did not show is left to a full scan', () => {
    const { doc, url } = fixture('x/2026-03-home-timeline.html');
    const viewer = xAdapter.viewer!(doc, url);
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-other_me"></div></div>',
    );
    expect(xAdapter.findIn!(doc.body.lastElementChild!, viewer, url)).toBeNull();
  });

  it("a profile's header is left to a full scan", () => {
    const { doc, url } = fixture('x/2025-12-profile.html');
    const viewer = xAdapter.viewer!(doc, url);
    expect(xAdapter.findIn!(doc.querySelector('[data-testid="UserName"]')!, viewer, url)).toBeNull();
  });
});
