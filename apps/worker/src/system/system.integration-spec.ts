import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@khung/config';
import { JobName, QueueName, redisConnection } from '@khung/jobs';
import { Queue, QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { WorkerModule } from '../worker.module.js';

describe('worker', () => {
  const config = loadConfig({ NODE_ENV: 'test', KHUNG_QUEUE_PREFIX: `khung-test-${randomBytes(4).toString('hex')}` });
  const connection = redisConnection(config.REDIS_URL);
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
    queue = new Queue(QueueName.System, { connection, prefix: config.KHUNG_QUEUE_PREFIX });
    events = new QueueEvents(QueueName.System, { connection, prefix: config.KHUNG_QUEUE_PREFIX });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await worker.close();
    await queue.obliterate({ force: true });
    await Promise.all([queue.close(), events.close()]);
  });

  it('processes a health job taken from Redis', async () => {
    const job = await queue.add(JobName.HealthCheck, { requestedAt: '2026-03-24T08:00:00.000Z' });
    const result = await job.waitUntilFinished(events);
    expect(result).toMatchObject({ ok: true, requestedAt: '2026-03-24T08:00:00.000Z' });
    expect(Date.parse(result.processedAt)).not.toBeNaN();
  });
});
