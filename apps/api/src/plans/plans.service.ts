import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Objective, Plan, Section, Task } from '@khung/data';
import { todayIn } from '@khung/domain';
import { OutboxEventType } from '@khung/jobs';
import type { DataSource, Repository } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { assertAgency } from '../auth/forbidden.js';
import { notFound } from '../common/not-found.js';
import { diff, recordAudit } from '../history/audit.js';
import { addToOutbox } from '../outbox/outbox.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { PlanSummary, PlanTree, SectionNode, TaskView } from '@khung/contracts';
import type { CreatePlanDto, UpdatePlanDto } from './dto/plan.dto.js';

export const PLAN = { vi: 'kế hoạch', en: 'plan' };
const AUDITED: (keyof Plan)[] = ['year', 'number', 'title', 'status', 'issuedOn'];

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    @InjectRepository(Section) private readonly sections: Repository<Section>,
    @InjectRepository(Objective) private readonly objectives: Repository<Objective>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    private readonly agencies: AgenciesService,
    private readonly taskViews: TasksService,
  ) {}

  async list(actor: AuthUser, agencyId?: string): Promise<PlanSummary[]> {
    const agency = await this.agencies.resolve(actor, agencyId);
    const rows = await this.plans
      .createQueryBuilder('p')
      .where('p.agency_id = :agencyId', { agencyId: agency.id })
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .getMany();
    const counts = await this.taskCounts(rows.map((p) => p.id));
    return rows.map((p) => summary(p, counts.get(p.id) ?? 0));
  }

  async get(actor: AuthUser, id: string): Promise<PlanSummary> {
    const plan = await this.load(actor, id);
    return summary(plan, (await this.taskCounts([id])).get(id) ?? 0);
  }

  /** The plan as its appendix: sections → sub-sections → objectives → tasks. */
  async tree(actor: AuthUser, id: string): Promise<PlanTree> {
    const plan = await this.load(actor, id);
    const [sections, objectives, tasks] = await Promise.all([
      this.sections.find({ where: { planId: id }, order: { position: 'ASC' } }),
      this.objectives.find({ where: { planId: id }, order: { position: 'ASC' } }),
      this.taskViews.planViews(id),
    ]);
    const nodes = new Map<string, SectionNode>(
      sections.map((s) => [s.id, { id: s.id, code: s.code, title: s.title, position: s.position, parentId: s.parentId, subsections: [], objectives: [], tasks: [] }]),
    );
    const objectiveNodes = new Map(objectives.map((o) => [o.id, { id: o.id, number: o.number, text: o.text, position: o.position, tasks: [] as TaskView[] }]));
    for (const o of objectives) nodes.get(o.sectionId)?.objectives.push(objectiveNodes.get(o.id)!);
    const assignedTasks: TaskView[] = [];
    for (const t of tasks) {
      if (t.objectiveId) objectiveNodes.get(t.objectiveId)?.tasks.push(t);
      else if (t.sectionId) nodes.get(t.sectionId)?.tasks.push(t);
      else assignedTasks.push(t);
    }
    const roots: SectionNode[] = [];
    for (const node of nodes.values()) (node.parentId ? nodes.get(node.parentId)?.subsections : roots)?.push(node);
    return { ...summary(plan, tasks.length), sections: roots, assignedTasks };
  }

  async create(actor: AuthUser, dto: CreatePlanDto): Promise<PlanSummary> {
    const agency = await this.agencies.resolve(actor, dto.agencyId);
    const plan = await this.db.transaction(async (em) => {
      const created = await em.save(em.create(Plan, { agencyId: agency.id, year: dto.year, number: dto.number ?? null, title: dto.title }));
      await recordAudit(em, actor, { entityType: 'plan', entityId: created.id, planId: created.id, action: 'create', agencyId: agency.id, changes: diff({} as Plan, created, AUDITED) });
      return created;
    });
    return summary(plan, 0);
  }

  /** Edits the plan; issuing it dates it and starts its reminders. */
  async update(actor: AuthUser, id: string, dto: UpdatePlanDto): Promise<PlanSummary> {
    await this.db.transaction(async (em) => {
      const plan = await this.load(actor, id, em);
      const before = { ...plan };
      Object.assign(plan, dto);
      if (dto.status === 'issued' && !plan.issuedOn) plan.issuedOn = todayIn();
      await em.save(plan);
      await recordAudit(em, actor, { entityType: 'plan', entityId: id, planId: id, action: 'update', agencyId: plan.agencyId, changes: diff(before, plan, AUDITED) });
      if (before.status !== 'issued' && plan.status === 'issued') await addToOutbox(em, OutboxEventType.PlanIssued, { planId: id });
    });
    return this.get(actor, id);
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const plan = await this.load(actor, id, em);
      await em.delete(Plan, { id });
      await recordAudit(em, actor, { entityType: 'plan', entityId: id, planId: id, action: 'delete', agencyId: plan.agencyId, changes: { title: [plan.title, null] } });
    });
  }

  /** The plan, if the person may see its agency (403 otherwise, 404 when there is none). */
  async load(actor: AuthUser, id: string, em = this.db.manager): Promise<Plan> {
    const plan = await em.findOneBy(Plan, { id });
    if (!plan) throw notFound(PLAN, id);
    assertAgency(actor, plan.agencyId);
    return plan;
  }

  private async taskCounts(planIds: string[]): Promise<Map<string, number>> {
    if (!planIds.length) return new Map();
    const rows: { plan_id: string; n: string }[] = await this.tasks.query(
      'SELECT plan_id, count(*) AS n FROM task WHERE plan_id = ANY($1) GROUP BY plan_id',
      [planIds],
    );
    return new Map(rows.map((r) => [r.plan_id, Number(r.n)]));
  }
}

function summary(plan: Plan, taskCount: number): PlanSummary {
  return {
    id: plan.id,
    agencyId: plan.agencyId,
    year: plan.year,
    number: plan.number,
    title: plan.title,
    status: plan.status,
    issuedOn: plan.issuedOn,
    taskCount,
  };
}
