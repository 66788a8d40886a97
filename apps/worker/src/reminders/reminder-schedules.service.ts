import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, jobIds, QueueName, SCHEDULES, type JobResults } from '@khung/jobs';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

const REMINDER_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * One repeatable sweep per agency, daily at its reminder time in its time zone (BullMQ job
 * schedulers). Kept in line with agency_settings at start and every hour, so a new agency or a
 * changed time needs no restart.
 */
@Injectable()
export class ReminderSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReminderSchedules.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    const { id, pattern, tz } = SCHEDULES.syncReminderSchedules;
    this.queue
      .upsertJobScheduler(id, { pattern, tz }, { name: JobName.SyncReminderSchedules, data: {} })
      .then(() => this.sync())
      .catch((error: Error) => this.logger.error(`Could not schedule the reminder sweeps: ${error.message}`));
  }

  async sync(): Promise<JobResults[typeof JobName.SyncReminderSchedules]> {
    const agencies: { id: string; time_zone: string; reminder_time: string }[] = await this.db.query(
      `SELECT a.id, a.time_zone, coalesce(s.reminder_time, '07:00') AS reminder_time
       FROM agency a LEFT JOIN agency_settings s ON s.agency_id = a.id
       WHERE coalesce(s.reminders_enabled, true)`,
    );
    const wanted = new Set<string>();
    for (const agency of agencies) {
      const time = REMINDER_TIME.exec(agency.reminder_time);
      if (!time) {
        this.logger.error(`Agency ${agency.id}: reminder_time "${agency.reminder_time}" is not HH:MM; its sweep is not scheduled`);
        continue;
      }
      const id = jobIds.sweepSchedule(agency.id);
      wanted.add(id);
      await this.queue.upsertJobScheduler(
        id,
        { pattern: `${Number(time[2])} ${Number(time[1])} * * *`, tz: agency.time_zone },
        { name: JobName.ReminderSweep, data: { agencyId: agency.id } },
      );
    }
    for (const scheduler of await this.queue.getJobSchedulers()) {
      if (scheduler.name === JobName.ReminderSweep && scheduler.key && !wanted.has(scheduler.key)) await this.queue.removeJobScheduler(scheduler.key);
    }
    return { agencies: wanted.size };
  }
}
