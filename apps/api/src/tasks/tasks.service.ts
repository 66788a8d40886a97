import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { deriveDeadline, foldText, todayIn } from '@khung/domain';
import { Objective, Plan, Section, Task, TaskUnit, Unit, type TaskUnitRole } from '@khung/data';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { notFound } from '../common/not-found.js';
import { fieldError } from '../common/validation.js';
import type { CreateTaskDto, ListTasksQuery, UpdateTaskDto } from './dto/task.dto.js';
import type { TaskView } from '@khung/contracts';
import { searchTextOf, toTaskView } from './task.view.js';

const TASK = { vi: 'nhiệm vụ', en: 'task' };

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
  ) {}

  async list(query: ListTasksQuery): Promise<TaskView[]> {
    const qb = this.tasks.createQueryBuilder('t').select('t.id');
    if (query.planId) qb.andWhere('t.plan_id = :planId', { planId: query.planId });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.sectionId) {
      qb.andWhere('t.section_id IN (SELECT s.id FROM plan_section s WHERE s.id = :sectionId OR s.parent_id = :sectionId)', {
        sectionId: query.sectionId,
      });
    }
    if (query.unitId) {
      // A unit also owns the tasks given to a group it belongs to ("Các phòng chuyên môn").
      qb.andWhere(
        `t.id IN (SELECT tu.task_id FROM task_unit tu WHERE (tu.unit_id = :unitId
           OR tu.unit_id IN (SELECT m.group_id FROM unit_group_member m WHERE m.member_id = :unitId))
           ${query.role ? 'AND tu.role = :role' : ''})`,
        { unitId: query.unitId, role: query.role },
      );
    }
    if (query.q?.trim()) qb.andWhere('t.search_text LIKE :q', { q: `%${escapeLike(foldText(query.q))}%` });
    qb.orderBy('t.position', 'ASC').addOrderBy('t.created_at', 'ASC').take(query.limit ?? 500).skip(query.offset ?? 0);
    const ids = (await qb.getMany()).map((t) => t.id);
    return this.views(ids);
  }

  async get(id: string): Promise<TaskView> {
    const [view] = await this.views([id]);
    if (!view) throw notFound(TASK, id);
    return view;
  }

  /** Reads tasks with their units, in the order of `ids`. */
  async views(ids: string[]): Promise<TaskView[]> {
    if (!ids.length) return [];
    const rows = await this.tasks.find({ where: { id: In(ids) }, relations: { units: { unit: true } } });
    const byId = new Map(rows.map((t) => [t.id, t]));
    const today = todayIn();
    return ids.flatMap((id) => (byId.has(id) ? [toTaskView(byId.get(id)!, today)] : []));
  }

  async create(dto: CreateTaskDto): Promise<TaskView> {
    const id = await this.db.transaction(async (em) => {
      const plan = await em.findOneBy(Plan, { id: dto.planId });
      if (!plan) throw notFound({ vi: 'kế hoạch', en: 'plan' }, dto.planId);
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
      return saved.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateTaskDto): Promise<TaskView> {
    await this.db.transaction(async (em) => {
      const task = await em.findOne(Task, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw notFound(TASK, id);
      if (dto.version !== undefined && dto.version !== task.version) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: 'Nhiệm vụ đã được người khác cập nhật; hãy tải lại / The task was changed by someone else; reload it',
          current: await this.get(id),
        });
      }
      const plan = await em.findOneByOrFail(Plan, { id: task.planId });
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
      this.applyStatus(task, dto);
      if (dto.leadUnitIds !== undefined || dto.coordinatingUnitIds !== undefined) {
        const current = await em.findBy(TaskUnit, { taskId: id });
        const keep = (role: TaskUnitRole) => current.filter((u) => u.role === role).sort((a, b) => a.position - b.position).map((u) => u.unitId);
        const units = await this.unitsOf(em, plan.agencyId, dto.leadUnitIds ?? keep('lead'), dto.coordinatingUnitIds ?? keep('coordinating'));
        Object.assign(task, { leadText: units.leadText, coordinatorsText: units.coordinatorsText });
        await units.store(id);
      }
      await em.save(task);
    });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const result = await this.tasks.delete({ id });
    if (!result.affected) throw notFound(TASK, id);
  }

  /** Completion day: given, or today in the agency's zone; never in the future; cleared when reopened. */
  private applyStatus(task: Task, dto: UpdateTaskDto): void {
    const today = todayIn();
    if (dto.completedOn !== undefined && dto.completedOn > today) {
      throw fieldError('completedOn', 'notInFuture', '"completedOn" không được sau ngày hôm nay', 'completedOn cannot be after today');
    }
    const status = dto.status ?? task.status;
    if (dto.completedOn !== undefined && status !== 'done') {
      throw fieldError('completedOn', 'onlyWhenDone', '"completedOn" chỉ dùng khi trạng thái là "done"', 'completedOn is only for a task whose status is done');
    }
    task.status = status;
    task.completedOn = status === 'done' ? (dto.completedOn ?? task.completedOn ?? today) : null;
  }

  /** Where a task sits: under an objective, straight under a section, or (with a source) nowhere. */
  private async placeOf(
    em: EntityManager,
    plan: Plan,
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
