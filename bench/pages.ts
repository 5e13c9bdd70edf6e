/**
 * Big pages built from the fixture markup (tests/fixtures/<site>/*.html): the same row, post or
 * message unit repeated thousands of times, each with a different person. Person `i` has the
 * identities of `personKeys(i)`; the bench's contacts hold the keys of every third person, so a
 * page shows known and unknown people like a real one.
 */

const FIRST = ['Ana', 'Bruno', 'Chidi', 'Dora', 'Elif', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lia'];
const LAST = ['Costa', 'Keller', 'Okafor', 'Nagy', 'Demir', 'Adeyemi', 'Larsen', 'Moreau', 'Silva', 'Weber'];

export function personName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Brazilian mobile numbers (+55 11 9xxxx-xxxx): valid for libphonenumber, one per person. */
export function personPhone(i: number): string {
  return `+55119${pad(i, 8)}`;
}

/** The identity keys the adapters derive for person `i` on each site. */
export function personKeys(i: number): string[] {
  return [
    `email:person${i}@example.com`,
    `x:person${i}`,
    `whatsapp:${personPhone(i)}`,
    `facebook:person.${i}`,
    `linkedin:person-${i}`,
    `instagram:person.${i}`,
  ];
}

export interface SitePage {
  site: string;
  url: string;
  /** The real fixture: the "largest fixture" of the find figure. */
  fixture: string;
  /** What one unit is, for the tables: "row", "post", "message". */
  unit: string;
  /** The container units are appended to. */
  container: string;
  /** How many units the big page starts with. */
  start: number;
  shell(units: string): string;
  item(i: number): string;
  /** false when the site shows one person per page (an Instagram DM names only the other person). */
  grows?: boolean;
}

export const SITE_PAGES: SitePage[] = [
  {
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    fixture: 'gmail/2026-07-thread.html',
    unit: 'row',
    container: 'table.F > tbody',
    start: 3000,
    shell: (units) =>
      `<!DOCTYPE html><html><head><title>Inbox (3) - pat.lee@example.com - Gmail</title></head><body><div role="main"><table cellpadding="0" class="F cf zt"><tbody>${units}</tbody></table></div></body></html>`,
    item: (i) =>
      `<tr class="zA yO" id=":r${i}" tabindex="-1"><td class="PF xY"></td><td class="oZ-x3 xY"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-checked="false"></div></td><td class="yX xY"><div class="yW"><span class="zF" email="person${i}@example.com" name="${personName(i)}">${personName(i)}</span></div></td><td class="xY a4W"><div class="xS" role="link"><div class="y6"><span><b>Order ${i}</b></span> - <span class="y2">a short preview of message ${i}</span></div></div></td><td class="xW xY"><span title="Thu, Dec 18, 2014 at 3:10 PM">3:10 pm</span></td></tr>`,
  },
  {
    site: 'outlook',
    url: 'https://outlook.office.com/mail/inbox',
    fixture: 'outlook/2026-03-reading.html',
    unit: 'row',
    container: '[role="listbox"]',
    start: 3000,
    shell: (units) =>
      `<!DOCTYPE html><html lang="de"><head><title>E-Mail – Robin Achterberg – Outlook</title></head><body><div id="O365_MainLink_Me" role="button" aria-label="Konto-Manager für Robin Achterberg" title="Robin Achterberg robin.achterberg@example.com"><div class="mectrl_profilepic">RA</div></div><div role="main"><div role="listbox" aria-label="Nachrichtenliste" data-app-section="MessageList">${units}</div></div></body></html>`,
    item: (i) =>
      `<div role="option" id="row-${i}" data-convid="AAQkAD${i}"><div class="XG5Jd"><span class="OZZZK" title="person${i}@example.com">${personName(i)}</span></div><div class="IjzWp">Bestellung ${i}</div><div class="FqgPc">Hallo Robin, eine kurze Vorschau ${i}</div></div>`,
  },
  {
    site: 'x',
    url: 'https://x.com/home',
    fixture: 'x/2025-12-profile.html',
    unit: 'post',
    container: '[aria-label="Timeline: Your Home Timeline"]',
    start: 2000,
    shell: (units) =>
      `<!DOCTYPE html><html dir="ltr" lang="en"><head><title>Home / X</title></head><body><header role="banner"><a href="/dan_viewer" data-testid="AppTabBar_Profile_Link" role="link">Profile</a></header><main role="main"><div data-testid="primaryColumn"><div aria-label="Timeline: Your Home Timeline">${units}</div></div></main></body></html>`,
    item: (i) =>
      `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article"><div data-testid="User-Name"><div><a href="/person${i}" role="link"><div dir="ltr"><span><span>${personName(i)}</span></span></div></a></div><div><a href="/person${i}" role="link"><div dir="ltr"><span>@person${i}</span></div></a></div></div><div data-testid="tweetText" dir="auto">Post number ${i} with a little text</div></article></div>`,
  },
  {
    site: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    fixture: 'whatsapp/2026-03-group.html',
    unit: 'message',
    container: '#main [role="application"]',
    start: 3000,
    shell: (units) =>
      `<!DOCTYPE html><html lang="en"><head><title>WhatsApp</title></head><body><div id="app"><div id="side"></div><div id="main"><header class="_amid"><div class="_amie" role="button"><div><span dir="auto" title="Wellness Team">Wellness Team</span></div></div></header><div class="_amjv" role="application">${units}</div><footer class="_ak1i"><div contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="10" aria-placeholder="Type a message"><p><br></p></div></footer></div></div></body></html>`,
    item: (i) => {
      const phone = personPhone(i);
      const shown = `+55 11 9${pad(i, 8).slice(0, 4)}-${pad(i, 8).slice(4)}`;
      return `<div role="row"><div data-id="false_120363000000000001@g.us_3EB0${pad(i, 8)}_${phone.slice(1)}@c.us"><div class="message-in focusable-list-item"><div class="_ahm_"><div class="_ahxj _ahxz x78zum5" role=""><span dir="auto" class="_ahxy x1iyjqo2">~ ${personName(i)}</span><span class="_ahx_" role="button">&#x202A;${shown}&#x202C;</span></div></div><div class="copyable-text" data-pre-plain-text="[09:01, 14/03/2026] ${shown}: "><span data-testid="selectable-text" dir="ltr" class="selectable-text">Message ${i}: who is joining the walk?</span></div></div></div></div>`;
    },
  },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/groups/880000000000001',
    fixture: 'facebook/2023-11-messenger-thread.html',
    unit: 'post',
    container: '[role="feed"]',
    start: 2000,
    shell: (units) =>
      `<!DOCTYPE html><html lang="en"><head><title>Healthy Living Circle | Facebook</title></head><body><div role="main"><div role="feed">${units}</div></div><script type="application/json" data-sjs="">{"require":[["CurrentUserInitialData",[],{"USER_ID":"100000000000099","NAME":"Vera Viewer"},270]]}</script></body></html>`,
    item: (i) =>
      `<div><div><h3><span><strong><a href="https://www.facebook.com/person.${i}" role="link">${personName(i)}</a></strong></span></h3><div data-ad-rendering-role="story_message"><div dir="auto">Post ${i}: morning routine tips for everyone in the group, share yours below!</div></div></div></div>`,
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/search/results/people/?keywords=wellness',
    fixture: 'linkedin/2024-07-profile.html',
    unit: 'result',
    container: 'ul[role="list"]',
    start: 2000,
    shell: (units) =>
      `<!DOCTYPE html><html><head><title>"wellness" | Search | LinkedIn</title></head><body><header class="global-nav"><div class="global-nav__me"><a href="https://www.linkedin.com/in/victor-viewer-77ab/"><img class="global-nav__me-photo" alt="Victor Viewer" src="data:,"></a></div></header><main class="scaffold-layout__main"><div class="search-results-container"><ul role="list">${units}</ul></div></main></body></html>`,
    item: (i) =>
      `<li class="reusable-search__result-container"><div class="entity-result"><span class="entity-result__title-text"><a class="app-aware-link" href="https://www.linkedin.com/in/person-${i}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA${i}"><span dir="ltr"><span aria-hidden="true">${personName(i)}</span><span class="visually-hidden">View ${personName(i)}’s profile</span></span></a><span class="entity-result__badge"><span aria-hidden="true">• 2nd</span></span></span><div class="entity-result__primary-subtitle">Health coach ${i}</div></div></li>`,
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/direct/t/17840000000000077/',
    fixture: 'instagram/2025-04-dm-thread.html',
    unit: 'message',
    container: '[role="grid"]',
    start: 2000,
    grows: false,
    shell: (units) =>
      `<!DOCTYPE html><html lang="en"><head><title>Instagram • Messages</title></head><body><div id="scrollview"><div><a href="https://www.instagram.com/sam.viewer/" role="link"><svg aria-label="Profile" role="img"></svg></a></div><section><main role="main"><section><div aria-label="Messages in conversation" role="grid">${units}</div></section></main></section></div></body></html>`,
    item: (i) =>
      `<div role="row"><div role="gridcell"><a href="https://www.instagram.com/person.${i}/" role="link"><span>person.${i}</span></a><div dir="auto">message ${i}</div></div></div>`,
  },
];

export function units(page: SitePage, from: number, count: number): string {
  let html = '';
  for (let i = from; i < from + count; i++) html += page.item(i);
  return html;
}

export function bigPage(page: SitePage, count = page.start): string {
  return page.shell(units(page, 0, count));
}

export function pageFor(site: string): SitePage {
  const page = SITE_PAGES.find((p) => p.site === site);
  if (!page) throw new Error(`no page for ${site}`);
  return page;
}
