import { AuditEntry, type AuditAction, type AuditChanges, type AuditEntityType } from '@khung/data';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';

export interface AuditRecord {
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  agencyId: string | null;
  planId?: string | null;
  changes?: AuditChanges;
}

/** The actor of changes Khung makes itself (demo set-up, scheduled work). */
export const SYSTEM_ACTOR: AuthUser = { id: '', username: 'system', fullName: 'Khung (tự động)', role: 'admin', agencyId: null, unitIds: [] };

/** Writes one audit row inside the caller's transaction: who, when, what, before → after. */
export async function recordAudit(em: EntityManager, actor: AuthUser, record: AuditRecord): Promise<void> {
  const entry = em.create(AuditEntry, {
    ...record,
    planId: record.planId ?? null,
    changes: record.changes ?? {},
    actorId: actor.id || null,
    actorName: actor.fullName || actor.username,
  });
  await em.save(entry);
}

/**
 * The fields that differ between two versions of an object, as field → [before, after];
 * dates and arrays compare by value.
 */
export function diff<T extends object>(before: T, after: Partial<T>, fields: (keyof T)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    const [a, b] = [before[field], after[field]];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[String(field)] = [a ?? null, b ?? null];
  }
  return changes;
}
