import { Agency } from './agency.entity.js';
import { Objective } from './objective.entity.js';
import { Plan } from './plan.entity.js';
import { Section } from './section.entity.js';
import { TaskUnit } from './task-unit.entity.js';
import { Task } from './task.entity.js';
import { Unit } from './unit.entity.js';
import { User } from './user.entity.js';

export { Agency, Objective, Plan, Section, Task, TaskUnit, Unit, User };
export type { PlanStatus } from './plan.entity.js';
export type { TaskActivity } from './task.entity.js';
export type { TaskUnitRole } from './task-unit.entity.js';
export type { UnitKind } from './unit.entity.js';
export type { UserRole } from './user.entity.js';

export const entities = [Agency, Unit, User, Plan, Section, Objective, Task, TaskUnit];
