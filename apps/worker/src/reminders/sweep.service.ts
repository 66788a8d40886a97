import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  deriveDeadline,
  REMINDER_AUDIENCE,
  REMINDER_KINDS,
  reminderOn,
  todayIn,
  validReminderSettings,
  type ReminderKind,
  type ReminderSettings,
  type TaskStatus,
} from '@khung/domain';
import { JobName, jobIds, QueueName, SWEEP_RESULT_LIMIT, type SweepRequest, type SweepResult, type SweptReminder } from '@khung/jobs';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

interface AgencyRow {
  id: string;
  time_zone: string;
  days_before: number[];
  overdue_every_days: number;
  period_end_days_before: number;
}

interface CandidateRow {
  id: string;
  status: TaskStatus;
  due: string | null;
  deadline_kind: string;
  deadline_text: string;
  year: number;
}

interface DueRow {
  taskId: string;
  kind: ReminderKind;
  dueOn: string;
  days: number;
}

/** Kinds that also go to the people of coordinating units. */
const COORDINATING_KINDS = REMINDER_KINDS.filter((k) => REMINDER_AUDIENCE[k] === 'lead_and_coordinating');

/**
 * The reminder sweep of a day: which tasks earn a reminder (libs/domain `reminderOn`), who gets it,
 * one inbox row each (unique per task, person, kind and day, so a second sweep adds nothing), and
 * one e-mail job per row that still owes an e-mail (deterministic id, so none is queued twice).
 */
@Injectable()
export class SweepService {
  private readonly logger = new Logger(SweepService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
  ) {}

  async sweep(request: SweepRequest): Promise<SweepResult> {
    const result: SweepResult = { days: [], created: 0, byKind: { before_due: 0, due_today: 0, overdue: 0, period_end: 0 }, reminders: [], emailsQueued: 0 };
    for (const agency of await this.agencies(request.agencyId)) {
      const settings: ReminderSettings = { daysBefore: agency.days_before, overdueEveryDays: agency.overdue_every_days, periodEndDaysBefore: agency.period_end_days_before };
      if (!validReminderSettings(settings)) {
        this.logger.error(`Agency ${agency.id}: reminder settings ${JSON.stringify(settings)} are not valid; no reminders until they are fixed`);
        continue;
      }
      const asOf = request.asOf ?? todayIn(agency.time_zone);
      const created = await this.remind(asOf, await this.dueReminders(agency.id, request.planId, asOf, settings));
      result.days.push({ agencyId: agency.id, asOf });
      result.created += created.length;
      for (const r of created) result.byKind[r.kind]++;
      result.reminders.push(...created.slice(0, SWEEP_RESULT_LIMIT - result.reminders.length));
      result.emailsQueued += await this.queueEmails(agency.id);
    }
    return result;
  }

  /** Agencies whose reminders are on, with their settings (defaults where they have no row). */
  private agencies(agencyId: string | undefined): Promise<AgencyRow[]> {
    return this.db.query(
      `SELECT a.id, a.time_zone,
              coalesce(s.reminder_days_before, '{7,1}') AS days_before,
              coalesce(s.overdue_every_days, 7) AS overdue_every_days,
              coalesce(s.period_end_days_before, 7) AS period_end_days_before
       FROM agency a LEFT JOIN agency_settings s ON s.agency_id = a.id
       WHERE coalesce(s.reminders_enabled, true) AND ($1::uuid IS NULL OR a.id = $1)
       ORDER BY a.created_at`,
      [agencyId ?? null],
    );
  }

