import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QueueName, redisConnection } from '@khung/jobs';
import { Queue } from 'bullmq';
import { startInstallation, startWorkerProcess, waitFor, type Installation, type WorkerProcess } from '../../test/harness.js';

/**
 * The built worker as a child process, killed (SIGKILL) in the middle of the recompute of every
 * plan's figures; a progress change is written while it is dead; once it is started again every
 * plan has current stored figures, equal to the figures the API computes on demand.
 */
const COPIES = 60;

describe('a worker killed in the middle of recomputing figures', () => {
  let khung: Installation;
  let worker: WorkerProcess | undefined;
  let queue: Queue;

  /** Per plan: its year, and whether its stored figures for that year include every change. */
  const plans = async () =>
    khung.sql<{ id: string; year: number; current: boolean }>(
      `SELECT p.id, p.year, coalesce(f.revision = coalesce(r.revision, 0), false) AS current
       FROM plan p LEFT JOIN plan_figures f ON f.plan_id = p.id AND f.period_code = p.year::text
       LEFT JOIN plan_revision r ON r.plan_id = p.id ORDER BY p.year`,
    );
  const currentCount = async () => (await plans()).filter((p) => p.current).length;
  const stored = async (planId: string, year: number) =>
    (await khung.sql(`SELECT figures FROM plan_figures WHERE plan_id = $1 AND period_code = $2`, [planId, String(year)]))[0].figures;
  const onDemand = async (planId: string, year: number) => {
    const reply = await khung.get(`/api/plans/${planId}/stats?from=${year}-01-01&to=${year}-12-31`);
    expect(reply.status).toBe(200);
    return reply.body;
  };
  /** The figures that do not depend on how the period is named. */
  const counts = ({ period, summaryVi, ...rest }: any) => ({ ...rest, period: { due: period.due, completed: period.completed, ratio: period.ratio } });

  beforeAll(async () => {
    khung = await startInstallation();
    queue = new Queue(QueueName.Figures, { connection: redisConnection(khung.config.REDIS_URL), prefix: khung.config.KHUNG_QUEUE_PREFIX });
    const source = (await khung.get('/api/plans')).body[0].id;
    for (let i = 1; i <= COPIES; i++) expect((await khung.post(`/api/plans/${source}/copy`, { year: 2026 + i })).status).toBe(201);
    await khung.sql(`DELETE FROM plan_figures`);
  });
  afterAll(async () => {
    if (worker) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await queue?.close();
    await khung?.close();
  });

  it('loses no recompute and no change made while it was dead', async () => {
    const total = COPIES + 1;
    expect(await currentCount()).toBe(0);
    worker = startWorkerProcess(khung.env);
    const reply = await khung.post('/api/admin/figures/recompute', {});
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ plans: total });

    await waitFor('a recompute in progress with a few plans done', async () => (await queue.getActiveCount()) > 0 && (await currentCount()) >= 5);
    worker.child.kill('SIGKILL');
    await worker.exited;
    // The kill landed mid-way: some plans have current figures, others not.
    const done = await currentCount();
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
    const held = await queue.getJobs(['active']);

    // A change while the worker is dead, on the plan whose recompute was cut short (else the last one).
    const left = (await plans()).filter((p) => !p.current);
    const target = left.find((p) => held.some((j) => j.data.planId === p.id)) ?? left[left.length - 1];
    const before = await onDemand(target.id, target.year);
    const task = (await khung.get(`/api/tasks?planId=${target.id}`)).body.find((t: { status: string }) => t.status !== 'done');
    expect((await khung.patch(`/api/tasks/${task.id}`, { status: 'done', completedOn: '2026-11-20' })).status).toBe(200);

    worker = startWorkerProcess(khung.env);
    await waitFor('every plan to have current figures', async () => (await currentCount()) === total, 90_000);

    for (const plan of await plans()) {
      expect(counts(await stored(plan.id, plan.year))).toEqual(counts(await onDemand(plan.id, plan.year)));
    }
    const after = await stored(target.id, target.year);
    expect(after.completed).toBe(before.completed + 1);
    expect(after.taskIds.completed).toContain(task.id);
  }, 180_000);
});
