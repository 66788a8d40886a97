import { AgencySettings } from './agency-settings.entity.js';
import { Agency } from './agency.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { Comment } from './comment.entity.js';
import { EvidenceFile } from './evidence-file.entity.js';
import { Notification } from './notification.entity.js';
import { Objective } from './objective.entity.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { PlanFiguresRecord } from './plan-figures-record.entity.js';
import { PlanRevision } from './plan-revision.entity.js';
import { Plan } from './plan.entity.js';
import { ProgressEntry } from './progress-entry.entity.js';
import { Section } from './section.entity.js';
import { TaskUnit } from './task-unit.entity.js';
import { Task } from './task.entity.js';
import { Unit } from './unit.entity.js';
import { User } from './user.entity.js';

export { Agency, AuditEntry, Comment, EvidenceFile, Objective, OutboxEvent, Plan, ProgressEntry, Section, Task, TaskUnit, Unit, User };
export { AgencySettings, Notification, PlanFiguresRecord, PlanRevision };
export type { EmailStatus } from './notification.entity.js';
export type { AuditAction, AuditChanges, AuditEntityType } from './audit-entry.entity.js';
export type { PlanStatus } from './plan.entity.js';
export type { TaskActivity } from './task.entity.js';
export type { TaskUnitRole } from './task-unit.entity.js';
export type { UnitKind } from './unit.entity.js';
export type { UserRole } from './user.entity.js';

export const entities = [Agency, Unit, User, Plan, Section, Objective, Task, TaskUnit, ProgressEntry, EvidenceFile, Comment, AuditEntry, OutboxEvent, AgencySettings, Notification, PlanFiguresRecord, PlanRevision];
