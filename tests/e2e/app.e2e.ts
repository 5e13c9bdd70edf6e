import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

const CSV = [
  'First Name,Last Name,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value',
  'Maria,Lopez,1990-03-15,Met at the fair,* myContacts ::: Team,* Home,maria@example.com,Mobile,+34 612 345 678',
  'Tom,Baker,--07-04,,* myContacts,,tom@example.org,,',
  'Ana,Silva,,,,,ana@example.net,,',
  'Priya,Sharma,,,,,priya@example.com,,',
  'Bad,Date,1990-02-30,,,,bad@example.com,,',
].join('\r\n');

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function openApp(h: Harness, hash = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/app.html${hash}`);
  return page;
}

/** A message to the background from the app page, as its own code sends them. */
function send(page: Page, type: string, payload: unknown) {
  return page.evaluate(
    ([t, p]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        type: t,
        payload: p,
      }),
    [type, payload] as const,
  );
}

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/app-${name}.png`, fullPage: false });

describe('App page, end to end', () => {
  it('imports a Google CSV with a preview, lists, deletes and undoes, exports a backup', async () => {
    h = await launch();
    const page = await openApp(h, '#import');
    await page.setViewportSize({ width: 1200, height: 900 });
    // Two people the user already has: Tom by email (merged), Priya by name only (a possible duplicate).
    expect(
      await send(page, 'panel->bg:addContact', {
        contact: { name: 'Tom B', role: 'customer', stage: 'friend', identities: ['email:tom@example.org'] },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await send(page, 'panel->bg:addContact', {
        contact: { name: 'Priya Sharma', role: 'prospect', stage: 'associate' },
      }),
    ).toMatchObject({ ok: true });

    await page
      .getByLabel(/Contacts file/)
      .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    const counts = page.getByRole('list', { name: 'What this import will do' });
    await counts.waitFor({ timeout: 15_000 });
    const count = (what: string) => counts.locator(`[data-count="${what}"] strong`).innerText();
    expect(await count('new')).toBe('4');
    expect(await count('matching')).toBe('1');
    expect(await count('possible')).toBe('1');
    expect(await count('errors')).toBe('0');
    await expect.poll(() => page.getByText('Priya Sharma ~ Priya Sharma').count()).toBe(1);
    await page.getByLabel('Role').selectOption('customer');
    await page.getByLabel(/^Tags/).fill('Fair 2026');
    await shot(page, 'import-preview');
    await page.getByRole('button', { name: 'Import 5 contacts' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Imported contacts.csv' }).innerText(), {
        timeout: 20_000,
      })
      .toContain('4 new contacts, 1 existing contacts updated');

    await page.getByRole('link', { name: 'See them in Contacts' }).click();
    const table = page.locator('table.contacts-table tbody');
    await expect
      .poll(() => table.locator('td.name-cell').allInnerTexts(), { timeout: 10_000 })
      .toEqual(['Ana Silva', 'Bad Date', 'Maria Lopez', 'Priya Sharma', 'Priya Sharma', 'Tom B']);
    expect(await table.locator('tr', { hasText: 'Tom B' }).innerText()).toContain('Fair 2026');
    await shot(page, 'contacts');

    // filter, then bulk-delete one and undo
    await page.getByLabel('Search').fill('ana');
    await expect.poll(() => table.locator('td.name-cell').allInnerTexts()).toEqual(['Ana Silva']);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Select Ana Silva').check();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => table.locator('td.name-cell').count()).toBe(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => table.locator('td.name-cell').allInnerTexts()).toContain('Ana Silva');
    expect(await table.locator('td.name-cell').count()).toBe(6);

    // sort by name descending
    await page.getByRole('button', { name: /^Name/ }).click();
    expect(await table.locator('td.name-cell').first().innerText()).toBe('Tom B');

    // backup reminder until the first backup; the JSON backup parses and holds everything
    await page.goto(`chrome-extension://${h.extensionId}/app.html#export`);
    await expect.poll(() => page.locator('.backup-reminder').count()).toBe(1);
    await shot(page, 'export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const file = await download.path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup.kind).toBe('kindred-backup');
    expect(backup.contacts).toHaveLength(6);
    expect(backup.contacts.map((c: { name: string }) => c.name)).toContain('Maria Lopez');
    await expect.poll(() => page.locator('.backup-reminder').count(), { timeout: 10_000 }).toBe(0);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('maria@example.com');
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar' }).click(),
    ]);
    expect(readFileSync(await ics.path(), 'utf8')).toContain('SUMMARY:Birthday: Maria Lopez');

    // restore: the file goes to the background in chunks; a corrupt one changes nothing
    const text = readFileSync(file, 'utf8');
    expect(text.indexOf('\n')).toBe(text.length - 1); // compact JSON
    const pick = (name: string, body: string) =>
      page.getByLabel(/Backup file/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    expect(text).toContain('"name":"Maria Lopez"');
    await pick('bad.json', text.replace('"name":"Maria Lopez"', '"name":""'));
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await expect
      .poll(() => page.locator('.restore [role="alert"]').innerText(), { timeout: 20_000 })
      .toMatch(/Nothing was changed: .*contacts\[\d+\]\.name/);
    await pick('good.json', text);
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => page.getByText('Restored: 6 contacts.').count(), { timeout: 20_000 }).toBe(1);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const exportedAt = (t: string) => t.replace(/"exportedAt":\d+/, '"exportedAt":0');
    expect(exportedAt(readFileSync(await again.path(), 'utf8'))).toBe(exportedAt(text));

    // the other sections render
    for (const hash of ['merge', 'playbook', 'templates', 'trash']) {
      await page.goto(`chrome-extension://${h.extensionId}/app.html#${hash}`);
      await page.locator('main h2').first().waitFor();
      await page.waitForTimeout(400);
      await shot(page, hash);
    }
    await page.goto(`chrome-extension://${h.extensionId}/app.html#merge`);
    await page.getByRole('button', { name: /^Merge into/ }).click();
    await expect.poll(() => page.getByText('No duplicates found.').count(), { timeout: 10_000 }).toBe(1);

    // dark theme follows the system
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`chrome-extension://${h.extensionId}/app.html#trash`);
    await page.getByRole('button', { name: 'Restore Priya Sharma' }).waitFor();
    await shot(page, 'trash-dark');

    const outside = h.requests.filter((r) => !/^(chrome-extension|data|blob|chrome):/.test(r.url()));
    expect(outside.map((r) => r.url())).toEqual([]);
  });
});
