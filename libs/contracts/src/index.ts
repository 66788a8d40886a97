// The shapes the API answers with, shared by the api (which builds them) and the web app
// (which reads them). Types only: nothing here runs.
import type { DeadlineKind, TaskStatus, Timeliness } from '@khung/domain';

export interface UnitRef {
  id: string;
  name: string;
}

export interface AgencyView {
  id: string;
  name: string;
  shortName: string | null;
  timeZone: string;
}

/** The document of a task assigned from above (UBND tỉnh giao). */
export interface TaskSource {
  number: string | null;
  date: string | null;
  issuer: string | null;
}

export interface TaskActivityView {
  text: string;
  done: boolean;
}

export interface TaskView {
  id: string;
  planId: string;
  sectionId: string | null;
  objectiveId: string | null;
  position: number;
  text: string;
  activities: TaskActivityView[];
  output: string;
  /** The Chủ trì and Phối hợp cells as written. */
  leadText: string;
  coordinatorsText: string;
  leadUnits: UnitRef[];
  coordinatingUnits: UnitRef[];
  deadline: {
    text: string;
    kind: DeadlineKind;
    start: string | null;
    /** The due date that counts: the override when set, else the derived one. */
    due: string | null;
    derivedDue: string | null;
    overridden: boolean;
  };
  budget: string;
  status: TaskStatus;
  completedOn: string | null;
  timeliness: Timeliness;
  /** The document of a task assigned from above; null for a plan task. */
  source: TaskSource | null;
  version: number;
  updatedAt: string;
}

export type UnitKind = 'unit' | 'group';

export interface UnitView {
  id: string;
  agencyId: string;
  name: string;
  kind: UnitKind;
  aliases: string[];
  position: number;
  memberIds: string[];
}

export type Role = 'admin' | 'coordinator' | 'leader' | 'member' | 'viewer';

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  agencyId: string | null;
  units: UnitRef[];
  isActive: boolean;
  emailNotifications: boolean;
}

export type PlanStatus = 'draft' | 'issued' | 'closed';

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

export interface ImportResult {
  planId: string | null;
  dryRun: boolean;
  sectionCount: number;
  objectiveCount: number;
  taskCount: number;
  /** Unit names of the Chủ trì / Phối hợp cells that matched no unit, alias or group. */
  unresolvedUnits: string[];
  /** Deadline cells that fit no rule, with where they are. */
  unparsedDeadlines: { task: string; text: string }[];
}

export interface FieldError {
  field: string;
  rule: string;
  vi: string;
  en: string;
}

/** The body of every error answer. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  /** "Vietnamese / English". */
  message: string;
  errors?: FieldError[];
}

export interface EvidenceFileView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

/** A report of progress on a task, with its evidence. */
export interface ProgressEntryView {
  id: string;
  status: TaskStatus;
  percent: number;
  note: string;
  completedOn: string | null;
  cancelReason: string | null;
  /** For a periodic report on a recurring task: the period reported on ("2026-Q1"). */
  periodCode: string | null;
  document: { number: string | null; date: string | null; issuer: string | null; link: string | null } | null;
  author: UnitRef | null;
  files: EvidenceFileView[];
  createdAt: string;
}

export interface CommentView {
  id: string;
  body: string;
  author: UnitRef | null;
  createdAt: string;
}

/** One change on record: who, when, what, before → after. */
export interface AuditEntryView {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, [unknown, unknown]>;
}
