import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@khung/config';
import { JobName, QueueName, redisConnection } from '@khung/jobs';
import { Queue, QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { clearQueues, migratedDatabase, startWorker } from '../../test/harness.js';

describe('worker', () => {
  const prefix = `khung-test-${randomBytes(4).toString('hex')}`;
  const connection = redisConnection(loadConfig({}).REDIS_URL);
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    database = await migratedDatabase();
    worker = await startWorker({ NODE_ENV: 'test', DATABASE_URL: database.url, KHUNG_QUEUE_PREFIX: prefix });
    queue = new Queue(QueueName.System, { connection, prefix });
    events = new QueueEvents(QueueName.System, { connection, prefix });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all([queue.close(), events.close()]);
    await clearQueues(loadConfig({}).REDIS_URL, prefix);
    await database.drop();
  });

  it('processes a health job taken from Redis', async () => {
    const job = await queue.add(JobName.HealthCheck, { requestedAt: '2026-03-24T08:00:00.000Z' });
    const result = await job.waitUntilFinished(events);
    expect(result).toMatchObject({ ok: true, requestedAt: '2026-03-24T08:00:00.000Z' });
    expect(Date.parse(result.processedAt)).not.toBeNaN();
  });

  it('refuses to start when a queue declares a job it does not handle', async () => {
    const { assertHandlers } = await import('../job-handlers.js');
    expect(() => assertHandlers(QueueName.Figures, { [JobName.PlanFigures]: async (p: { planId: string }) => ({ planId: p.planId, revision: 0, periods: [] }) } as never)).toThrow(
      'Queue "figures" declares jobs [all-figures, plan-figures] but handles [plan-figures]',
    );
  });
});
