import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { privateRedis, startInstallation, startWorker, waitFor, type Installation, type PrivateRedis } from '../../test/harness.js';

/** The API and the worker on a Redis of their own, which the test stops and starts again. */
describe('writes while Redis is down', () => {
  let redis: PrivateRedis;
  let khung: Installation;
  let worker: INestApplicationContext;
  let planId: string;

  const pending = async () => (await khung.sql(`SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NULL`))[0].n as number;
  const storedCompleted = async () =>
    (await khung.sql(
      `SELECT (f.figures->>'completed')::int AS completed FROM plan_figures f LEFT JOIN plan_revision r ON r.plan_id = f.plan_id
       WHERE f.plan_id = $1 AND f.period_code = '2026' AND f.revision = coalesce(r.revision, 0)`,
      [planId],
    ))[0]?.completed as number | undefined;

  beforeAll(async () => {
    redis = await privateRedis();
    khung = await startInstallation({ REDIS_URL: redis.url });
    worker = await startWorker(khung.env);
    planId = (await khung.get('/api/plans')).body[0].id;
  });
  afterAll(async () => {
    await worker?.close();
    await khung?.close();
    await redis?.stop();
  });

  it('keeps every write, and the figures take them in once Redis is back', async () => {
    const tasks: { id: string; deadline: { text: string } }[] = (await khung.get(`/api/tasks?planId=${planId}`)).body;
    const [first, ...rest] = tasks.filter((t) => t.deadline.text === 'Năm 2026');
    expect((await khung.patch(`/api/tasks/${first.id}`, { status: 'done', completedOn: '2026-03-02' })).status).toBe(200);
    const before = await waitFor('figures with the first write', async () => {
      const completed = await storedCompleted();
      return completed !== undefined && (await pending()) === 0 ? completed : undefined;
    });

    await redis.stop();
    const written = rest.slice(0, 4);
    for (const [i, task] of written.entries()) {
      const reply = await khung.patch(`/api/tasks/${task.id}`, { status: 'done', completedOn: `2026-03-1${i}` });
      expect(reply.status).toBe(200);
    }
    // Nothing can be relayed: the rows wait, and the stored figures are not served (they miss the writes).
    expect(await pending()).toBe(written.length);
    expect(await storedCompleted()).toBeUndefined();
    const meanwhile = (await khung.get(`/api/plans/${planId}/stats?period=2026`)).body;
    expect(meanwhile.completed).toBe(before + written.length);
    expect((await khung.request('GET', '/api/health')).status).toBe(503);

    await redis.start();
    expect(await waitFor('the backlog to drain into the figures', async () => {
      const completed = await storedCompleted();
      return completed === before + written.length && (await pending()) === 0;
    }, 60_000)).toBe(true);
    expect((await khung.get(`/api/plans/${planId}/stats?period=2026`)).body.taskIds.completed).toEqual(expect.arrayContaining(written.map((t) => t.id)));
  });
});
