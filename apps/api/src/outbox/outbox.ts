import { markPlanChanged, OutboxEvent } from '@khung/data';
import type { OutboxEventType, OutboxPayloads } from '@khung/jobs';
import type { EntityManager } from 'typeorm';

/**
 * Adds follow-up work to the outbox inside the caller's transaction, so that it is committed
 * with the change or not at all. The worker relays it to the queues.
 */
export async function addToOutbox<T extends OutboxEventType>(em: EntityManager, type: T, payload: OutboxPayloads[T]): Promise<void> {
  await em.save(em.create(OutboxEvent, { type, payload: payload as Record<string, unknown> }));
  await markPlanChanged(em, payload.planId); // stored figures stop being current when this commits
}
