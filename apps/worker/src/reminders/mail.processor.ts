import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName } from '@khung/jobs';
import { assertHandlers, QueueProcessor, WORKER_OPTIONS } from '../job-handlers.js';
import { ReminderMailer } from './reminder-mailer.service.js';

/** One reminder e-mail per job, a few at a time. */
@Processor(QueueName.Mail, { ...WORKER_OPTIONS, concurrency: 4 })
export class MailProcessor extends QueueProcessor<typeof JobName.ReminderEmail> {
  protected readonly handlers = assertHandlers(QueueName.Mail, {
    [JobName.ReminderEmail]: (payload, job) => this.mailer.deliver(payload.notificationId, job),
  });

  constructor(private readonly mailer: ReminderMailer) {
    super();
  }
}
