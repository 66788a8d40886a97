import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { JobName, QueueName, type JobPayloads, type JobResults } from '@khung/jobs';
import type { Job } from 'bullmq';
import { assertHandlers } from '../job-handlers.js';

type SystemJob = typeof JobName.HealthCheck;

/** Jobs of the system queue: the health check that shows the worker is alive. */
@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost {
  private readonly logger = new Logger(SystemProcessor.name);

  private readonly handlers = assertHandlers(QueueName.System, {
    [JobName.HealthCheck]: async (payload: JobPayloads[SystemJob]): Promise<JobResults[SystemJob]> => ({
      ok: true,
      requestedAt: payload.requestedAt,
      processedAt: new Date().toISOString(),
    }),
  });

  async process(job: Job<JobPayloads[SystemJob], JobResults[SystemJob], SystemJob>): Promise<JobResults[SystemJob]> {
    this.logger.debug(`${job.name} ${job.id}`);
    return this.handlers[job.name](job.data);
  }
}
