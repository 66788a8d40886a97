/**
 * Queue names, job names and their payloads, declared once for the producer (api) and the
 * consumer (worker), so a job cannot be sent in a shape nobody reads.
 */
export const QueueName = {
  System: 'system',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  HealthCheck: 'health-check',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Payload of each job, by job name. */
export interface JobPayloads {
  [JobName.HealthCheck]: { requestedAt: string };
}

/** Result of each job, by job name. */
export interface JobResults {
  [JobName.HealthCheck]: { ok: true; requestedAt: string; processedAt: string };
}

/** Which queue carries which job. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.HealthCheck]: QueueName.System,
};

/** Retry and retention defaults, tuned in one place. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/** BullMQ connection options from a redis:// URL (BullMQ takes ioredis options, not a URL). */
export function redisConnection(url: string): { host: string; port: number; username?: string; password?: string; db: number; tls?: object; maxRetriesPerRequest: null } {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username && { username: decodeURIComponent(u.username) }),
    ...(u.password && { password: decodeURIComponent(u.password) }),
    db: Number(u.pathname.replace('/', '') || 0),
    ...(u.protocol === 'rediss:' && { tls: {} }),
    // Workers block on Redis; BullMQ requires unlimited retries on their connection.
    maxRetriesPerRequest: null,
  };
}

/**
 * Events the API writes to the outbox table in the same transaction as the change that causes
 * them; the worker relays them to the queues. A write is never lost when Redis is down.
 */
export const OutboxEventType = {
  /** Anything that can move a plan's figures: progress, status, deadline, tasks added or removed. */
  PlanChanged: 'plan.changed',
  /** A plan was issued: its tasks start being reminded. */
  PlanIssued: 'plan.issued',
} as const;
export type OutboxEventType = (typeof OutboxEventType)[keyof typeof OutboxEventType];

export interface OutboxPayloads {
  [OutboxEventType.PlanChanged]: { planId: string; taskId?: string; reason: 'progress' | 'status' | 'deadline' | 'structure' | 'import' };
  [OutboxEventType.PlanIssued]: { planId: string };
}
