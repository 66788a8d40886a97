import { isIsoDate, minDate } from './dates.js';
import { formatPercentVi, ratioOf } from './format.js';
import { periodShortLabelVi, type ReportingPeriod } from './period.js';
import { isDoneBy, timelinessOf, type TaskStatus } from './timeliness.js';

export interface FigureTask {
  id: string;
  status: TaskStatus;
  due: string | null;
  recurring: boolean;
  completedOn: string | null;
  leadUnits: { id: string; name: string }[];
  section: { id: string; code: string; title: string } | null;
  assignedFromAbove: boolean;
  reportedInPeriod: boolean;
}

export interface FigureCounts {
  inPlan: number;
  completed: number;
  ratio: number | null;
  ratioText: string;
  period: { due: number; completed: number; ratio: number | null; ratioText: string };
  recurring: { total: number; reported: number };
  notYetDue: number;
  overdue: number;
  dueSoon: number;
  noDate: number;
}

const PLAN_BUCKETS = [
  'inPlan', 'completed', 'periodDue', 'periodCompleted', 'recurring', 'recurringReported',
  'notYetDue', 'overdue', 'dueSoon', 'noDate',
] as const;
type PlanBucket = (typeof PLAN_BUCKETS)[number];
type AssignedBucket = 'assigned' | 'assignedOnTime' | 'assignedLate' | 'assignedOverdueNotDone';

export interface PlanFigures extends FigureCounts {
  asOf: string;
  period: FigureCounts['period'] & { code: string; from: string; to: string; labelVi: string };
  summaryVi: string;
  byUnit: (FigureCounts & { unitId: string; unitName: string })[];
  bySection: (FigureCounts & { sectionId: string; code: string; title: string })[];
  assigned: { total: number; onTime: number; late: number; overdueNotDone: number };
  taskIds: Record<PlanBucket | AssignedBucket, string[]>;
}

interface Context {
  asOf: string;
  periodTo: string;
  dueSoonDays: number;
}

/**
 * The plan buckets one task falls in. Recurring tasks have no single date: they count in the plan,
 * in `completed` once done, and in `recurring`, never in the dated counts (period, overdue…).
 */
function planBucketsOf(t: FigureTask, c: Context): PlanBucket[] {
  if (t.status === 'cancelled') return [];
  const done = isDoneBy(t, c.asOf);
  const buckets: PlanBucket[] = done ? ['inPlan', 'completed'] : ['inPlan'];
  if (t.recurring) {
    buckets.push('recurring');
    if (t.reportedInPeriod) buckets.push('recurringReported');
    return buckets;
  }
  if (t.due === null) {
    if (!done) buckets.push('noDate');
    return buckets;
  }
  if (t.due <= c.periodTo) {
    buckets.push('periodDue');
    if (done) buckets.push('periodCompleted');
  } else if (!done) {
    buckets.push('notYetDue');
  }
  const timeliness = timelinessOf(t, c.asOf, c.dueSoonDays);
  if (timeliness === 'overdue') buckets.push('overdue');
  if (timeliness === 'due_soon') buckets.push('dueSoon');
  return buckets;
}

function assignedBucketsOf(t: FigureTask, c: Context): AssignedBucket[] {
  if (t.status === 'cancelled') return [];
  switch (timelinessOf(t, c.asOf, c.dueSoonDays)) {
    case 'done_on_time': return ['assigned', 'assignedOnTime'];
    case 'done_late': return ['assigned', 'assignedLate'];
    case 'overdue': return ['assigned', 'assignedOverdueNotDone'];
    default: return ['assigned'];
  }
}

function collectIds<B extends string>(keys: readonly B[], tasks: FigureTask[], bucketsOf: (t: FigureTask) => B[]) {
  const ids = Object.fromEntries(keys.map((k) => [k, [] as string[]])) as Record<B, string[]>;
  for (const t of tasks) for (const b of bucketsOf(t)) ids[b].push(t.id);
  return ids;
}

