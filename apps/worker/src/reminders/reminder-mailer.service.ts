import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@khung/config';
import type { ReminderKind } from '@khung/domain';
import type { JobName, JobResults } from '@khung/jobs';
import { UnrecoverableError, type Job } from 'bullmq';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { reminderMail } from './reminder-mail.js';

type Result = JobResults[typeof JobName.ReminderEmail];

interface DeliveryRow {
  id: string;
  kind: ReminderKind;
  due_on: string;
  days: number;
  role: 'lead' | 'coordinating';
  email_status: string;
  task_id: string;
  task_text: string;
  deadline_text: string;
  plan_title: string;
  email: string | null;
  full_name: string;
  wants_email: boolean;
}

/**
 * Sends the e-mail of one inbox row and records the outcome on it. A refusal the server calls
 * permanent (5xx: no such mailbox, address rejected) is recorded and not retried; anything else is
 * retried with backoff by the queue, and recorded as failed after the last attempt. The Message-ID
 * is the row's, so a copy sent again after a crash at the very moment of sending is recognisable.
 */
@Injectable()
export class ReminderMailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.transport = nodemailer.createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: 4,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
  }

  async deliver(notificationId: string, job: Job): Promise<Result> {
    const [row] = await this.load(notificationId);
    if (!row) return { notificationId, outcome: 'not found' };
    if (row.email_status !== 'pending') return { notificationId, outcome: 'already sent' };
    if (!row.wants_email || !row.email) {
      await this.record(notificationId, { status: 'off' });
      return { notificationId, outcome: 'off' };
    }
    const mail = reminderMail({
      reminder: { kind: row.kind, dueOn: row.due_on, days: row.days },
      fullName: row.full_name,
      taskId: row.task_id,
      taskText: row.task_text,
      deadlineText: row.deadline_text,
      planTitle: row.plan_title,
      role: row.role,
      publicUrl: this.config.KHUNG_PUBLIC_URL,
    });
    try {
      await this.transport.sendMail({ from: this.config.KHUNG_MAIL_FROM, to: row.email, subject: mail.subject, text: mail.text, messageId: `<${notificationId}@khung>` });
    } catch (error) {
      const reason = (error as Error).message;
      const permanent = isPermanent(error);
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.record(notificationId, { status: permanent || lastAttempt ? 'failed' : 'pending', error: reason });
      throw permanent ? new UnrecoverableError(`Permanent SMTP refusal: ${reason}`) : error;
    }
    await this.record(notificationId, { status: 'sent' });
    return { notificationId, outcome: 'sent' };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  private load(id: string): Promise<DeliveryRow[]> {
    return this.db.query(
      `SELECT n.id, n.kind, n.due_on::text, n.days, n.role, n.email_status, n.task_id,
              t.text AS task_text, t.deadline_text, p.title AS plan_title,
              u.email, u.full_name, u.email_notifications AND u.is_active AS wants_email
       FROM notification n JOIN task t ON t.id = n.task_id JOIN plan p ON p.id = t.plan_id JOIN app_user u ON u.id = n.user_id
       WHERE n.id = $1`,
      [id],
    );
  }

  private async record(id: string, outcome: { status: 'sent' | 'off' | 'failed' | 'pending'; error?: string }): Promise<void> {
    await this.db.query(
      `UPDATE notification SET email_status = $2, email_error = $3,
              email_attempts = email_attempts + CASE WHEN $2 = 'off' THEN 0 ELSE 1 END,
              emailed_at = CASE WHEN $2 = 'sent' THEN now() ELSE emailed_at END
       WHERE id = $1`,
      [id, outcome.status, outcome.error ?? null],
    );
  }
}

/** SMTP 5xx: the server will refuse this message however often it is sent. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