  /** Open tasks of issued plans that have a date or recur, and the reminder each earns today. */
  private async dueReminders(agencyId: string, planId: string | undefined, asOf: string, settings: ReminderSettings): Promise<DueRow[]> {
    const tasks: CandidateRow[] = await this.db.query(
      `SELECT t.id, t.status, coalesce(t.due_override, t.deadline_due)::text AS due, t.deadline_kind, t.deadline_text, p.year
       FROM task t JOIN plan p ON p.id = t.plan_id
       WHERE p.agency_id = $1 AND p.status = 'issued' AND ($2::uuid IS NULL OR p.id = $2)
         AND t.status NOT IN ('done', 'cancelled')
         AND (t.due_override IS NOT NULL OR t.deadline_due IS NOT NULL OR t.deadline_kind = 'recurring')`,
      [agencyId, planId ?? null],
    );
    return tasks.flatMap((t) => {
      const recurrence = t.due === null && t.deadline_kind === 'recurring' ? deriveDeadline(t.deadline_text, t.year).recurrence : null;
      const reminder = reminderOn({ status: t.status, due: t.due, recurrence, planYear: t.year }, asOf, settings);
      return reminder ? [{ taskId: t.id, ...reminder }] : [];
    });
  }

  /**
   * One inbox row per (task, person, kind, day). A person is of a unit when they belong to it, to
   * a group it is in, or to a unit of the group it is: a task led by "Các phòng chuyên môn" reaches
   * the people of every department of the group, and a person placed on the group itself hears of
   * its departments' tasks. Lead units' people get every kind, coordinating units' people the
   * kinds that come before a due date; a person of both counts as lead.
   */
  private async remind(asOf: string, due: DueRow[]): Promise<SweptReminder[]> {
    if (!due.length) return [];
    const rows: { id: string; task_id: string; user_id: string; kind: ReminderKind; due_on: string }[] = await this.db.query(
      `WITH due AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::int[]) AS d(task_id, kind, due_on, days)
       ), person_unit AS (
         SELECT uu.user_id, uu.unit_id FROM user_unit uu
         UNION SELECT uu.user_id, m.group_id FROM user_unit uu JOIN unit_group_member m ON m.member_id = uu.unit_id
         UNION SELECT uu.user_id, m.member_id FROM user_unit uu JOIN unit_group_member m ON m.group_id = uu.unit_id
       )
       INSERT INTO notification (task_id, user_id, kind, remind_on, due_on, days, role, email_status)
       SELECT DISTINCT ON (d.task_id, pu.user_id) d.task_id, pu.user_id, d.kind, $6::date, d.due_on, d.days, tu.role,
              CASE WHEN u.email_notifications AND coalesce(u.email, '') <> '' THEN 'pending' ELSE 'off' END
       FROM due d
       JOIN task_unit tu ON tu.task_id = d.task_id AND (tu.role = 'lead' OR d.kind = ANY($5::text[]))
       JOIN person_unit pu ON pu.unit_id = tu.unit_id
       JOIN app_user u ON u.id = pu.user_id AND u.is_active
       ORDER BY d.task_id, pu.user_id, tu.role = 'lead' DESC
       ON CONFLICT (task_id, user_id, kind, remind_on) DO NOTHING
       RETURNING id, task_id, user_id, kind, due_on::text`,
      [due.map((d) => d.taskId), due.map((d) => d.kind), due.map((d) => d.dueOn), due.map((d) => d.days), COORDINATING_KINDS, asOf],
    );
    return rows.map((r) => ({ notificationId: r.id, taskId: r.task_id, userId: r.user_id, kind: r.kind, remindOn: asOf, dueOn: r.due_on }));
  }

  /**
   * Queues the e-mail of every row of the agency that still owes one: this run's, and any left by
   * a run that stopped between its inbox rows and its e-mail jobs. A row already queued keeps its job.
   */
  private async queueEmails(agencyId: string): Promise<number> {
    const pending: { id: string }[] = await this.db.query(
      `SELECT n.id FROM notification n JOIN task t ON t.id = n.task_id JOIN plan p ON p.id = t.plan_id
       WHERE n.email_status = 'pending' AND p.agency_id = $1
       ORDER BY n.created_at, n.id`,
      [agencyId],
    );
    for (let i = 0; i < pending.length; i += 1000) {
      await this.mail.addBulk(
        pending.slice(i, i + 1000).map((n) => ({ name: JobName.ReminderEmail, data: { notificationId: n.id }, opts: { jobId: jobIds.reminderEmail(n.id) } })),
      );
    }
    return pending.length;
  }
}
