import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadFigureTasks, Plan, planRevision } from '@khung/data';
import { calendarPeriodCodes, computeFigures, currentPeriodCode, minDate, parsePeriod, todayIn } from '@khung/domain';
import { JobName, QueueName, SCHEDULES, type JobResults } from '@khung/jobs';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { FiguresEvents } from './figures-events.service.js';
import { planFiguresJob } from './plan-figures-job.js';

/**
 * Computes a plan's figures with libs/domain and stores them (plan_figures) for the periods the
 * board shows: the current quarter and the calendar periods of the plan's year, each as of
 * today in the agency's zone (or the period's end once it has passed).
 */
@Injectable()
export class FiguresService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FiguresService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Figures) private readonly queue: Queue,
    private readonly events: FiguresEvents,
  ) {}

  /** Keeps the nightly recompute scheduled (an upsert: every worker may do it at start). */
  onApplicationBootstrap(): void {
    const { id, pattern, tz } = SCHEDULES.nightlyFigures;
    this.queue
      .upsertJobScheduler(id, { pattern, tz }, { name: JobName.AllFigures, data: {} })
      .catch((error: Error) => this.logger.error(`Could not schedule the nightly figures: ${error.message}`));
  }

  async recompute(planId: string): Promise<JobResults[typeof JobName.PlanFigures]> {
    // One snapshot for the change counter and the tasks: the figures include exactly `revision` changes.
    const stored = await this.db.transaction('REPEATABLE READ', async (em) => {
      const plan = await em.findOne(Plan, { where: { id: planId }, relations: { agency: true } });
      if (!plan) return null;
      const revision = await planRevision(em, planId);
      const tasksFor = await loadFigureTasks(em, planId);
      const today = todayIn(plan.agency.timeZone);
      const periods = [...new Set([currentPeriodCode(today), ...calendarPeriodCodes(plan.year)])];
      const rows = periods.map((code) => {
        const period = parsePeriod(code);
        const asOf = minDate(today, period.to);
        return { period_code: code, as_of: asOf, figures: computeFigures({ tasks: tasksFor(period), period, asOf }) };
      });
      await em.query(
        `INSERT INTO plan_figures (plan_id, period_code, as_of, revision, figures, computed_at)
         SELECT $1, r.period_code, r.as_of, $2, r.figures, now()
         FROM jsonb_to_recordset($3::jsonb) AS r(period_code text, as_of date, figures jsonb)
         ON CONFLICT (plan_id, period_code) DO UPDATE
           SET as_of = EXCLUDED.as_of, revision = EXCLUDED.revision, figures = EXCLUDED.figures, computed_at = EXCLUDED.computed_at
           WHERE plan_figures.revision <= EXCLUDED.revision`,
        [planId, revision, JSON.stringify(rows)],
      );
      return { revision, periods };
    });
    if (!stored) return { planId, skipped: 'plan not found' };
    await this.events.publish({ planId, ...stored, computedAt: new Date().toISOString() });
    return { planId, ...stored };
  }

  /** The nightly safety net: one recompute job per plan, joining any already waiting. */
  async recomputeAll(): Promise<JobResults[typeof JobName.AllFigures]> {
    const plans: { id: string }[] = await this.db.query(`SELECT id FROM plan ORDER BY created_at`);
    await this.queue.addBulk(plans.map((p) => planFiguresJob(p.id, `nightly-${todayIn()}-${p.id}`)));
    return { plans: plans.length };
  }
}
