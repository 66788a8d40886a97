import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@khung/jobs';
import { MailProcessor } from './mail.processor.js';
import { ReminderMailer } from './reminder-mailer.service.js';
import { ReminderSchedules } from './reminder-schedules.service.js';
import { RemindersProcessor } from './reminders.processor.js';
import { SweepService } from './sweep.service.js';

/** Deadline reminders: daily sweeps into the in-app inbox, and their e-mails. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Reminders }, { name: QueueName.Mail })],
  providers: [SweepService, ReminderSchedules, RemindersProcessor, ReminderMailer, MailProcessor],
})
export class RemindersModule {}
