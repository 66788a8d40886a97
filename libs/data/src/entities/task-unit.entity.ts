import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Task } from './task.entity.js';
import { Unit } from './unit.entity.js';

export type TaskUnitRole = 'lead' | 'coordinating';

/** A unit named in a task's Chủ trì (lead) or Phối hợp (coordinating) cell, in cell order. */
@Entity('task_unit')
@Index('ix_task_unit_unit', ['unitId', 'role'])
export class TaskUnit {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId: string;

  @PrimaryColumn('uuid', { name: 'unit_id' })
  unitId: string;

  @PrimaryColumn('text')
  role: TaskUnitRole;

  @Column('int', { default: 0 })
  position: number;

  @ManyToOne(() => Task, (t) => t.units, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task: Relation<Task>;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<Unit>;
}
