import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  computeFigures,
  currentPeriodCode,
  customPeriod,
  parsePeriod,
  PeriodError,
  todayIn,
  type FigureTask,
  type PlanFigures,
  type ReportingPeriod,
} from '@khung/domain';
import { Section, Task } from '@khung/data';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { fieldError } from '../common/validation.js';
import { PlansService } from '../plans/plans.service.js';
import { effectiveDue, isAssignedFromAbove } from '../tasks/task.view.js';
import type { StatsQuery } from './dto/stats.query.js';


/** The report figures of a plan, computed by libs/domain from the tasks as they stand. */
@Injectable()
export class StatsService {
  constructor(
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    @InjectRepository(Section) private readonly sections: Repository<Section>,
    private readonly plans: PlansService,
  ) {}

  async figures(actor: AuthUser, planId: string, query: StatsQuery): Promise<PlanFigures> {
    await this.plans.load(actor, planId);
    const today = todayIn();
    const period = this.period(query, today);
    const asOf = query.asOf ?? (period.to < today ? period.to : today);
    return computeFigures({ tasks: await this.figureTasks(planId, period), period, asOf });
  }

  private period(query: StatsQuery, today: string): ReportingPeriod {
    try {
      if (query.from !== undefined || query.to !== undefined) {
        if (query.period) throw new PeriodError('Chỉ dùng "period" hoặc "from"/"to", không dùng cả hai', 'Give either period or from/to, not both');
        return customPeriod(query.from!, query.to!);
      }
      return parsePeriod(query.period ?? currentPeriodCode(today));
    } catch (error) {
      if (error instanceof PeriodError) throw fieldError('period', 'period', error.messageVi, error.messageEn);
      throw error;
    }
  }

  /** Tasks in the shape the figures need; a sub-section's tasks count under its section. */
  private async figureTasks(planId: string, period: ReportingPeriod): Promise<FigureTask[]> {
    const [tasks, sections, reports] = await Promise.all([
      this.tasks.find({ where: { planId }, relations: { units: { unit: true } }, order: { position: 'ASC' } }),
      this.sections.find({ where: { planId } }),
      this.tasks.query(
        `SELECT DISTINCT e.task_id, e.period_code FROM progress_entry e JOIN task t ON t.id = e.task_id
         WHERE t.plan_id = $1 AND e.period_code IS NOT NULL`,
        [planId],
      ) as Promise<{ task_id: string; period_code: string }[]>,
    ]);
    // A periodic report counts for every reporting period that contains the period it reports on.
    const reported = new Set(reports.filter((r) => reportsWithin(r.period_code, period)).map((r) => r.task_id));
    const byId = new Map(sections.map((s) => [s.id, s]));
    const topOf = (id: string | null) => {
      let section = id ? byId.get(id) : undefined;
      while (section?.parentId) section = byId.get(section.parentId);
      return section ? { id: section.id, code: section.code, title: section.title } : null;
    };
    return tasks.map((t) => ({
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
      reportedInPeriod: reported.has(t.id),
    }));
  }
}

function reportsWithin(code: string, period: ReportingPeriod): boolean {
  try {
    const reportedOn = parsePeriod(code);
    return reportedOn.from >= period.from && reportedOn.to <= period.to;
  } catch {
    return false;
  }
}
