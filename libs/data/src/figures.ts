import { parsePeriod, type FigureTask, type ReportingPeriod } from '@khung/domain';
import type { EntityManager } from 'typeorm';
import { PlanRevision } from './entities/plan-revision.entity.js';
import { Section } from './entities/section.entity.js';
import { Task } from './entities/task.entity.js';
import { effectiveDue, isAssignedFromAbove } from './task-facts.js';

/** The tasks of a plan in the shape the figures need, for a given reporting period. */
export type FigureTasksFor = (period: ReportingPeriod) => FigureTask[];

/**
 * Reads a plan's tasks for the figures (the API computing on demand and the worker storing them
 * read the same); a sub-section's tasks count under its section, and a periodic report counts
 * for every reporting period that contains the period it reports on.
 */
export async function loadFigureTasks(em: EntityManager, planId: string): Promise<FigureTasksFor> {
  // One after the other: `em` may be a transaction, which runs one query at a time.
  const tasks = await em.find(Task, { where: { planId }, relations: { units: { unit: true } }, order: { position: 'ASC' } });
  const sections = await em.find(Section, { where: { planId } });
  const reports: { task_id: string; period_code: string }[] = await em.query(
    `SELECT DISTINCT e.task_id, e.period_code FROM progress_entry e JOIN task t ON t.id = e.task_id
     WHERE t.plan_id = $1 AND e.period_code IS NOT NULL`,
    [planId],
  );
  const byId = new Map(sections.map((s) => [s.id, s]));
  const topOf = (id: string | null) => {
    let section = id ? byId.get(id) : undefined;
    while (section?.parentId) section = byId.get(section.parentId);
    return section ? { id: section.id, code: section.code, title: section.title } : null;
  };
  const base = tasks.map((t) => ({
    id: t.id,
    status: t.status,
    due: effectiveDue(t),
    recurring: t.deadlineKind === 'recurring',
    completedOn: t.completedOn,
    leadUnits: t.units
      .filter((u) => u.role === 'lead')
      .sort((a, b) => a.position - b.position)
      .map((u) => ({ id: u.unitId, name: u.unit.name })),
    section: topOf(t.sectionId),
    assignedFromAbove: isAssignedFromAbove(t),
  }));
  return (period) => {
    const reported = new Set(reports.filter((r) => reportsWithin(r.period_code, period)).map((r) => r.task_id));
    return base.map((t) => ({ ...t, reportedInPeriod: reported.has(t.id) }));
  };
}

function reportsWithin(code: string, period: ReportingPeriod): boolean {
  try {
    const reportedOn = parsePeriod(code);
    return reportedOn.from >= period.from && reportedOn.to <= period.to;
  } catch {
    return false;
  }
}

/**
 * Raises the plan's change counter, in the transaction of the change: stored figures computed
 * before it stop being current the moment the change commits. Concurrent changes to one plan
 * queue on this row until commit, so the counter orders them exactly.
 */
export async function markPlanChanged(em: EntityManager, planId: string): Promise<void> {
  await em.query(
    `INSERT INTO plan_revision (plan_id, revision) VALUES ($1, 1)
     ON CONFLICT (plan_id) DO UPDATE SET revision = plan_revision.revision + 1`,
    [planId],
  );
}

/** The plan's change counter as the caller's transaction sees it. */
export async function planRevision(em: EntityManager, planId: string): Promise<number> {
  return (await em.findOneBy(PlanRevision, { planId }))?.revision ?? 0;
}
