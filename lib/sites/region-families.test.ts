import { describe, expect, it } from 'vitest';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { linkedinAdapter } from './linkedin';
import { outlookAdapter } from './outlook';
import { fbPost, gmailRow, liResult, outlookRow, waIncoming, waOutgoing, xPost } from './testing/markup';
import { append, expectRegionScans, type FamilyCase, fixture } from './testing/tracked';
import { whatsappAdapter } from './whatsapp';
import { xAdapter } from './x';

/**
 * Every adapter family on its list page (inbox rows, feed posts, search results, timeline posts,
 * group messages, links): additions read as regions give a full scan's people, the viewer's own
 * unit never names them, a removal leaves a full scan's people. Instagram names one person per
 * page; its region scans are tested in lib/sites/instagram/region.test.ts.
 */
const WA_LIST = '#main [role="application"]';

const CASES: Array<FamilyCase & { name: string }> = [
  {
    name: 'gmail inbox rows',
    adapter: gmailAdapter,
    path: 'gmail/2014-12-inbox.html',
    list: 'tbody',
    added: gmailRow('lena.park@example.com', 'Lena Park') + gmailRow('jon.baptiste@example.net', 'Jon'),
    newKey: 'email:lena.park@example.com',
    own: gmailRow('ivo.rak@example.com', 'Ivo Rak') + gmailRow('pat.lee@example.com', 'me'),
    viewerKey: 'email:pat.lee@example.com',
    first: 'tr[id=":3b"]', // Shop Team's only row
  },
  {
    name: 'outlook list rows',
    adapter: outlookAdapter,
    path: 'outlook/2026-03-reading.html',
    list: '[role="listbox"]',
    added: outlookRow('mira.holm@example.se', 'Mira Holm'),
    newKey: 'email:mira.holm@example.se',
    own: outlookRow('robin.achterberg@example.com', 'Robin Achterberg'),
    viewerKey: 'email:robin.achterberg@example.com',
    first: '[role="option"]',
  },
  {
    name: 'facebook group feed posts',
    adapter: facebookAdapter,
    path: 'facebook/2026-08-group-feed.html',
    list: '[role="feed"]',
    added: fbPost('https://www.facebook.com/mia.berg.4', 'Mia Berg'),
    newKey: 'facebook:mia.berg.4',
    own: fbPost('https://www.facebook.com/groups/880000000000001/user/100000000000099/', 'Vera Viewer'),
    viewerKey: 'facebook:id:100000000000099',
    first: '[role="feed"] > *',
  },
  {
    name: 'linkedin search results',
    adapter: linkedinAdapter,
    path: 'linkedin/2025-10-search-people.html',
    list: 'ul[role="list"]',
    added: liResult('nora-haas-2', 'Nora Haas'),
    newKey: 'linkedin:nora-haas-2',
    own: liResult('victor-viewer-77ab', 'Victor Viewer'),
    viewerKey: 'linkedin:victor-viewer-77ab',
    first: 'ul[role="list"] > li',
  },
  {
    name: 'x timeline posts',
    adapter: xAdapter,
    path: 'x/2026-03-home-timeline.html',
    list: '[aria-label="Timeline: Your Home Timeline"]',
    added: xPost('juno_p', 'Juno P') + xPost('sara_k', 'Sara K.'),
    newKey: 'x:juno_p',
    own: xPost('dan_viewer', 'Dan'),
    viewerKey: 'x:dan_viewer',
    first: '[data-testid="cellInnerDiv"]',
  },
  {
    name: 'whatsapp group messages',
    adapter: whatsappAdapter,
    path: 'whatsapp/2026-03-group.html',
    list: WA_LIST,
    added: waIncoming('NEW1', '+4915112345670', 'Mara Lind'),
    newKey: 'whatsapp:+4915112345670',
    own: waOutgoing('OWN1', '+1 555 010 0200'),
    viewerKey: 'whatsapp:+15550100200',
    first: `${WA_LIST} > [role="row"]`,
  },
  {
    name: 'generic links and h-cards (a page of no site has no viewer)',
    adapter: genericAdapter,
    path: 'generic/2026-05-team-page.html',
    list: 'body',
    added:
      '<p>Also <a href="mailto:ravi@example.in">Ravi</a></p><div class="h-card"><span class="p-name">Zoe Lam</span> <a class="u-url" href="https://x.com/zoelam">x</a></div>',
    newKey: 'x:zoelam',
    first: 'article.h-card',
  },
];

describe('region scans, each adapter family', () => {
  it.each(CASES)('$name', (c) => expectRegionScans(c));
});

describe('a full scan learns the viewer on its way', () => {
  // PagePeople takes find's `viewer` instead of calling `viewer`: both must say the same. (The
  // generic finder has no viewer to learn; PagePeople asks its `viewer`, two counts.)
  it.each(CASES.filter((c) => c.adapter !== genericAdapter))('$name', (c) => {
    const { doc, url } = fixture(c.path);
    expect(c.adapter.find(doc, url).viewer).toBeDefined();
    expect(c.adapter.find(doc, url).viewer).toEqual(c.adapter.viewer?.(doc, url));
    if (c.own) append(c.list, c.own)(doc);
    const viewer = c.adapter.find(doc, url).viewer;
    expect(viewer).toEqual(c.adapter.viewer?.(doc, url));
    if (c.viewerKey) expect([...(viewer?.keys ?? [])]).toContain(c.viewerKey);
  });
});
