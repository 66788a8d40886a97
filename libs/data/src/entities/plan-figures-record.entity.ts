import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { PlanFigures } from '@khung/domain';
import { Plan } from './plan.entity.js';

/**
 * A plan's report figures for one period as of one day, computed by the worker. They are
 * current while `revision` equals the plan's change counter (plan_revision) and `as_of` is the day
 * asked for; otherwise the API computes the figures itself.
 */
@Entity('plan_figures')
export class PlanFiguresRecord {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<Plan>;

  @PrimaryColumn('text', { name: 'period_code' })
  periodCode: string;

  @Column('date', { name: 'as_of' })
  asOf: string;

  /** The plan's change counter these figures include. */
  @Column('int')
  revision: number;

  /** What computeFigures returned. */
  @Column('jsonb')
  figures: PlanFigures;

  @Column('timestamptz', { name: 'computed_at', default: () => 'now()' })
  computedAt: Date;
}
