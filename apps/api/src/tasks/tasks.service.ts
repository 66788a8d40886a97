import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deriveDeadline, foldText, mayActOnTask, todayIn, type Action, type TaskScope } from '@khung/domain';
import { OutboxEventType } from '@khung/jobs';
import { Objective, Plan, Section, Task, TaskUnit, Unit } from '@khung/data';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { assertAgency, forbidden } from '../auth/forbidden.js';
import { notFound } from '../common/not-found.js';
import { diff, recordAudit } from '../history/audit.js';
import { addToOutbox } from '../outbox/outbox.js';
import { fieldError } from '../common/validation.js';
import type { CreateTaskDto, ListTasksQuery, UpdateTaskDto } from './dto/task.dto.js';
import type { TaskSummary, TaskView } from '@khung/contracts';
import { applyProgress } from './task-progress.js';
import { searchTextOf, TASK_SUMMARY_COLUMNS, TASK_VIEW_COLUMNS, toTaskSummary, toTaskView, type TaskSummaryRow, type TaskViewRow } from './task.view.js';

const TASK = { vi: 'nhiệm vụ', en: 'task' };

/** Fields of a task that only plan coordinators change; the rest is progress, open to lead units. */
const PLAN_FIELDS = ['objectiveId', 'sectionId', 'text', 'output', 'budgetText', 'deadlineText', 'dueOverride', 'leadUnitIds', 'coordinatingUnitIds'] as const;
const AUDITED: (keyof Task)[] = [
  'text', 'activities', 'output', 'leadText', 'coordinatorsText', 'deadlineText', 'deadlineDue', 'dueOverride', 'budgetText',
  'status', 'completedOn', 'percent', 'cancelReason', 'sectionId', 'objectiveId',
];
/** The columns a change may write: the audited ones and what is derived from them (version and update time move by themselves). */
const STORED: (keyof Task)[] = [...AUDITED, 'searchText', 'deadlineKind', 'deadlineStart'];

/** Where a task stands for the access rules, with its plan and the plan's year. */
export type PlacedTaskScope = TaskScope & { planId: string; planYear: number };

