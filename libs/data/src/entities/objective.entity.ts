import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Section } from './section.entity.js';

/** A "Mục tiêu" row: numbered within its section, spans one or more tasks. */
@Entity('objective')
export class Objective {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'plan_id' })
  planId: string;

  @Column('uuid', { name: 'section_id' })
  sectionId: string;

  @ManyToOne(() => Section, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section: Relation<Section>;

  @Column('int')
  number: number;

  @Column('text')
  text: string;

  @Column('int')
  position: number;
}
