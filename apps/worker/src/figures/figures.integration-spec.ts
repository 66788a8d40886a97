import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { JobName, QueueName, redisConnection, SCHEDULES } from '@khung/jobs';
import { Queue } from 'bullmq';
import { startInstallation, startWorker, waitFor, type Installation } from '../../test/harness.js';
import { FiguresProcessor } from './figures.processor.js';

interface FiguresRow {
  revision: number;
  current: number;
  completed: number;
  summary: string;
}

/** Reads an SSE stream and gives each event as it arrives. */
function openEvents(url: string) {
  const controller = new AbortController();
  const events: { type: string; data: any }[] = [];
  const done = fetch(url, { signal: controller.signal }).then(async (response) => {
    if (response.status !== 200) {
      events.push({ type: `http-${response.status}`, data: await response.text() });
      return;
    }
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? '';
        events.push({ type, data: data ? JSON.parse(data) : null });
      }
    }
  }).catch(() => undefined);
  return { events, close: async () => { controller.abort(); await done; } };
}

describe('figures recomputed by the worker', () => {
  let khung: Installation;
  let worker: INestApplicationContext;
  let planId: string;
  let tasks: { id: string; deadline: { text: string } }[];
  let queue: Queue;

  const quarter = '2026-Q1';
  const stored = async (): Promise<FiguresRow | undefined> =>
    (await khung.sql<FiguresRow>(
      `SELECT f.revision, coalesce(r.revision, 0) AS current, (f.figures->>'completed')::int AS completed, f.figures->>'summaryVi' AS summary
       FROM plan_figures f LEFT JOIN plan_revision r ON r.plan_id = f.plan_id WHERE f.plan_id = $1 AND f.period_code = $2`,
      [planId, quarter],
    ))[0];
  const current = async () => {
    const row = await stored();
    return row && row.revision === row.current ? row : undefined;
  };

  beforeAll(async () => {
    khung = await startInstallation();
    worker = await startWorker(khung.env);
    planId = (await khung.get('/api/plans')).body[0].id;
    tasks = (await khung.get(`/api/tasks?planId=${planId}`)).body;
    queue = new Queue(QueueName.Figures, { connection: redisConnection(khung.config.REDIS_URL), prefix: khung.config.KHUNG_QUEUE_PREFIX });
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    await khung?.close();
  });

  it('recomputes after a progress change, stores the figures and pushes an event to open boards', async () => {
    const stream = openEvents(`${khung.baseUrl}/api/plans/${planId}/events?access_token=${khung.adminToken}`);
    await waitFor('the event stream to open', () => stream.events.some((e) => e.type === 'ready'));
    const before = (await khung.get(`/api/plans/${planId}/stats?period=${quarter}`)).body;

    const [task] = tasks.filter((t) => t.deadline.text === 'Quý I/2026');
    const reply = await khung.patch(`/api/tasks/${task.id}`, { status: 'done', completedOn: '2026-03-20' });
    expect(reply.status).toBe(200);

    const row = await waitFor('the figures to include the change', async () => {
      const r = await current();
      return r && r.completed === before.completed + 1 ? r : undefined;
    });
    const event = await waitFor('a figures event', () => stream.events.find((e) => e.type === 'figures' && e.data.revision >= row.revision));
    expect(event.data).toMatchObject({ planId, periods: expect.arrayContaining([quarter, '2026-H1', '2026']) });
    const after = (await khung.get(`/api/plans/${planId}/stats?period=${quarter}`)).body;
    expect(after.completed).toBe(before.completed + 1);
    expect(after.taskIds.completed).toContain(task.id);
    await stream.close();
  });

  it('serves the stored figures while current, and never after a change they miss', async () => {
    await waitFor('current figures', current);
    await khung.sql(`UPDATE plan_figures SET figures = jsonb_set(figures, '{summaryVi}', '"from the store"') WHERE plan_id = $1 AND period_code = $2`, [planId, quarter]);
    expect((await khung.get(`/api/plans/${planId}/stats?period=${quarter}`)).body.summaryVi).toBe('from the store');

    const [task] = tasks.filter((t) => t.deadline.text === 'Tháng 01-03/2026');
    expect((await khung.patch(`/api/tasks/${task.id}`, { status: 'done', completedOn: '2026-03-21' })).status).toBe(200);
    // Read right after the write: the stored row no longer counts, whether or not the worker has caught up.
    const fresh = (await khung.get(`/api/plans/${planId}/stats?period=${quarter}`)).body;
    expect(fresh.summaryVi).not.toBe('from the store');
    expect(fresh.taskIds.completed).toContain(task.id);
    // A custom window is never stored: always computed.
    expect((await khung.get(`/api/plans/${planId}/stats?from=2026-01-01&to=2026-03-31`)).body.taskIds.completed).toContain(task.id);
  });

  it('coalesces a burst of changes on one plan into one recompute', async () => {
    const processor = worker.get(FiguresProcessor);
    await waitFor('current figures', current);
    await processor.worker.pause();
    const burst = tasks.filter((t) => t.deadline.text === 'Năm 2026').slice(0, 5);
    for (const task of burst) expect((await khung.patch(`/api/tasks/${task.id}`, { status: 'in_progress' })).status).toBe(200);
    await waitFor('the outbox to be relayed', async () => (await khung.sql(`SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NULL`))[0].n === 0);
    const recomputes = async (states: ('waiting' | 'prioritized' | 'delayed' | 'active' | 'completed')[]) =>
      (await queue.getJobs(states)).filter((job) => job.name === JobName.PlanFigures);
    const completedBefore = (await recomputes(['completed'])).length;
    try {
      expect(await recomputes(['waiting', 'prioritized', 'delayed', 'active'])).toHaveLength(1);
    } finally {
      processor.worker.resume();
    }
    await waitFor('current figures', current);
    expect(await recomputes(['completed'])).toHaveLength(completedBefore + 1);
  });

  it('schedules the nightly recompute of every plan, which an administrator can also run at once', async () => {
    const scheduler = await queue.getJobScheduler(SCHEDULES.nightlyFigures.id);
    expect(scheduler).toMatchObject({ pattern: '5 0 * * *', tz: 'Asia/Ho_Chi_Minh' });
    await khung.sql(`DELETE FROM plan_figures`);
    const member = await khung.login('vanphong', 'khung-demo-2026');
    expect((await khung.request('POST', '/api/admin/figures/recompute', {}, member)).status).toBe(403);
    const reply = await khung.post('/api/admin/figures/recompute', {});
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ plans: 1 });
    expect(await waitFor('the plan recomputed', current)).toBeTruthy();
    expect((await khung.sql(`SELECT count(*)::int AS n FROM plan_figures WHERE plan_id = $1`, [planId]))[0].n).toBeGreaterThanOrEqual(7);
  });

  it('refuses the event stream without a valid token, or for an unknown plan', async () => {
    expect((await khung.request('GET', `/api/plans/${planId}/events`)).status).toBe(401);
    expect((await khung.request('GET', `/api/plans/${planId}/events?access_token=not-a-token`)).status).toBe(401);
    const unknown = openEvents(`${khung.baseUrl}/api/plans/00000000-0000-4000-8000-000000000000/events?access_token=${khung.adminToken}`);
    await waitFor('an answer', () => unknown.events.length > 0);
    expect(unknown.events[0].type).toBe('http-404');
    await unknown.close();
    // The token in the query string is for event streams only.
    expect((await khung.request('GET', `/api/plans/${planId}/stats?access_token=${khung.adminToken}`)).status).toBe(401);
  });
});
