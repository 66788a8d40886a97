import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Plan } from './plan.entity.js';

/** A section of the appendix (I … VII) or one of its sub-sections (7.1, 7.2). */
@Entity('plan_section')
export class Section {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'plan_id' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<Plan>;

  /** Set for a sub-section; sections nest one level only. */
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Section, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<Section> | null;

  @Column('text')
  code: string;

  @Column('text')
  title: string;

  @Column('int')
  position: number;
}
