import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startKhung, type KhungServer } from './khung-server.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

describe('the plan appendix in Chromium', () => {
  let khung: KhungServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [khung, browser] = await Promise.all([startKhung(), launchChromium()]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await khung?.stop();
  });

  it('refuses a wrong password in both languages', async () => {
    await page.goto(khung.baseUrl);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toMatch(/Sai tên đăng nhập.*Wrong username/s);
  });

  it('shows the 2026 plan as its appendix, and finds tasks without diacritics', async () => {
    await page.getByTestId('login-password').fill('khung-demo-2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('appendix').waitFor();
    expect(await page.getByTestId('task-row').count()).toBe(45);
    await expect(page.getByTestId('task-count').textContent()).resolves.toContain('45');
    const table = (await page.getByTestId('appendix').textContent()) ?? '';
    expect(table).toContain('CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    expect(table).toContain('Ban hành Kế hoạch CCHC năm 2026.');
    expect(table).toContain('15/01/2026');

    await page.getByTestId('task-search').fill('MUC DO hai long');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-row"]').length < 45);
    const rows = await page.getByTestId('task-row').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Nâng cao mức độ hài lòng của người dân');
    expect(fold(rows[0])).toContain('muc do hai long');
  });
});
