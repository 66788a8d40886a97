import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditEntityType = 'plan' | 'section' | 'objective' | 'task' | 'unit' | 'user';
export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'progress' | 'comment' | 'evidence';

/** Field → [before, after] of one change. */
export type AuditChanges = Record<string, [unknown, unknown]>;

/**
 * One change on record: who, when, what, before → after. Rows are only ever added; they keep
 * no foreign keys so that history outlives what it describes.
 */
@Entity('audit_entry')
@Index('ix_audit_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_plan', ['planId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'agency_id', nullable: true })
  agencyId: string | null;

  /** The plan the change belongs to, for a plan's history. */
  @Column('uuid', { name: 'plan_id', nullable: true })
  planId: string | null;

  @Column('text', { name: 'entity_type' })
  entityType: AuditEntityType;

  @Column('uuid', { name: 'entity_id' })
  entityId: string;

  @Column('text')
  action: AuditAction;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { name: 'actor_name', default: '' })
  actorName: string;

  @Column('jsonb', { default: () => "'{}'" })
  changes: AuditChanges;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
