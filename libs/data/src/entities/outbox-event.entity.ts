import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxEventType } from '@khung/jobs';

/**
 * Follow-up work owed by a committed write (transactional outbox): written in the write's own
 * transaction, relayed to BullMQ by the worker, marked relayed once the queue has it.
 */
@Entity('outbox_event')
@Index('ix_outbox_pending', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  type: OutboxEventType;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'relayed_at', nullable: true })
  relayedAt: Date | null;
}
