// The board's first paint as a user sees it: the built web app served by the api, opened in
// headless Chromium on a plan's board, cold each run (a fresh browser context: no cached assets
// or API answers; the login token is put where the app keeps it, in sessionStorage). The board
// renders all its cards in one commit once the plan is read: it is ready at the frame after the
// first one that has it (that frame's style, layout and paint done). Times from navigation start.
import { launchChromium } from '../../web/e2e/browser.js';
import { percentile } from './measure.js';

type Timing = { median: number; p99: number };
type Watched = { boardPainted?: number };

const summary = (times: number[]): Timing => ({ median: percentile(times, 0.5), p99: percentile(times, 0.99) });

/**
 * Runs in the page before the app: logs in, then notes when the board (no spinner left) has been
 * painted. No named functions inside: tsx would wrap them in a helper the page does not have.
 */
function prepare(token: string): void {
  sessionStorage.setItem('khung.accessToken', token);
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="board"]') || document.querySelector('[data-testid="loading"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => ((window as Watched).boardPainted = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** First paint of the board for a plan, in headless Chromium (Debian's /usr/bin/chromium via playwright-core). */
export async function boardPaint(options: { baseUrl: string; username: string; password: string; planId: string; runs: number }): Promise<{
  firstContentfulPaint: Timing;
  boardReady: Timing;
  tasksShown: number;
}> {
  const { baseUrl, username, password, planId, runs } = options;
  const reply = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!reply.ok) throw new Error(`login as ${username}: ${reply.status}`);
  const { accessToken } = (await reply.json()) as { accessToken: string };

  const browser = await launchChromium();
  const paints: number[] = [];
  const ready: number[] = [];
  let tasksShown = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(prepare, accessToken);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/?view=board&plan=${encodeURIComponent(planId)}`);
      ready.push(Number(await (await page.waitForFunction(() => (window as Watched).boardPainted)).jsonValue()));
      paints.push(Number(await (await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)).jsonValue()));
      // A task with two lead units has a card in each of their columns: count tasks, not cards.
      tasksShown = await page.$$eval('[data-testid="task-card"]', (cards) => new Set(cards.map((c) => c.dataset.taskId)).size);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { firstContentfulPaint: summary(paints), boardReady: summary(ready), tasksShown };
}
