import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Agency } from './agency.entity.js';

export type PlanStatus = 'draft' | 'issued' | 'closed';

/** A yearly plan (Kế hoạch CCHC năm …) whose appendix is the task table. */
@Entity('plan')
export class Plan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'agency_id' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  @Column('int')
  year: number;

  /** Document number such as "03/KH-SCT". */
  @Column('text', { nullable: true })
  number: string | null;

  @Column('text')
  title: string;

  @Column('text', { default: 'draft' })
  status: PlanStatus;

  @Column('date', { name: 'issued_on', nullable: true })
  issuedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
