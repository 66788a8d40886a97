import { Inject, Injectable, InternalServerErrorException, ServiceUnavailableException, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@khung/config';
import type { QueueCountsView } from '@khung/contracts';
import { JobName, producerConnection, QueueName, redisConnection, type SweepResult } from '@khung/jobs';
import { Queue, QueueEvents } from 'bullmq';
import type { SweepDto } from './dto/sweep.dto.js';

/** How long POST /admin/reminders/sweep waits for the worker before answering 503. */
const SWEEP_WAIT_MS = 120_000;
/** A Redis that does not answer within this is reported down. */
const REDIS_WAIT_MS = 3_000;

/**
 * Operations on the queues for administrators: their state (the equivalent of a Bull Board
 * page) and the reminder sweep run on demand. Producer connections fail at once while Redis
 * is down, and the answer is 503.
 */
@Injectable()
export class AdminService implements OnApplicationShutdown {
  private readonly queues: Queue[];
  private readonly reminders: Queue;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    const options = { connection: producerConnection(config.REDIS_URL), prefix: config.KHUNG_QUEUE_PREFIX };
    this.queues = Object.values(QueueName).map((name) => new Queue(name, options));
    for (const queue of this.queues) queue.on('error', () => undefined); // answered as 503 per request
    this.reminders = this.queues.find((q) => q.name === QueueName.Reminders)!;
  }

  async queueCounts(): Promise<QueueCountsView[]> {
    return redis(
      Promise.all(
        this.queues.map(async (queue) => {
          const [counts, paused] = await Promise.all([queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'), queue.isPaused()]);
          return {
            queue: queue.name,
            waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            failed: counts.failed ?? 0,
            completed: counts.completed ?? 0,
            paused,
          };
        }),
      ),
    );
  }

  /** Runs the sweep of a day in the worker and answers what it created (nothing new the second time). */
  async sweep(dto: SweepDto): Promise<SweepResult> {
    const events = new QueueEvents(QueueName.Reminders, { connection: redisConnection(this.config.REDIS_URL), prefix: this.config.KHUNG_QUEUE_PREFIX });
    events.on('error', () => undefined);
    try {
      const job = await redis(events.waitUntilReady().then(() => this.reminders.add(JobName.ReminderSweep, { asOf: dto.asOf, ...(dto.agencyId && { agencyId: dto.agencyId }) })));
      return await job.waitUntilFinished(events, SWEEP_WAIT_MS);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) throw error;
      if (/timed out/i.test((error as Error).message)) {
        throw new ServiceUnavailableException({
          statusCode: 503,
          error: 'Service Unavailable',
          message: 'Bộ xử lý nền chưa chạy xong lượt nhắc việc; lượt này vẫn trong hàng đợi / The worker has not finished the sweep yet; it stays queued',
        });
      }
      throw new InternalServerErrorException({ statusCode: 500, error: 'Internal Server Error', message: `Lượt nhắc việc thất bại / The sweep failed: ${(error as Error).message}` });
    } finally {
      await events.close();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
  }
}

/** The result, or 503 when Redis does not answer in time. */
async function redis<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), REDIS_WAIT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch {
    throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', message: 'Redis không phản hồi / Redis is not answering' });
  } finally {
    clearTimeout(timer);
  }
}
