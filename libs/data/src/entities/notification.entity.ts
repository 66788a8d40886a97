import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ReminderKind } from '@khung/domain';
import type { EmailOutcome } from '@khung/jobs';
import { Task } from './task.entity.js';
import type { TaskUnitRole } from './task-unit.entity.js';
import { User } from './user.entity.js';

/** Where the e-mail copy of a reminder stands: queued, sent, not wanted, or given up on. */
export type EmailStatus = 'pending' | EmailOutcome;

/**
 * A reminder in a person's in-app inbox, with the e-mail that goes with it. The unique index makes
 * it exist at most once per (task, person, kind, day), whatever runs the sweep and how often.
 */
@Entity('notification')
@Index('uq_notification_once', ['taskId', 'userId', 'kind', 'remindOn'], { unique: true })
@Index('ix_notification_inbox', ['userId', 'createdAt'])
@Index('ix_notification_email_pending', ['remindOn'], { where: "email_status = 'pending'" })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('uuid', { name: 'task_id' })
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Relation<Task>;

  @Column('text')
  kind: ReminderKind;

  /** The agency's day the reminder is for. */
  @Column('date', { name: 'remind_on' })
  remindOn: string;

  /** The due date reminded of (for a recurring task, the end of its period). */
  @Column('date', { name: 'due_on' })
  dueOn: string;

  /** Days before the due date, or past it when overdue. */
  @Column('int')
  days: number;

  /** Why this person: their unit leads the task, or coordinates it. */
  @Column('text')
  role: TaskUnitRole;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  @Column('text', { name: 'email_status', default: 'pending' })
  emailStatus: EmailStatus;

  @Column('int', { name: 'email_attempts', default: 0 })
  emailAttempts: number;

  /** The SMTP server's last refusal, kept when the e-mail failed or is being retried. */
  @Column('text', { name: 'email_error', nullable: true })
  emailError: string | null;

  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
