import { afterAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { startInstallation, startWorker, waitFor, type Installation } from '../../test/harness.js';

/**
 * Outbox row ids start again at 1 in a new or restored database, while Redis keeps finished jobs
 * for a day under the same prefix. A job id made from the row id alone would then be taken, and
 * BullMQ would drop the new recompute without a word.
 */
describe('a database made anew behind the same Redis prefix', () => {
  const prefix = `khung-wtest-${randomBytes(5).toString('hex')}`;
  const installations: Installation[] = [];
  const workers: INestApplicationContext[] = [];

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    for (const khung of installations) await khung.close(); // also empties the prefix's queues
  });

  /** A new installation on the shared prefix: makes one task done and waits until the stored figures include it. */
  const writeAndWaitForFigures = async (): Promise<number> => {
    const khung = await startInstallation({ KHUNG_QUEUE_PREFIX: prefix });
    installations.push(khung);
    const worker = await startWorker(khung.env);
    workers.push(worker);
    const planId = (await khung.get('/api/plans')).body[0].id;
    const current = async () =>
      (await khung.sql(
        `SELECT f.revision FROM plan_figures f JOIN plan_revision r ON r.plan_id = f.plan_id
         WHERE f.plan_id = $1 AND f.period_code = '2026' AND f.revision = r.revision`,
        [planId],
      ))[0]?.revision as number | undefined;
    // First the set-up's own change, then one write: two outbox rows, two jobs (none coalesced).
    const settled = await waitFor('the figures of the set-up', current);
    const tasks: { id: string; deadline: { text: string } }[] = (await khung.get(`/api/tasks?planId=${planId}`)).body;
    const task = tasks.find((t) => t.deadline.text === 'Năm 2026')!;
    expect((await khung.patch(`/api/tasks/${task.id}`, { status: 'done', completedOn: '2026-03-02' })).status).toBe(200);
    const revision = await waitFor('the stored figures to include the write', async () => ((await current()) ?? 0) > settled && current());
    await worker.close();
    workers.pop();
    return revision;
  };

  it('still recomputes its figures: job ids do not repeat across databases', async () => {
    const first = await writeAndWaitForFigures();
    // The first one's finished jobs stay in Redis; the same set-up and write make the same outbox row ids.
    const second = await writeAndWaitForFigures();
    expect(second).toBe(first);
  });
});
