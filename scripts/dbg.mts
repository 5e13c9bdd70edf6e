import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const EXT = '/work/main/.output/chrome-mv3';
const ctx = await chromium.launchPersistentContext('/tmp/dbg-prof-' + Date.now(), {
  executablePath: '/usr/bin/chromium',
  headless: false,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
  ],
});
const demo = readFileSync('tests/fixtures/gmail/2026-07-thread.html', 'utf8');
await ctx.route('https://mail.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: demo }));
const w = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
w.on('console', (m) => console.log('SW:', m.text()));
const id = new URL(w.url()).host;
const p = await ctx.newPage();
await p.goto(`chrome-extension://${id}/sidepanel.html`);
console.log(
  await p.evaluate(
    `(async () => { const r = await chrome.runtime.sendMessage({type:'panel->bg:seedDemo', payload:{}}); return JSON.stringify(r); })()`,
  ),
);
const s = await ctx.newPage();
await s.goto('https://mail.google.com/mail/u/0/#inbox/x');
await s.waitForTimeout(1500);
console.log(
  await p.evaluate(
    `(async () => { const [tab] = await chrome.tabs.query({url:'https://mail.google.com/*'}); const r = await chrome.runtime.sendMessage({type:'panel->bg:pagePeople', payload:{tabId: tab.id}}); return JSON.stringify(r); })()`,
  ),
);
console.log(await w.evaluate(`(async () => { return 1 })()`));
await ctx.close();
