import { JOB_QUEUE, type JobName, type QueueName } from '@khung/jobs';

/**
 * Checks at start that a queue's processor handles exactly the jobs declared for that queue:
 * a job without a handler, or a handler for another queue's job, fails loudly at boot.
 */
export function assertHandlers<H extends Partial<Record<JobName, unknown>>>(queue: QueueName, handlers: H): H {
  const declared = (Object.keys(JOB_QUEUE) as JobName[]).filter((job) => JOB_QUEUE[job] === queue).sort();
  const handled = (Object.keys(handlers) as JobName[]).sort();
  if (declared.join() !== handled.join()) {
    throw new Error(`Queue "${queue}" declares jobs [${declared.join(', ')}] but handles [${handled.join(', ')}]`);
  }
  return handlers;
}
