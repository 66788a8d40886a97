import { Inject, Injectable, InternalServerErrorException, ServiceUnavailableException, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@khung/config';
import type { QueueCountsView } from '@khung/contracts';
import { JOB_QUEUE, JobName, producerConnection, QueueName, redisConnection, type JobPayloads, type JobResults, type SweepResult } from '@khung/jobs';
import { Queue, QueueEvents } from 'bullmq';
import type { SweepDto } from './dto/sweep.dto.js';

/** How long an operation run in the worker (sweep, recompute) is waited for before answering 503. */
const WORKER_WAIT_MS = 120_000;
/** A Redis that does not answer within this is reported down. */
const REDIS_WAIT_MS = 3_000;

/**
 * Operations on the queues for administrators: their state (the equivalent of a Bull Board
 * page), and the reminder sweep and the figures recompute run on demand. Producer connections fail at once while Redis
 * is down, and the answer is 503.
 */
@Injectable()
export class AdminService implements OnApplicationShutdown {
  private readonly queues: Queue[];

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    const options = { connection: producerConnection(config.REDIS_URL), prefix: config.KHUNG_QUEUE_PREFIX };
    this.queues = Object.values(QueueName).map((name) => new Queue(name, options));
    for (const queue of this.queues) queue.on('error', () => undefined); // answered as 503 per request
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
  sweep(dto: SweepDto): Promise<SweepResult> {
    return this.runInWorker(JobName.ReminderSweep, { asOf: dto.asOf, ...(dto.agencyId && { agencyId: dto.agencyId }) }, {
      vi: 'lượt nhắc việc',
      en: 'the sweep',
    });
  }

  /** Queues a recompute of every plan's stored figures now (the nightly job, on demand: after a restore or bulk load). */
  recomputeFigures(): Promise<JobResults[typeof JobName.AllFigures]> {
    return this.runInWorker(JobName.AllFigures, {}, { vi: 'lượt tính lại số liệu', en: 'the recompute' });
  }

  /** Adds a job and waits for the worker's answer: 503 when Redis or the worker do not answer in time. */
  private async runInWorker<N extends typeof JobName.ReminderSweep | typeof JobName.AllFigures>(
    name: N,
    data: JobPayloads[N],
    what: { vi: string; en: string },
  ): Promise<JobResults[N]> {
    const queue = this.queues.find((q) => q.name === JOB_QUEUE[name])!;
    const events = new QueueEvents(queue.name, { connection: redisConnection(this.config.REDIS_URL), prefix: this.config.KHUNG_QUEUE_PREFIX });
    events.on('error', () => undefined);
    try {
      const job = await redis(events.waitUntilReady().then(() => queue.add(name, data)));
      return await job.waitUntilFinished(events, WORKER_WAIT_MS);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) throw error;
      if (/timed out/i.test((error as Error).message)) {
        throw new ServiceUnavailableException({
          statusCode: 503,
          error: 'Service Unavailable',
          message: `Bộ xử lý nền chưa chạy xong ${what.vi}; việc vẫn trong hàng đợi / The worker has not finished ${what.en} yet; it stays queued`,
        });
      }
      throw new InternalServerErrorException({ statusCode: 500, error: 'Internal Server Error', message: `Thất bại: ${what.vi} / ${what.en} failed: ${(error as Error).message}` });
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
