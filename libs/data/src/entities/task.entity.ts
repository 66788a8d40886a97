import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import type { DeadlineKind, TaskStatus } from '@khung/domain';
import { Objective } from './objective.entity.js';
import { Plan } from './plan.entity.js';
import { Section } from './section.entity.js';
import { TaskUnit } from './task-unit.entity.js';

export interface TaskActivity {
  text: string;
  done: boolean;
}

/**
 * A key task (nhiệm vụ trọng tâm). A plan task has a position under an objective; a task assigned
 * from above (UBND tỉnh giao) has a source document instead and no section.
 */
@Entity('task')
@Index('ix_task_plan', ['planId', 'position'])
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'plan_id' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<Plan>;

  @Column('uuid', { name: 'section_id', nullable: true })
  sectionId: string | null;

  @ManyToOne(() => Section, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'section_id' })
  section: Relation<Section> | null;

  @Column('uuid', { name: 'objective_id', nullable: true })
  objectiveId: string | null;

  @ManyToOne(() => Objective, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'objective_id' })
  objective: Relation<Objective> | null;

  /** Order of the task in the appendix (0-based across the plan). */
  @Column('int', { default: 0 })
  position: number;

  @Column('text')
  text: string;

  /** Folded text (no diacritics, lower case) for diacritics-insensitive search. */
  @Column('text', { name: 'search_text', default: '' })
  searchText: string;

  @Column('jsonb', { default: () => "'[]'" })
  activities: TaskActivity[];

  @Column('text', { default: '' })
  output: string;

  /** The Chủ trì and Phối hợp cells as written; the resolved units are in task_unit. */
  @Column('text', { name: 'lead_text', default: '' })
  leadText: string;

  @Column('text', { name: 'coordinators_text', default: '' })
  coordinatorsText: string;

  @OneToMany(() => TaskUnit, (tu) => tu.task, { cascade: true })
  units: Relation<TaskUnit>[];

  @Column('text', { name: 'deadline_text', default: '' })
  deadlineText: string;

  @Column('text', { name: 'deadline_kind', default: 'unparsed' })
  deadlineKind: DeadlineKind;

  @Column('date', { name: 'deadline_start', nullable: true })
  deadlineStart: string | null;

  /** Derived from deadline_text for the plan's year. */
  @Column('date', { name: 'deadline_due', nullable: true })
  deadlineDue: string | null;

  /** Set by the coordinator; wins over the derived date, the text stays as written. */
  @Column('date', { name: 'due_override', nullable: true })
  dueOverride: string | null;

  @Column('text', { name: 'budget_text', default: '' })
  budgetText: string;

  @Column('text', { default: 'not_started' })
  status: TaskStatus;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn: string | null;

  /** Progress in percent, moved by the activity checklist or set with a progress entry. */
  @Column('int', { default: 0 })
  percent: number;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: string | null;

  /** Source document of a task assigned from above: number, date, issuer. */
  @Column('text', { name: 'source_number', nullable: true })
  sourceNumber: string | null;

  @Column('date', { name: 'source_date', nullable: true })
  sourceDate: string | null;

  @Column('text', { name: 'source_issuer', nullable: true })
  sourceIssuer: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