function countsOf(ids: Record<PlanBucket, string[]>): FigureCounts {
  const ratio = ratioOf(ids.completed.length, ids.inPlan.length);
  const periodRatio = ratioOf(ids.periodCompleted.length, ids.periodDue.length);
  return {
    inPlan: ids.inPlan.length,
    completed: ids.completed.length,
    ratio,
    ratioText: formatPercentVi(ratio),
    period: {
      due: ids.periodDue.length,
      completed: ids.periodCompleted.length,
      ratio: periodRatio,
      ratioText: formatPercentVi(periodRatio),
    },
    recurring: { total: ids.recurring.length, reported: ids.recurringReported.length },
    notYetDue: ids.notYetDue.length,
    overdue: ids.overdue.length,
    dueSoon: ids.dueSoon.length,
    noDate: ids.noDate.length,
  };
}

/** Groups tasks under each unit or section they name, in order of first appearance, once per group. */
function groupBy<G extends { id: string }>(tasks: FigureTask[], groupsOf: (t: FigureTask) => G[]) {
  const groups = new Map<string, { group: G; tasks: FigureTask[] }>();
  for (const t of tasks) {
    for (const group of groupsOf(t)) {
      const entry = groups.get(group.id) ?? { group, tasks: [] };
      if (entry.tasks.at(-1) !== t) entry.tasks.push(t);
      groups.set(group.id, entry);
    }
  }
  return [...groups.values()];
}

const byVietnameseName = new Intl.Collator('vi').compare;

/**
 * The report figures of a plan for a period. The report's "as of" day D is min(asOf, period.to):
 * a live board passes today, and a past period is frozen at its end. Everything that depends on
 * a day (completed, overdue, due soon, assigned timeliness) is judged on D; the period plan
 * ("KH Quý I") is the dated tasks due on or before period.to.
 */
export function computeFigures(input: {
  tasks: FigureTask[];
  period: ReportingPeriod;
  asOf: string;
  dueSoonDays?: number;
}): PlanFigures {
  const { tasks, period, asOf, dueSoonDays = 7 } = input;
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be an ISO date, got ${JSON.stringify(asOf)}`);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) throw new RangeError(`Bad dueSoonDays ${dueSoonDays}`);
  const c: Context = { asOf: minDate(asOf, period.to), periodTo: period.to, dueSoonDays };
  const planTasks = tasks.filter((t) => !t.assignedFromAbove);
  const planIdsOf = (ts: FigureTask[]) => collectIds(PLAN_BUCKETS, ts, (t) => planBucketsOf(t, c));
  const planCounts = (ts: FigureTask[]) => countsOf(planIdsOf(ts));

  const planIds = planIdsOf(planTasks);
  const assignedIds = collectIds(
    ['assigned', 'assignedOnTime', 'assignedLate', 'assignedOverdueNotDone'] as const,
    tasks.filter((t) => t.assignedFromAbove),
    (t) => assignedBucketsOf(t, c),
  );
  const counts = countsOf(planIds);
  const summaryPeriod = counts.period.due === 0
    ? ''
    : `; ${counts.period.ratioText} KH ${periodShortLabelVi(period)}`;

  return {
    ...counts,
    asOf: c.asOf,
    period: { ...counts.period, code: period.code, from: period.from, to: period.to, labelVi: period.labelVi },
    summaryVi: `Đạt ${counts.ratioText} KH năm${summaryPeriod}`,
    byUnit: groupBy(planTasks, (t) => t.leadUnits)
      .map(({ group, tasks: ts }) => ({ ...planCounts(ts), unitId: group.id, unitName: group.name }))
      .sort((a, b) => byVietnameseName(a.unitName, b.unitName)),
    bySection: groupBy(planTasks, (t) => (t.section === null ? [] : [t.section]))
      .map(({ group, tasks: ts }) => ({ ...planCounts(ts), sectionId: group.id, code: group.code, title: group.title })),
    assigned: {
      total: assignedIds.assigned.length,
      onTime: assignedIds.assignedOnTime.length,
      late: assignedIds.assignedLate.length,
      overdueNotDone: assignedIds.assignedOverdueNotDone.length,
    },
    taskIds: { ...planIds, ...assignedIds },
  };
}