@Injectable()
export class TasksService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Tasks of the person's agency (any agency for an administrator), filtered, in appendix order.
   * One hand-written query for filters, page and units: this is the board's hottest read.
   */
  async list(actor: AuthUser, query: ListTasksQuery): Promise<TaskSummary[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (query.planId) {
      const [plan]: { agency_id: string }[] = await this.db.query('SELECT agency_id FROM plan WHERE id = $1', [query.planId]);
      if (!plan) throw notFound({ vi: 'kế hoạch', en: 'plan' }, query.planId);
      assertAgency(actor, plan.agency_id);
      where.push(`t.plan_id = ${param(query.planId)}`);
    } else if (actor.agencyId) {
      where.push(`t.plan_id IN (SELECT p.id FROM plan p WHERE p.agency_id = ${param(actor.agencyId)})`);
    }
    if (query.status) where.push(`t.status = ${param(query.status)}`);
    if (query.sectionId) {
      const section = param(query.sectionId);
      where.push(`t.section_id IN (SELECT s.id FROM plan_section s WHERE s.id = ${section} OR s.parent_id = ${section})`);
    }
    if (query.unitId) {
      // A unit also owns the tasks given to a group it belongs to ("Các phòng chuyên môn").
      const unit = param(query.unitId);
      where.push(`t.id IN (SELECT tu.task_id FROM task_unit tu WHERE (tu.unit_id = ${unit}
         OR tu.unit_id IN (SELECT m.group_id FROM unit_group_member m WHERE m.member_id = ${unit}))
         ${query.role ? `AND tu.role = ${param(query.role)}` : ''})`);
    }
    if (query.q?.trim()) where.push(`t.search_text LIKE ${param(`%${escapeLike(foldText(query.q))}%`)}`);
    const rows: TaskSummaryRow[] = await this.db.query(
      `SELECT ${TASK_SUMMARY_COLUMNS} FROM task t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY t.position, t.created_at LIMIT ${param(query.limit ?? 500)} OFFSET ${param(query.offset ?? 0)}`,
      params,
    );
    const today = todayIn();
    return rows.map((row) => toTaskSummary(row, today));
  }

  async get(actor: AuthUser, id: string): Promise<TaskView> {
    await this.authorize(this.db.manager, actor, 'read', id);
    return (await this.views([id]))[0];
  }

  /**
   * Checks that the person may take `action` on the task (agency, role, and for a unit member
   * the task's units) and returns where the task stands: 404 if there is no such task, 403 if
   * the person may not.
   */
  async authorize(em: EntityManager, actor: AuthUser, action: Action, taskId: string): Promise<PlacedTaskScope> {
    return (await this.scoped(em, actor, action, taskId, false)).scope;
  }

  /**
   * `authorize`, and the task locked for the rest of the transaction, in one query; 409 with the
   * task as it now is when the caller read an older `version`.
   */
  async lock(em: EntityManager, actor: AuthUser, action: Action, taskId: string, version?: number): Promise<{ task: Task; scope: PlacedTaskScope }> {
    const locked = await this.scoped(em, actor, action, taskId, true);
    if (version !== undefined && version !== locked.task.version) {
      const [current] = await this.views([taskId]);
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: 'Nhiệm vụ đã được người khác cập nhật; hãy tải lại / The task was changed by someone else; reload it',
        current,
      });
    }
    return locked;
  }

  /**
   * Writes the fields that changed since `before` (one UPDATE, which also moves the version),
   * audits them and, when they can move the figures, tells the worker through the outbox.
   */
  async saveChanges(em: EntityManager, actor: AuthUser, before: Task, after: Task, agencyId: string, action: 'update' | 'progress' = 'update'): Promise<void> {
    const stored = diff(before, after, STORED);
    const written = Object.keys(stored) as (keyof Task)[];
    if (!written.length) return;
    await em.update(Task, { id: after.id }, Object.fromEntries(written.map((field) => [field, after[field]])));
    const changes = Object.fromEntries(Object.entries(stored).filter(([field]) => AUDITED.includes(field as keyof Task)));
    await recordAudit(em, actor, { entityType: 'task', entityId: after.id, planId: after.planId, agencyId, action, changes });
    const reason = 'deadlineText' in changes || 'deadlineDue' in changes || 'dueOverride' in changes ? 'deadline' : 'status' in changes || 'completedOn' in changes ? 'status' : 'leadText' in changes || 'sectionId' in changes ? 'structure' : null;
    if (reason) await addToOutbox(em, OutboxEventType.PlanChanged, { planId: after.planId, taskId: after.id, reason });
  }

  /** The task with its plan's agency and year and its units, locked or not: 404, or 403 if the person may not. */
  private async scoped(em: EntityManager, actor: AuthUser, action: Action, taskId: string, lock: boolean): Promise<{ task: Task; scope: PlacedTaskScope }> {
    const query = em
      .createQueryBuilder(Task, 't')
      .innerJoin('t.plan', 'p')
      .addSelect('p.agency_id', 'scope_agency_id')
      .addSelect('p.year', 'scope_plan_year')
      .addSelect(`ARRAY(SELECT unit_id FROM task_unit WHERE task_id = t.id AND role = 'lead' ORDER BY position)`, 'scope_lead')
      .addSelect(`ARRAY(SELECT unit_id FROM task_unit WHERE task_id = t.id AND role = 'coordinating' ORDER BY position)`, 'scope_coordinating')
      .where('t.id = :taskId', { taskId });
    if (lock) query.setLock('pessimistic_write', undefined, ['t']);
    const { entities: [task], raw: [row] } = await query.getRawAndEntities();
    if (!task) throw notFound(TASK, taskId);
    const scope = { agencyId: row.scope_agency_id, planId: task.planId, planYear: row.scope_plan_year, leadUnitIds: row.scope_lead, coordinatingUnitIds: row.scope_coordinating };
    if (!mayActOnTask(actor, action, scope)) {
      throw action === 'read' || !mayActOnTask(actor, 'read', scope)
        ? forbidden('Dữ liệu thuộc cơ quan khác', 'This belongs to another agency')
        : forbidden('Nhiệm vụ không thuộc đơn vị của bạn', 'This task is not one of your unit\'s');
    }
    return { task, scope };
  }

  /** Reads whole tasks with their units, in the order of `ids`. */
  async views(ids: string[]): Promise<TaskView[]> {
    if (!ids.length) return [];
    const rows: TaskViewRow[] = await this.db.query(`SELECT ${TASK_VIEW_COLUMNS} FROM task t WHERE t.id = ANY($1)`, [ids]);
    const byId = new Map(rows.map((t) => [t.id, t]));
    const today = todayIn();
    return ids.flatMap((id) => (byId.has(id) ? [toTaskView(byId.get(id)!, today)] : []));
  }

  /** Every task of a plan, whole, in appendix order (the plan tree). */
  async planViews(planId: string): Promise<TaskView[]> {
    const rows: TaskViewRow[] = await this.db.query(`SELECT ${TASK_VIEW_COLUMNS} FROM task t WHERE t.plan_id = $1 ORDER BY t.position, t.created_at`, [planId]);
    const today = todayIn();
    return rows.map((row) => toTaskView(row, today));
  }

  async create(actor: AuthUser, dto: CreateTaskDto): Promise<TaskView> {
    const id = await this.db.transaction(async (em) => {
      const plan = await em.findOneBy(Plan, { id: dto.planId });
      if (!plan) throw notFound({ vi: 'kế hoạch', en: 'plan' }, dto.planId);
      assertAgency(actor, plan.agencyId);
      const place = await this.placeOf(em, plan, dto);
      const deadline = deriveDeadline(dto.deadlineText ?? '', plan.year);
      const position = await this.nextPosition(em, plan.id, place.objectiveId ?? place.sectionId);
      const task = em.create(Task, {
        planId: plan.id,
        sectionId: place.sectionId,
        objectiveId: place.objectiveId,
        position,
        text: dto.text,
        activities: (dto.activities ?? []).map((a) => ({ text: a.text, done: a.done ?? false })),
        output: dto.output ?? '',
        deadlineText: dto.deadlineText ?? '',
        deadlineKind: deadline.kind,
        deadlineStart: deadline.start,
        deadlineDue: deadline.due,
        budgetText: dto.budgetText ?? '',
        sourceNumber: dto.source?.number ?? null,
        sourceDate: dto.source?.date ?? null,
        sourceIssuer: dto.source?.issuer ?? null,
      });
      task.searchText = searchTextOf(task);
      const units = await this.unitsOf(em, plan.agencyId, dto.leadUnitIds, dto.coordinatingUnitIds ?? []);
      Object.assign(task, { leadText: units.leadText, coordinatorsText: units.coordinatorsText });
      const saved = await em.save(task);
      await units.store(saved.id);
      await recordAudit(em, actor, { entityType: 'task', entityId: saved.id, planId: plan.id, agencyId: plan.agencyId, action: 'create', changes: diff({} as Task, saved, AUDITED) });
      await addToOutbox(em, OutboxEventType.PlanChanged, { planId: plan.id, taskId: saved.id, reason: 'structure' });
      return saved.id;
    });
    return (await this.views([id]))[0];
  }

  /**
   * Edits a task. Its text, place, units and deadline are the coordinators' (plan.manage); its
   * status and completion are progress, open to the people of its lead units. A stale
   * `version` gets 409 with the task as it now is.
   */
  async update(actor: AuthUser, id: string, dto: UpdateTaskDto): Promise<TaskView> {
    await this.db.transaction(async (em) => {
      const action: Action = PLAN_FIELDS.some((field) => dto[field] !== undefined) ? 'plan.manage' : 'task.progress';
      const { task, scope } = await this.lock(em, actor, action, id, dto.version);
      const before = { ...task };
      const plan = { id: scope.planId, agencyId: scope.agencyId, year: scope.planYear };
      if (dto.objectiveId !== undefined || dto.sectionId !== undefined) {
        Object.assign(task, await this.placeOf(em, plan, { objectiveId: dto.objectiveId, sectionId: dto.sectionId, source: undefined }));
      }
      if (dto.text !== undefined) task.text = dto.text;
      if (dto.activities !== undefined) task.activities = dto.activities.map((a) => ({ text: a.text, done: a.done ?? false }));
      if (dto.output !== undefined) task.output = dto.output;
      task.searchText = searchTextOf(task);
      if (dto.budgetText !== undefined) task.budgetText = dto.budgetText;
      if (dto.deadlineText !== undefined) {
        const deadline = deriveDeadline(dto.deadlineText, plan.year);
        Object.assign(task, { deadlineText: dto.deadlineText, deadlineKind: deadline.kind, deadlineStart: deadline.start, deadlineDue: deadline.due });
      }
      if (dto.dueOverride !== undefined) task.dueOverride = dto.dueOverride;
      applyProgress(task, dto, todayIn());
      if (dto.leadUnitIds !== undefined || dto.coordinatingUnitIds !== undefined) {
        const units = await this.unitsOf(em, plan.agencyId, dto.leadUnitIds ?? scope.leadUnitIds, dto.coordinatingUnitIds ?? scope.coordinatingUnitIds);
        Object.assign(task, { leadText: units.leadText, coordinatorsText: units.coordinatorsText });
        await units.store(id);
      }
      await this.saveChanges(em, actor, before, task, plan.agencyId);
    });
    return (await this.views([id]))[0];
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const { task, scope } = await this.lock(em, actor, 'plan.manage', id);
      await em.delete(Task, { id });
      await recordAudit(em, actor, { entityType: 'task', entityId: id, planId: scope.planId, agencyId: scope.agencyId, action: 'delete', changes: { text: [task.text, null] } });
      await addToOutbox(em, OutboxEventType.PlanChanged, { planId: scope.planId, taskId: id, reason: 'structure' });
    });
  }

  /** Where a task sits: under an objective, straight under a section, or (with a source) nowhere. */
  private async placeOf(
    em: EntityManager,
    plan: Pick<Plan, 'id'>,
    dto: Pick<CreateTaskDto, 'objectiveId' | 'sectionId' | 'source'>,
  ): Promise<{ sectionId: string | null; objectiveId: string | null }> {
    if (dto.objectiveId) {
      const objective = await em.findOneBy(Objective, { id: dto.objectiveId, planId: plan.id });
      if (!objective) throw fieldError('objectiveId', 'exists', 'Mục tiêu không thuộc kế hoạch này', 'The objective is not part of this plan');
      return { sectionId: objective.sectionId, objectiveId: objective.id };
    }
    if (dto.sectionId) {
      const section = await em.findOneBy(Section, { id: dto.sectionId, planId: plan.id });
      if (!section) throw fieldError('sectionId', 'exists', 'Mục không thuộc kế hoạch này', 'The section is not part of this plan');
      return { sectionId: section.id, objectiveId: null };
    }
    if (!dto.source) {
      throw fieldError(
        'objectiveId',
        'isDefined',
        'Cần "objectiveId" hoặc "sectionId" (nhiệm vụ trong kế hoạch) hoặc "source" (nhiệm vụ cấp trên giao)',
        'objectiveId or sectionId (a plan task) or source (a task assigned from above) is required',
      );
    }
    return { sectionId: null, objectiveId: null };
  }

  /** A new task goes after the last task of its objective (or section); later tasks move down. */
  private async nextPosition(em: EntityManager, planId: string, parentId: string | null): Promise<number> {
    const column = parentId ? '(objective_id = $2 OR (objective_id IS NULL AND section_id = $2))' : 'section_id IS NULL';
    const params = parentId ? [planId, parentId] : [planId];
    const [{ last }] = await em.query(`SELECT max(position) AS last FROM task WHERE plan_id = $1 AND ${column}`, params);
    if (last === null) {
      const [{ end }] = await em.query('SELECT coalesce(max(position) + 1, 0) AS end FROM task WHERE plan_id = $1', [planId]);
      return Number(end);
    }
    await em.query('UPDATE task SET position = position + 1 WHERE plan_id = $1 AND position > $2', [planId, last]);
    return Number(last) + 1;
  }

  /**
   * Checks the lead and coordinating units against the plan's agency; gives the Chủ trì / Phối
   * hợp cells written from their names, and a function that stores them for a task.
   */
  private async unitsOf(em: EntityManager, agencyId: string, leadIds: string[], coordinatingIds: string[]) {
    const lead = [...new Set(leadIds)];
    const coordinating = [...new Set(coordinatingIds)];
    const wanted = [...new Set([...lead, ...coordinating])];
    const units = wanted.length ? await em.findBy(Unit, { id: In(wanted), agencyId }) : [];
    const names = new Map(units.map((u) => [u.id, u.name]));
    const missing = wanted.filter((id) => !names.has(id));
    if (missing.length) {
      const field = lead.includes(missing[0]) ? 'leadUnitIds' : 'coordinatingUnitIds';
      throw fieldError(field, 'exists', `Đơn vị không tồn tại trong cơ quan: ${missing.join(', ')}`, `Unknown units for this agency: ${missing.join(', ')}`);
    }
    return {
      leadText: lead.map((id) => names.get(id)).join(', '),
      coordinatorsText: coordinating.map((id) => names.get(id)).join(', '),
      store: async (taskId: string) => {
        await em.delete(TaskUnit, { taskId });
        const rows = [
          ...lead.map((unitId, position) => ({ taskId, unitId, role: 'lead' as const, position })),
          ...coordinating.map((unitId, position) => ({ taskId, unitId, role: 'coordinating' as const, position })),
        ];
        if (rows.length) await em.insert(TaskUnit, rows);
      },
    };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
