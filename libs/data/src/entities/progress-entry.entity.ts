import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { TaskStatus } from '@khung/domain';
import { EvidenceFile } from './evidence-file.entity.js';
import { Task } from './task.entity.js';
import { User } from './user.entity.js';

/**
 * One report of progress on a task by its lead unit: the status and percent it moved the task
 * to, a note, and the output document as evidence. On a recurring task an entry tied to a
 * reporting period (`period_code`) is the periodic report for that period.
 */
@Entity('progress_entry')
@Index('ix_progress_task', ['taskId', 'createdAt'])
export class ProgressEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'task_id' })
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Relation<Task>;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author: Relation<User> | null;

  @Column('text')
  status: TaskStatus;

  @Column('int')
  percent: number;

  @Column('text', { default: '' })
  note: string;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: string | null;

  /** For a periodic report: the period it reports on ("2026-Q1"). */
  @Column('text', { name: 'period_code', nullable: true })
  periodCode: string | null;

  /** The output document: number ("03/KH-SCT"), date, issuer, link. */
  @Column('text', { name: 'doc_number', nullable: true })
  docNumber: string | null;

  @Column('date', { name: 'doc_date', nullable: true })
  docDate: string | null;

  @Column('text', { name: 'doc_issuer', nullable: true })
  docIssuer: string | null;

  @Column('text', { name: 'doc_link', nullable: true })
  docLink: string | null;

  @OneToMany(() => EvidenceFile, (f) => f.progressEntry)
  files: Relation<EvidenceFile>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
