import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, EXTENSION_DIR } from './browser';
import { bundle } from './bundle-code';

/**
 * An extension page (the extension's origin) with the bench module loaded: `window.__kb`.
 * The page's CSP (script-src 'self') refuses inline scripts, so the bundle is written into the
 * build folder as bench-ext.js and loaded from a bench.html written beside it. Both are bench-only
 * files written at bench time: never in the sources, never in a zip (wxt zip builds anew).
 */
export async function openExtPage(browser: Browser): Promise<Page> {
  const code = await bundle('bench/inpage/ext.ts');
  writeFileSync(join(EXTENSION_DIR, 'bench-ext.js'), code);
  writeFileSync(
    join(EXTENSION_DIR, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><title>Kindred bench</title><script src="bench-ext.js"></script>\n',
  );
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/bench.html`);
  await page.waitForFunction(() => '__kb' in globalThis);
  return page;
}

export type Kb = Record<string, (...args: never[]) => Promise<unknown>>;
