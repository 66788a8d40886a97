import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Plan } from './plan.entity.js';

/**
 * Counts the committed changes to a plan's figures. Raised in the transaction of every change
 * (with its outbox row); stored figures carry the count they include, so a reader can tell
 * exactly whether they are current.
 */
@Entity('plan_revision')
export class PlanRevision {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId: string;

  @OneToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<Plan>;

  @Column('int', { default: 0 })
  revision: number;
}
