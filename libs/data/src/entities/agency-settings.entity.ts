import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Agency } from './agency.entity.js';

/**
 * Settings of one agency; an agency without a row uses the defaults below. Reminders are swept
 * daily at `reminder_time` in the agency's time zone (agency.time_zone).
 */
@Entity('agency_settings')
export class AgencySettings {
  @PrimaryColumn('uuid', { name: 'agency_id' })
  agencyId: string;

  @OneToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  @Column('boolean', { name: 'reminders_enabled', default: true })
  remindersEnabled: boolean;

  /** Local time of the daily sweep, 'HH:MM'. */
  @Column('text', { name: 'reminder_time', default: '07:00' })
  reminderTime: string;

  /** Days before a due date on which to remind. */
  @Column('int', { name: 'reminder_days_before', array: true, default: () => "'{7,1}'" })
  reminderDaysBefore: number[];

  /** While a task is overdue, remind every this many days. */
  @Column('int', { name: 'overdue_every_days', default: 7 })
  overdueEveryDays: number;

  /** Recurring tasks: remind this many days before their period ends. */
  @Column('int', { name: 'period_end_days_before', default: 7 })
  periodEndDaysBefore: number;
}
