import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeFigures,
  currentPeriodCode,
  customPeriod,
  minDate,
  parsePeriod,
  PeriodError,
  todayIn,
  type PlanFigures,
  type ReportingPeriod,
} from '@khung/domain';
import { loadFigureTasks } from '@khung/data';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { fieldError } from '../common/validation.js';
import { assertAgency } from '../auth/forbidden.js';
import { notFound } from '../common/not-found.js';
import type { StatsQuery } from './dto/stats.query.js';

/** The report figures of a plan, computed by libs/domain from the tasks as they stand. */
@Injectable()
export class StatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The figures the worker stored when they include every change, else computed here. */
  async figures(actor: AuthUser, planId: string, query: StatsQuery): Promise<PlanFigures> {
    const found = await this.find(actor, planId, query);
    return typeof found === 'string' ? (JSON.parse(found) as PlanFigures) : found;
  }

  /** The same as JSON: stored figures are sent as stored, neither parsed nor written out again. */
  async figuresJson(actor: AuthUser, planId: string, query: StatsQuery): Promise<string> {
    const found = await this.find(actor, planId, query);
    return typeof found === 'string' ? found : JSON.stringify(found);
  }

  /**
   * The plan's agency (for the access check) and its stored figures for the period and day when
   * they include every committed change (their revision is the plan's), in one query.
   */
  private async find(actor: AuthUser, planId: string, query: StatsQuery): Promise<string | PlanFigures> {
    const today = todayIn();
    const period = this.period(query, today);
    const asOf = query.asOf ?? (period.to < today ? period.to : today);
    const [plan]: { agency_id: string; stored: string | null }[] = await this.db.query(
      `SELECT p.agency_id,
         (SELECT f.figures::text FROM plan_figures f
          WHERE f.plan_id = p.id AND f.period_code = $2 AND f.as_of = $3
            AND f.revision = coalesce((SELECT r.revision FROM plan_revision r WHERE r.plan_id = p.id), 0)) AS stored
       FROM plan p WHERE p.id = $1`,
      [planId, period.code, minDate(asOf, period.to)],
    );
    if (!plan) throw notFound({ vi: 'kế hoạch', en: 'plan' }, planId);
    assertAgency(actor, plan.agency_id);
    if (plan.stored) return plan.stored;
    const tasksFor = await loadFigureTasks(this.db.manager, planId);
    return computeFigures({ tasks: tasksFor(period), period, asOf });
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
}
