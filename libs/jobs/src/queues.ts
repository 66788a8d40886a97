/**
 * Queue names, job names and their payloads, declared once for the producers (api, outbox relay)
 * and the consumers (worker processors), so a job cannot be sent in a shape nobody reads.
 */
import type { ReminderKind } from '@khung/domain';

export const QueueName = {
  System: 'system',
  /** Recomputes the stored report figures of plans. */
  Figures: 'figures',
  /** The reminder sweeps and their schedules. */
  Reminders: 'reminders',
  /** One e-mail per job, retried with backoff. */
  Mail: 'mail',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  HealthCheck: 'health-check',
  PlanFigures: 'plan-figures',
  AllFigures: 'all-figures',
  ReminderSweep: 'reminder-sweep',
  SyncReminderSchedules: 'sync-reminder-schedules',
  ReminderEmail: 'reminder-email',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface SweepRequest {
  /** The agency's day to sweep for (YYYY-MM-DD); the agency's today when absent (scheduled runs). */
  asOf?: string;
  /** One agency; every agency when absent. */
  agencyId?: string;
  /** One plan (a plan just issued); every issued plan when absent. */
  planId?: string;
}

export interface SweptReminder {
  notificationId: string;
  taskId: string;
  userId: string;
  kind: ReminderKind;
  remindOn: string;
  dueOn: string;
}

export interface SweepResult {
  /** The days swept, per agency. */
  days: { agencyId: string; asOf: string }[];
  /** Inbox rows created by this run (a second run of a day creates none). */
  created: number;
  byKind: Record<ReminderKind, number>;
  /** The first rows created, at most SWEEP_RESULT_LIMIT. */
  reminders: SweptReminder[];
  /** E-mails handed to the mail queue (new ones, and any still pending from an interrupted run). */
  emailsQueued: number;
}

export const SWEEP_RESULT_LIMIT = 500;

export type EmailOutcome = 'sent' | 'off' | 'failed';

/** Payload of each job, by job name. */
export interface JobPayloads {
  [JobName.HealthCheck]: { requestedAt: string };
  [JobName.PlanFigures]: { planId: string };
  [JobName.AllFigures]: Record<string, never>;
  [JobName.ReminderSweep]: SweepRequest;
  [JobName.SyncReminderSchedules]: Record<string, never>;
  [JobName.ReminderEmail]: { notificationId: string };
}

/** Result of each job, by job name. */
export interface JobResults {
  [JobName.HealthCheck]: { ok: true; requestedAt: string; processedAt: string };
  [JobName.PlanFigures]: { planId: string; revision: number; periods: string[] } | { planId: string; skipped: 'plan not found' };
  [JobName.AllFigures]: { plans: number };
  [JobName.ReminderSweep]: SweepResult;
  [JobName.SyncReminderSchedules]: { agencies: number };
  [JobName.ReminderEmail]: { notificationId: string; outcome: EmailOutcome | 'already sent' | 'not found' };
}

/** Which queue carries which job. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.HealthCheck]: QueueName.System,
  [JobName.PlanFigures]: QueueName.Figures,
  [JobName.AllFigures]: QueueName.Figures,
  [JobName.ReminderSweep]: QueueName.Reminders,
  [JobName.SyncReminderSchedules]: QueueName.Reminders,
  [JobName.ReminderEmail]: QueueName.Mail,
};

/** Retry and retention defaults, tuned in one place. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * Changes to one plan within this window make one recompute: the job waits this long, and
 * every change arriving meanwhile joins it (BullMQ deduplication on the plan id).
 */
export const FIGURES_DEBOUNCE_MS = 250;

/** Deterministic job ids: the same work asked twice is one job. BullMQ ids cannot hold ':'. */
export const jobIds = {
  /**
   * A job made from an outbox row: relaying the row again adds nothing. The row's time is part of
   * the id because row ids start again in a new or restored database, while Redis keeps finished
   * jobs for a day: an id seen before would make BullMQ drop the new job without a word.
   */
  fromOutbox: (eventId: string, createdAt: Date) => `outbox-${eventId}-${createdAt.getTime()}`,
  reminderEmail: (notificationId: string) => `reminder-email-${notificationId}`,
  /** The repeatable daily sweep of one agency. */
  sweepSchedule: (agencyId: string) => `reminder-sweep-${agencyId}`,
  /** Recomputes of one plan coalesce on this deduplication id. */
  planFigures: (planId: string) => `plan-figures-${planId}`,
} as const;

/** Repeatable jobs that exist once per installation. */
export const SCHEDULES = {
  /** Recomputes every plan's figures after midnight: days roll over, tasks become overdue. */
  nightlyFigures: { id: 'nightly-figures', pattern: '5 0 * * *', tz: 'Asia/Ho_Chi_Minh' },
  /** Brings the per-agency sweep schedules in line with the agencies' settings. */
  syncReminderSchedules: { id: 'sync-reminder-schedules', pattern: '0 * * * *', tz: 'Asia/Ho_Chi_Minh' },
} as const;
