import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName } from '@khung/jobs';
import { assertHandlers, QueueProcessor, WORKER_OPTIONS } from '../job-handlers.js';

/** Jobs of the system queue: the health check that shows the worker is alive. */
@Processor(QueueName.System, WORKER_OPTIONS)
export class SystemProcessor extends QueueProcessor<typeof JobName.HealthCheck> {
  protected readonly handlers = assertHandlers(QueueName.System, {
    [JobName.HealthCheck]: async (payload) => ({
      ok: true as const,
      requestedAt: payload.requestedAt,
      processedAt: new Date().toISOString(),
    }),
  });
}
