import { Column, CreateDateColumn, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Agency } from './agency.entity.js';
import { Unit } from './unit.entity.js';

import type { Role } from '@khung/domain';

export type UserRole = Role;

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'agency_id', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency> | null;

  @Column('text', { unique: true })
  username: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('text', { name: 'full_name', default: '' })
  fullName: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { default: 'viewer' })
  role: UserRole;

  /** The units the person works in; a member updates the tasks these units lead. */
  @ManyToMany(() => Unit)
  @JoinTable({
    name: 'user_unit',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'unit_id', referencedColumnName: 'id' },
  })
  units: Relation<Unit>[];

  /** A deactivated person can no longer log in; their history stays. */
  @Column('boolean', { name: 'is_active', default: true })
  isActive: boolean;

  /** Reminders by e-mail as well as in the in-app inbox. */
  @Column('boolean', { name: 'email_notifications', default: true })
  emailNotifications: boolean;

  /** Raised on logout and password change: tokens carrying an older value stop working. */
  @Column('int', { name: 'token_version', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
