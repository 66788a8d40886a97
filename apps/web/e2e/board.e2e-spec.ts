import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startKhung, type KhungServer } from './khung-server.js';

// With KHUNG_SCREENSHOTS=<folder> (docs/screenshots for the README), the last test also saves
// the board, the plan and the dashboard as a coordinator sees them, at 1440×900.
const SCREENSHOTS = process.env.KHUNG_SCREENSHOTS;

/** A small but real PDF: the API recognises evidence by its first bytes. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The completion day to report: today, but inside the plan's year so that it counts in the 2026 figures. */
const completedOn = (() => {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  return today < '2026-12-31' ? today : '2026-12-31';
})();

describe('the board, the task drawer and the dashboard in Chromium', () => {
  let khung: KhungServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [khung, browser] = await Promise.all([startKhung({ worker: true }), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await khung?.stop();
  });

  async function logIn(username: string) {
    await page.goto(khung.baseUrl);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill('khung-demo-2026');
    await page.getByTestId('login-submit').click();
  }

  const column = (unitName: string) =>
    page.getByTestId('unit-column').filter({ has: page.getByRole('heading', { name: new RegExp(`^${unitName}`) }) });

  async function openDashboard() {
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('summary').waitFor();
  }

  it('lets a unit member find a task without diacritics, record progress with evidence, and see the figures move', async () => {
    await logIn('qlcn');
    await page.getByTestId('board').waitFor();
    // The unit's group leads 7 tasks of the 2026 plan, none done yet; its column comes first.
    const group = column('Các phòng chuyên môn');
    await expect(group.getByTestId('column-progress').textContent()).resolves.toBe('0/7 · 0%');
    await expect(page.getByTestId('unit-column').first().getByRole('heading').textContent()).resolves.toContain('Các phòng chuyên môn');

    await openDashboard();
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('Đạt 0% KH năm');
    await expect(page.getByTestId('figure-completed-value').textContent()).resolves.toBe('0');

    await page.getByTestId('nav-board').click();
    await page.getByTestId('task-search').fill('so hoa HO SO');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-card"]').length === 1);
    const card = page.getByTestId('task-card');
    await expect(card.textContent()).resolves.toContain('Nâng cao tỷ lệ số hóa hồ sơ');

    await card.getByRole('link').click();
    const drawer = page.getByTestId('task-drawer');
    await drawer.getByTestId('progress-form').waitFor();
    await expect(drawer.getByTestId('drawer-task-text').textContent()).resolves.toContain('số hóa hồ sơ');
    await drawer.getByTestId('progress-status').selectOption('done');
    await drawer.getByTestId('progress-completed-on').fill(completedOn);
    await drawer.getByTestId('progress-note').fill('Đã số hóa 100% hồ sơ TTHC tiếp nhận trong năm.');
    await drawer.getByTestId('progress-doc-number').fill('245/BC-QLCN');
    await drawer.getByTestId('progress-file').setInputFiles({ name: 'bao-cao-so-hoa.pdf', mimeType: 'application/pdf', buffer: PDF });
    await drawer.getByTestId('progress-submit').click();
    await drawer.getByTestId('progress-saved').waitFor();

    const entry = drawer.getByTestId('progress-entry').first();
    await entry.getByTestId('evidence-file').waitFor();
    await expect(entry.textContent()).resolves.toMatch(/Đã hoàn thành.*245\/BC-QLCN.*bao-cao-so-hoa\.pdf/s);
    await drawer.getByTestId('drawer-close').click();
    await drawer.waitFor({ state: 'detached' });

    // The card and its unit's column follow without a reload: 1 of 7 done.
    await page.locator('[data-testid="task-card"][data-status="done"]').waitFor();
    await page.getByTestId('task-search').fill('');
    await group.getByTestId('column-progress').filter({ hasText: '1/7 · 14,3%' }).waitFor();

    await openDashboard();
    await page.waitForFunction(() => document.querySelector('[data-testid="figure-completed-value"]')?.textContent === '1');
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('Đạt 2,2% KH năm');
    const unitRow = page.getByTestId('chart-units').getByTestId('chart-row').filter({ hasText: 'Các phòng chuyên môn' });
    await expect(unitRow.getByTestId('chart-row-progress').textContent()).resolves.toBe('1/7 · 14,3%');

    // Every number opens the tasks behind it.
    await page.getByTestId('figure-completed').click();
    const behind = page.getByTestId('figure-tasks');
    await expect(behind.getByTestId('task-list-item').allTextContents()).resolves.toEqual([expect.stringContaining('số hóa hồ sơ')]);
    await page.keyboard.press('Escape');
    await behind.waitFor({ state: 'detached' });
  });

  /** Marks a task done straight through the API, as another person on another machine would. */
  async function completeElsewhere(username: string, search: string) {
    const call = async <T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> => {
      const response = await fetch(`${khung.baseUrl}/api${path}`, {
        method: init.method ?? 'GET',
        headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const { accessToken: token } = await call<{ accessToken: string }>('/auth/login', { method: 'POST', body: { username, password: 'khung-demo-2026' } });
    const [task] = await call<{ id: string; version: number }[]>(`/tasks?q=${encodeURIComponent(search)}`, { token });
    await call(`/tasks/${task.id}/progress`, { method: 'POST', token, body: { status: 'done', completedOn, version: task.version } });
  }

  it('shows leadership the figures live as the worker recomputes them, and the overdue list', async () => {
    await page.getByTestId('logout').click();
    await logIn('lanhdao');
    await page.getByTestId('board').waitFor();
    await openDashboard();
    await page.waitForFunction(() => document.querySelector('[data-testid="figure-completed-value"]')?.textContent === '1');

    // Someone else reports a task done; the open dashboard hears it by server-sent events, no reload.
    await completeElsewhere('qlcn', 'long ghep vao cac hoi thao');
    await page.waitForFunction(() => document.querySelector('[data-testid="figure-completed-value"]')?.textContent === '2');
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('Đạt 4,4% KH năm');

    const overdue = page.getByTestId('overdue-list').getByTestId('task-list-item');
    await overdue.first().waitFor();
    const count = Number(await page.getByTestId('figure-overdue-value').textContent());
    expect(count).toBeGreaterThan(0);
    await expect(overdue.count()).resolves.toBe(count);
    // Due 15/01/2026, and nobody has done it.
    const first = overdue.filter({ hasText: 'Ban hành Kế hoạch CCHC năm 2026.' });
    await expect(first.textContent()).resolves.toContain('15/01/2026');

    await first.getByRole('link').click();
    const drawer = page.getByTestId('task-drawer');
    await drawer.getByTestId('comment-body').waitFor(); // leaders comment…
    await expect(drawer.getByTestId('progress-form').count()).resolves.toBe(0); // …but do not report progress
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('shows a coordinator the plan with its cells editable in place', async () => {
    await page.getByTestId('logout').click();
    await logIn('vanphong');
    await page.getByTestId('board').waitFor();
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'board.png') });
    }

    await page.getByTestId('nav-plan').click();
    await page.getByTestId('appendix').waitFor();
    await page.getByTestId('plan-controls').waitFor();
    const row = page.getByTestId('task-row').filter({ hasText: 'Ban hành Kế hoạch CCHC năm 2026.' });
    await row.locator('.cell-budget').getByTestId('edit-cell').click();
    await row.getByTestId('edit-text').fill('Ngân sách Văn phòng Sở');
    await row.getByTestId('edit-save').click();
    // Saved and read back: the cell shows the new text with its edit button again.
    await row.locator('.cell-budget').filter({ hasText: 'Ngân sách Văn phòng Sở' }).getByTestId('edit-cell').waitFor();
    if (SCREENSHOTS) {
      await row.locator('.cell-deadline').hover(); // shows a cell's ✎ in the picture
      await page.screenshot({ path: join(SCREENSHOTS, 'plan.png') });
    }

    await openDashboard();
    await page.getByTestId('overdue-list').waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png') });
  });
});
