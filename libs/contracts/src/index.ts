// The shapes the API answers with, shared by the api (which builds them) and the web app
// (which reads them). Types only: nothing here runs.
import type { DeadlineKind, ReminderKind, TaskStatus, Timeliness } from '@khung/domain';

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

/** A task as a row of a list (GET /api/tasks): what a board or list shows. The checklist is counted, not listed. */
export interface TaskSummary {
  id: string;
  planId: string;
  sectionId: string | null;
  objectiveId: string | null;
  position: number;
  text: string;
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
  status: TaskStatus;
  completedOn: string | null;
  /** Progress in percent (the activity checklist moves it; done is 100). */
  percent: number;
  /** Activities ticked off, of all activities. */
  checklist: { done: number; total: number };
  cancelReason: string | null;
  timeliness: Timeliness;
  /** The document of a task assigned from above; null for a plan task. */
  source: TaskSource | null;
  version: number;
  updatedAt: string;
}

/** A task whole (GET /api/tasks/:id, the plan tree): the summary with its activities, output and budget. */
export interface TaskView extends TaskSummary {
  activities: TaskActivityView[];
  output: string;
  budget: string;
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
  /** On a dry run: the plan as it would be imported. */
  preview?: ImportPreviewSection[];
}

/** A task as an import reads it: its units resolved or not, its deadline derived or not. */
export interface ImportPreviewTask {
  text: string;
  leadUnits: string[];
  coordinatingUnits: string[];
  /** Names in its Chủ trì / Phối hợp cells that matched no unit, alias or group. */
  unresolvedUnits: string[];
  deadline: { text: string; kind: DeadlineKind; due: string | null };
}

export interface ImportPreviewSection {
  code: string;
  title: string;
  /** Tasks straight under the section, in layouts without objectives. */
  tasks: ImportPreviewTask[];
  objectives: { number: number; text: string; tasks: ImportPreviewTask[] }[];
  subsections: ImportPreviewSection[];
}

/** A table of a generated report, its cells as the document shows them. */
export interface ReportTable {
  key: 'indicators' | 'byUnit' | 'overdue';
  title: string;
  columns: string[];
  rows: string[][];
}

/**
 * The period report of a plan: the statistics rows of "Phụ lục 1B" (1.2, 1.2.1, 1.2.2,
 * 1.5.1–1.5.4), the figures by lead unit, and the overdue tasks; numbers written the Vietnamese way.
 */
export interface PeriodReport {
  planId: string;
  heading: string[];
  period: { code: string; from: string; to: string; labelVi: string };
  asOf: string;
  /** "Đạt 27,5% KH năm; 100% KH Quý I" */
  summaryVi: string;
  tables: ReportTable[];
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

/** Jobs of one queue by state (what Bull Board shows). */
export interface QueueCountsView {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  /** Paused queues take no jobs until resumed. */
  paused: boolean;
}

/** A reminder in the person's inbox (GET /api/me/notifications), with why they got it. */
export interface NotificationView {
  id: string;
  kind: ReminderKind;
  /** Why, in Vietnamese: "còn 7 ngày đến hạn", "đã quá hạn 14 ngày"… */
  reasonVi: string;
  task: { id: string; text: string; deadlineText: string; planId: string };
  /** The date reminded of: the due date, or the end of a recurring task's period. */
  due: string;
  /** Days before `due` (after it when overdue). */
  days: number;
  /** Why this person: their unit leads the task, or coordinates it. */
  role: 'lead' | 'coordinating';
  /** The agency's day the reminder was for. */
  remindOn: string;
  /** The e-mail copy: queued, sent, not wanted (e-mail off or no address), or given up on. */
  email: { status: 'pending' | 'sent' | 'off' | 'failed'; error: string | null };
  createdAt: string;
  readAt: string | null;
}
