import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Objective, Plan, Section, Task } from '@khung/data';
import { todayIn } from '@khung/domain';
import type { Repository } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service.js';
import { notFound } from '../common/not-found.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { PlanSummary, PlanTree, SectionNode, TaskView } from '@khung/contracts';
import type { CreatePlanDto, UpdatePlanDto } from './dto/plan.dto.js';

export const PLAN = { vi: 'kế hoạch', en: 'plan' };

@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    @InjectRepository(Section) private readonly sections: Repository<Section>,
    @InjectRepository(Objective) private readonly objectives: Repository<Objective>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    private readonly agencies: AgenciesService,
    private readonly taskViews: TasksService,
  ) {}

  async list(agencyId?: string): Promise<PlanSummary[]> {
    const rows = await this.plans
      .createQueryBuilder('p')
      .where(agencyId ? 'p.agency_id = :agencyId' : '1=1', { agencyId })
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .getMany();
    const counts = await this.taskCounts(rows.map((p) => p.id));
    return rows.map((p) => summary(p, counts.get(p.id) ?? 0));
  }

  async get(id: string): Promise<PlanSummary> {
    const plan = await this.load(id);
    return summary(plan, (await this.taskCounts([id])).get(id) ?? 0);
  }

  /** The plan as its appendix: sections → sub-sections → objectives → tasks. */
  async tree(id: string): Promise<PlanTree> {
    const plan = await this.load(id);
    const [sections, objectives, taskIds] = await Promise.all([
      this.sections.find({ where: { planId: id }, order: { position: 'ASC' } }),
      this.objectives.find({ where: { planId: id }, order: { position: 'ASC' } }),
      this.tasks.find({ select: { id: true }, where: { planId: id }, order: { position: 'ASC', createdAt: 'ASC' } }),
    ]);
    const tasks = await this.taskViews.views(taskIds.map((t) => t.id));
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

  async create(dto: CreatePlanDto): Promise<PlanSummary> {
    const agency = await this.agencies.resolve(dto.agencyId);
    const plan = await this.plans.save(this.plans.create({ agencyId: agency.id, year: dto.year, number: dto.number ?? null, title: dto.title }));
    return this.get(plan.id);
  }

  async update(id: string, dto: UpdatePlanDto): Promise<PlanSummary> {
    const plan = await this.load(id);
    Object.assign(plan, dto);
    if (dto.status === 'issued' && !plan.issuedOn) plan.issuedOn = todayIn();
    await this.plans.save(plan);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.load(id);
    await this.plans.delete({ id });
  }

  async load(id: string): Promise<Plan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw notFound(PLAN, id);
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
