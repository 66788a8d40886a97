import { WorkerHost } from '@nestjs/bullmq';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import { JOB_QUEUE, type JobName, type JobPayloads, type JobResults, type QueueName } from '@khung/jobs';
import type { Job } from 'bullmq';

export type JobHandler<J extends JobName> = (payload: JobPayloads[J], job: Job<JobPayloads[J], JobResults[J], J>) => Promise<JobResults[J]>;
export type JobHandlers<J extends JobName> = { [K in J]: JobHandler<K> };

/**
 * Checks at start that a queue's processor handles exactly the jobs declared for that queue:
 * a job without a handler, or a handler for another queue's job, fails loudly at boot.
 */
export function assertHandlers<J extends JobName>(queue: QueueName, handlers: JobHandlers<J>): JobHandlers<J> {
  const declared = (Object.keys(JOB_QUEUE) as JobName[]).filter((job) => JOB_QUEUE[job] === queue).sort();
  const handled = (Object.keys(handlers) as JobName[]).sort();
  if (declared.join() !== handled.join()) {
    throw new Error(`Queue "${queue}" declares jobs [${declared.join(', ')}] but handles [${handled.join(', ')}]`);
  }
  return handlers;
}

/**
 * A queue's processor: runs each job with its handler (the set checked by assertHandlers). On
 * shutdown it stops taking jobs and finishes the ones in hand before the database and Redis
 * connections close (beforeApplicationShutdown runs ahead of every onApplicationShutdown).
 */
export abstract class QueueProcessor<J extends JobName> extends WorkerHost implements BeforeApplicationShutdown {
  protected abstract readonly handlers: JobHandlers<J>;

  process(job: Job): Promise<JobResults[J]> {
    const handler = this.handlers[job.name as J] as JobHandler<J> | undefined;
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    return handler(job.data, job as Job<JobPayloads[J], JobResults[J], J>);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}

/**
 * Worker options of every processor: a worker holds its job's lock this long (renewing it while it
 * works), and workers look for jobs whose lock has lapsed this often. A job whose worker died
 * (SIGKILL, a lost machine) runs again on another worker within about twice this time.
 */
export const WORKER_OPTIONS = { lockDuration: 10_000, stalledInterval: 10_000 } as const;
