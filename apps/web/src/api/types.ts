import type { DeadlineKind, TaskStatus, Timeliness } from '@khung/domain';

/** The shapes the API returns (see apps/api: plans.service.ts, tasks/task.view.ts). */

export type PlanStatus = 'draft' | 'issued' | 'closed';

export interface Agency {
  id: string;
  name: string;
  shortName: string | null;
  timeZone: string;
}

export interface PlanSummary {
  id: string;
  agencyId: string;
  year: number;
  number: string | null;
  title: string;
  status: PlanStatus;
  issuedOn: string | null;
  taskCount: number;
}

export interface UnitRef {
  id: string;
  name: string;
}

export interface TaskActivity {
  text: string;
  done: boolean;
}

export interface TaskDeadline {
  text: string;
  kind: DeadlineKind;
  start: string | null;
  /** The due date that counts: the override when set, else the derived one. */
  due: string | null;
  derivedDue: string | null;
  overridden: boolean;
}

export interface TaskSource {
  number: string | null;
  date: string | null;
  issuer: string | null;
}

export interface TaskView {
  id: string;
  planId: string;
  sectionId: string | null;
  objectiveId: string | null;
  position: number;
  text: string;
  activities: TaskActivity[];
  output: string;
  leadText: string;
  coordinatorsText: string;
  leadUnits: UnitRef[];
  coordinatingUnits: UnitRef[];
  deadline: TaskDeadline;
  budget: string;
  status: TaskStatus;
  completedOn: string | null;
  timeliness: Timeliness;
  source: TaskSource | null;
  version: number;
  updatedAt: string;
}

export interface ObjectiveNode {
  id: string;
  number: number;
  text: string;
  position: number;
  tasks: TaskView[];
}

export interface SectionNode {
  id: string;
  code: string;
  title: string;
  position: number;
  parentId: string | null;
  subsections: SectionNode[];
  objectives: ObjectiveNode[];
  /** Tasks straight under the section, in layouts without objectives. */
  tasks: TaskView[];
}

export interface PlanTree extends PlanSummary {
  sections: SectionNode[];
  /** Tasks assigned from above (UBND tỉnh giao), outside the appendix. */
  assignedTasks: TaskView[];
}

export interface Unit {
  id: string;
  agencyId: string;
  name: string;
  kind: 'unit' | 'group';
  aliases: string[];
  position: number;
  memberIds: string[];
}
