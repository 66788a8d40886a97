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
import { currentStoredFigures, loadFigureTasks } from '@khung/data';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { fieldError } from '../common/validation.js';
import { PlansService } from '../plans/plans.service.js';
import type { StatsQuery } from './dto/stats.query.js';

/** The report figures of a plan, computed by libs/domain from the tasks as they stand. */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansService,
  ) {}

  /** The figures the worker stored when they include every change, else computed here. */
  async figures(actor: AuthUser, planId: string, query: StatsQuery): Promise<PlanFigures> {
    await this.plans.load(actor, planId);
    const today = todayIn();
    const period = this.period(query, today);
    const asOf = query.asOf ?? (period.to < today ? period.to : today);
    const stored = await currentStoredFigures(this.db.manager, planId, period.code, minDate(asOf, period.to));
    if (stored) return stored;
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
