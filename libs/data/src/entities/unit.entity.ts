import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Agency } from './agency.entity.js';

export type UnitKind = 'unit' | 'group';

/**
 * A unit (phòng, đơn vị) of an agency, or a named group of units ("Các phòng chuyên môn").
 * Plan cells name units loosely, so each unit carries aliases that the import matches against.
 */
@Entity('unit')
@Index('uq_unit_agency_name', ['agencyId', 'name'], { unique: true })
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'agency_id' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency: Relation<Agency>;

  @Column('text')
  name: string;

  @Column('text', { default: 'unit' })
  kind: UnitKind;

  /** Other names by which plan cells refer to this unit, e.g. "Văn phòng" for "Văn phòng Sở". */
  @Column('text', { array: true, default: () => "'{}'" })
  aliases: string[];

  @Column('int', { default: 0 })
  position: number;

  /** For a group: the units it stands for. */
  @ManyToMany(() => Unit)
  @JoinTable({
    name: 'unit_group_member',
    joinColumn: { name: 'group_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'member_id', referencedColumnName: 'id' },
  })
  members: Relation<Unit>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
