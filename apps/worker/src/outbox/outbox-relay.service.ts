import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@khung/config';
import { DEFAULT_JOB_OPTIONS, JobName, jobIds, OutboxEventType, producerConnection, QueueName, type OutboxPayloads } from '@khung/jobs';
import { Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { planFiguresJob } from '../figures/plan-figures-job.js';

type OutboxRow = { [T in OutboxEventType]: { id: string; type: T; payload: OutboxPayloads[T]; created_at: Date } }[OutboxEventType];

const BATCH = 200;
const IDLE_MS = 200;
const RETRY_MS = 1_000;

/**
 * The transactional outbox's relay: pending rows become BullMQ jobs with ids made from the row
 * id, and are marked relayed in the same transaction, once Redis has accepted the jobs. With
 * Redis down the add fails at once, the transaction rolls back and the rows wait; when Redis is
 * back the backlog drains. `FOR UPDATE SKIP LOCKED` lets several workers relay side by side
 * without taking the same row; a row relayed twice (a crash between the add and the commit)
 * meets its own job id and adds nothing.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly figures: Queue;
  private readonly reminders: Queue;
  private readonly stop = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) config: AppConfig,
  ) {
    const options = { connection: producerConnection(config.REDIS_URL), prefix: config.KHUNG_QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS };
    this.figures = new Queue(QueueName.Figures, options);
    this.reminders = new Queue(QueueName.Reminders, options);
    // Redis being away is reported once by the loop below, not on every reconnection attempt.
    for (const queue of [this.figures, this.reminders]) queue.on('error', () => undefined);
  }

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  /** Lets the batch in hand finish (its rows are either relayed or left pending), then stops. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.loop;
    await Promise.all([this.figures.close(), this.reminders.close()]);
  }

  private async run(): Promise<void> {
    let failing = false;
    while (!this.stop.signal.aborted) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
        if (failing) this.logger.log('Outbox relay resumed');
        failing = false;
      } catch (error) {
        if (!failing) this.logger.warn(`Outbox relay waiting: ${(error as Error).message}; the rows stay pending`);
        failing = true;
      }
      if (relayed < BATCH) await sleep(failing ? RETRY_MS : IDLE_MS, undefined, { signal: this.stop.signal }).catch(() => undefined);
    }
  }

  /** Relays up to BATCH pending rows, oldest first; returns how many. */
  async relayBatch(): Promise<number> {
    return this.db.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, type, payload, created_at FROM outbox_event WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (!rows.length) return 0;
      const figures = rows.map((row) => planFiguresJob(row.payload.planId, jobIds.fromOutbox(row.id, row.created_at)));
      const sweeps = rows
        .filter((row) => row.type === OutboxEventType.PlanIssued)
        .map((row) => ({ name: JobName.ReminderSweep, data: { planId: row.payload.planId }, opts: { jobId: jobIds.fromOutbox(row.id, row.created_at) } }));
      await this.figures.addBulk(figures);
      if (sweeps.length) await this.reminders.addBulk(sweeps);
      await em.query(`UPDATE outbox_event SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}
