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
