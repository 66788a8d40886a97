import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A public agency (e.g. Sở Công Thương Hà Tĩnh): owns units, people and plans. */
@Entity('agency')
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  /** Reminders and "today" are computed in this zone. */
  @Column('text', { name: 'time_zone', default: 'Asia/Ho_Chi_Minh' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
