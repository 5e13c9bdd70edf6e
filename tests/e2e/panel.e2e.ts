import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, openPanel } from './harness';

/**
 * Every side-panel view, driven as a user would: first run with demo contacts, Today, a contact
 * card (log, snooze, skip, promote, draft), quick lookup with the keyboard, Settings.
 */
let h: Harness;
let panel: Page;

beforeAll(async () => {
  h = await launch();
  panel = await openPanel(h);
  await panel.setViewportSize({ width: 360, height: 800 });
});
afterAll(async () => {
  await h?.close();
});

const count = (name: RegExp) => panel.getByRole('heading', { name }).locator('.count').innerText();

describe('side panel', () => {
  it('first run explains the ladder, asks the name and team call, and offers demo contacts', async () => {
    await expect.poll(() => panel.getByRole('heading', { name: 'Welcome to Kindred' }).count()).toBe(1);
    expect(await panel.locator('.welcome').innerText()).toContain('associate → friend → family');
    await panel.getByLabel(/Your first name/).fill('Dana');
    await panel.getByLabel('Your weekly team call').selectOption('tuesday');
    await panel.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => panel.getByRole('tab', { name: /Today/ }).count()).toBe(1);
    await expect.poll(() => panel.locator('.demo-banner').innerText()).toContain('5 demo contacts');
  });

  it('Today groups overdue, due today, the week and at-risk people, with counts', async () => {
    await panel.getByRole('tab', { name: /Today/ }).click();
    await expect.poll(() => panel.getByRole('heading', { name: /At risk/ }).count()).toBe(1);
    expect(Number(await count(/At risk/))).toBeGreaterThanOrEqual(1);
    expect(await panel.locator('.group.risk').innerText()).toContain('Tom Okafor');
    // the most at-risk first (Chromium reads the risk index backwards in one getAll)
    const scores = (await panel.locator('.group.risk').innerText()).match(/At-risk score \d+/g) ?? [];
    const values = scores.map((s) => Number(s.split(' ').pop()));
    expect(values.length).toBeGreaterThanOrEqual(1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('a contact card logs touches, snoozes and skips suggestions, and moves up the ladder', async () => {
    await panel.getByRole('button', { name: 'Open Tom Okafor' }).first().click();
    await expect.poll(() => panel.getByRole('heading', { name: 'Tom Okafor' }).count()).toBe(1);
    expect(await panel.locator('.risk-notice').innerText()).toMatch(/At risk/);
    const suggestions = panel.locator('.suggestion');
    const before = await suggestions.count();
    expect(before).toBeGreaterThan(0);
    const firstKind = await suggestions.first().locator('strong').innerText();
    await suggestions.first().getByRole('button', { name: 'Snooze' }).click();
    await suggestions.first().getByRole('button', { name: 'A week' }).click();
    await expect
      .poll(async () => (await panel.locator('.suggestion strong').allInnerTexts()).includes(firstKind))
      .toBe(false);

    await panel.getByRole('button', { name: 'Called' }).click();
    await expect.poll(() => panel.locator('.quick-log .status').innerText()).toContain('Logged: called');
    await expect.poll(() => panel.locator('.timeline').innerText()).toContain('Call (two-way)');

    await panel.getByRole('button', { name: 'Promote to friend' }).click();
    await expect.poll(() => panel.locator('.ladder [aria-current="step"]').innerText()).toBe('Friend');
  });

  it('drafts a message from the template with the contact and the user filled in', async () => {
    const draftButton = panel.locator('.suggestion').first().getByRole('button', { name: 'Draft' });
    await draftButton.click();
    const box = panel.locator('.draft textarea');
    await expect.poll(() => box.inputValue()).toContain('Tom');
    expect(await box.inputValue()).not.toMatch(/\{\w+\}/); // no placeholder left unfilled
    await box.fill('Hi Tom, how are you getting on?');
    await panel.getByRole('button', { name: 'Insert' }).click();
    // no site tab has a message box here: the draft goes to the clipboard and the user is told
    await expect.poll(() => panel.locator('.draft .status').innerText()).toMatch(/clipboard/);
  });

  it('quick lookup: type, arrow down, Enter opens the contact', async () => {
    await panel.getByRole('tab', { name: 'Search' }).click();
    const box = panel.getByRole('combobox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('ma');
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
    const names = await panel.getByRole('option').allInnerTexts();
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await expect
      .poll(() => panel.locator('#contact-name').innerText())
      .toBe(
        names[0]!
          .split('\n')[0]!
          .replace(/\s+(Associate|Friend|Family).*$/, '')
          .trim(),
      );
  });

  it('navigates between views with the arrow keys', async () => {
    await panel.getByRole('tab', { name: 'Search' }).focus();
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getByRole('tab', { name: 'Settings', selected: true }).count()).toBe(1);
    await panel.keyboard.press('Home');
    await expect.poll(() => panel.getByRole('tab', { name: /On this page/, selected: true }).count()).toBe(1);
  });

  it('settings: a changed cadence is kept; a bad one is refused with the field named', async () => {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const friend = panel.getByLabel('Friend', { exact: true });
    await friend.fill('10');
    await friend.press('Tab');
    await expect.poll(() => panel.locator('.settings .status').innerText()).toBe('Saved.');
    await panel.reload();
    await expect.poll(() => panel.getByLabel('Friend', { exact: true }).inputValue()).toBe('10');
    await panel.getByLabel('Friend', { exact: true }).fill('-4');
    await panel.getByLabel('Friend', { exact: true }).press('Tab');
    await expect.poll(() => panel.locator('.settings .status').innerText()).toMatch(/cadenceDays\.friend/);
  });

  it('removes the demo contacts in one click', async () => {
    await panel.getByRole('button', { name: 'Remove demo contacts' }).click();
    await expect.poll(() => panel.locator('.demo-banner').count()).toBe(0);
    await panel.getByRole('tab', { name: /Today/ }).click();
    await expect.poll(() => panel.locator('.empty').innerText()).toMatch(/Nobody needs a touch/);
  });
});
