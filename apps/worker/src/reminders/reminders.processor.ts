import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName } from '@khung/jobs';
import { assertHandlers, QueueProcessor, WORKER_OPTIONS } from '../job-handlers.js';
import { ReminderSchedules } from './reminder-schedules.service.js';
import { SweepService } from './sweep.service.js';

/** The reminder sweeps (daily per agency, after a plan is issued, or asked by an admin). */
@Processor(QueueName.Reminders, WORKER_OPTIONS)
export class RemindersProcessor extends QueueProcessor<typeof JobName.ReminderSweep | typeof JobName.SyncReminderSchedules> {
  protected readonly handlers = assertHandlers(QueueName.Reminders, {
    [JobName.ReminderSweep]: (payload) => this.sweeps.sweep(payload),
    [JobName.SyncReminderSchedules]: () => this.schedules.sync(),
  });

  constructor(
    private readonly sweeps: SweepService,
    private readonly schedules: ReminderSchedules,
  ) {
    super();
  }
}
