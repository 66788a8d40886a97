import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { todayIn } from '@khung/domain';
import { startTestApi, type TestApi } from '../../test/test-api.js';

interface T {
  id: string;
  text: string;
  sectionId: string | null;
  deadline: { text: string };
  leadUnits: { id: string; name: string }[];
}

/** Drives the 2026 plan through its first quarter and reads the report figures. */
describe('GET /api/plans/:id/stats', () => {
  let api: TestApi;
  let planId: string;
  let tasks: T[];
  const byDeadline = (text: string) => tasks.filter((t) => t.deadline.text === text);
  const done = (id: string, completedOn: string) => api.patch(`/api/tasks/${id}`, { status: 'done', completedOn });

  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan' });
    planId = (await api.get('/api/plans')).body[0].id;
    tasks = (await api.get(`/api/tasks?planId=${planId}`)).body;
  });
  afterAll(() => api.close());

  it('starts a quarter with nothing done and every dated task of Q1 counted', async () => {
    const stats = await api.get(`/api/plans/${planId}/stats?period=2026-Q1&asOf=2026-01-10`);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      inPlan: 45,
      completed: 0,
      ratio: 0,
      ratioText: '0%',
      period: { code: '2026-Q1', from: '2026-01-01', to: '2026-03-31', due: 4, completed: 0, ratioText: '0%' },
      recurring: { total: 24, reported: 0 },
      overdue: 0,
      dueSoon: 1, // "Trước ngày 15/01/2026" is 5 days away
      assigned: { total: 0, onTime: 0, late: 0, overdueNotDone: 0 },
    });
  });

  it('follows a quarter of progress, an override, a cancellation and tasks assigned from above', async () => {
    const [jan15] = byDeadline('Trước ngày 15/01/2026');
    const [q1a, q1b] = byDeadline('Tháng 01-03/2026');
    const [q1] = byDeadline('Quý I/2026');
    const [q4] = byDeadline('Quý IV năm 2026');
    const [year1, year2] = byDeadline('Năm 2026');
    const [ongoing] = byDeadline('Thường xuyên');
    for (const [task, day] of [[q1a, '2026-03-20'], [q1b, '2026-03-28'], [q1, '2026-03-31'], [year1, '2026-03-10'], [ongoing, '2026-03-25']] as const) {
      expect((await done(task.id, day)).status).toBe(200);
    }
    expect((await api.patch(`/api/tasks/${q4.id}`, { dueOverride: '2026-03-15' })).body.deadline).toMatchObject({ due: '2026-03-15', overridden: true });
    expect((await api.patch(`/api/tasks/${year2.id}`, { status: 'cancelled' })).status).toBe(400); // a reason is needed
    expect((await api.patch(`/api/tasks/${year2.id}`, { status: 'cancelled', cancelReason: 'Gộp vào nhiệm vụ I.1' })).status).toBe(200);

    const office = jan15.leadUnits[0];
    const assign = (number: string, deadlineText: string) =>
      api.post('/api/tasks', { planId, source: { number, date: '2026-02-01', issuer: 'UBND tỉnh' }, text: `Thực hiện văn bản ${number}`, leadUnitIds: [office.id], deadlineText });
    const late = (await assign('101/UBND-TH', 'Trước ngày 28/02/2026')).body;
    const onTime = (await assign('102/UBND-TH', 'Trước ngày 15/03/2026')).body;
    const open = (await assign('103/UBND-TH', 'Trước ngày 20/03/2026')).body;
    expect(late.source).toEqual({ number: '101/UBND-TH', date: '2026-02-01', issuer: 'UBND tỉnh' });
    await done(late.id, '2026-03-05');
    await done(onTime.id, '2026-03-10');

    const stats = (await api.get(`/api/plans/${planId}/stats?period=2026-Q1&asOf=2026-03-31`)).body;
    expect(stats).toMatchObject({
      asOf: '2026-03-31',
      inPlan: 44,
      completed: 5,
      ratio: 11.4,
      ratioText: '11,4%',
      period: { due: 5, completed: 3, ratio: 60, ratioText: '60%' },
      recurring: { total: 24, reported: 0 },
      overdue: 2,
      summaryVi: 'Đạt 11,4% KH năm; 60% KH Quý I',
      assigned: { total: 3, onTime: 1, late: 1, overdueNotDone: 1 },
    });
    expect(new Set(stats.taskIds.overdue)).toEqual(new Set([jan15.id, q4.id]));
    expect(new Set(stats.taskIds.periodCompleted)).toEqual(new Set([q1a.id, q1b.id, q1.id]));
    expect(stats.taskIds.assignedOverdueNotDone).toEqual([open.id]);
    expect(stats.taskIds.inPlan).not.toContain(year2.id);

    const officeRow = stats.byUnit.find((u: { unitId: string }) => u.unitId === office.id);
    expect(officeRow.overdue).toBeGreaterThanOrEqual(1);
    // per section, the same counts over that section's tasks only
    const sectionI = stats.bySection.find((s: { code: string }) => s.code === 'I');
    const inI = (list: T[]) => list.filter((t) => t.sectionId === sectionI.sectionId).length;
    expect(inI([jan15, q1a, q1b, q1, q4])).toBeGreaterThan(0);
    expect(sectionI.period).toMatchObject({ due: inI([jan15, q1a, q1b, q1, q4]), completed: inI([q1a, q1b, q1]) });
    expect(stats.bySection.map((s: { code: string }) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);

    // the default "as of" of a past period is its last day
    const defaulted = (await api.get(`/api/plans/${planId}/stats?period=2026-Q1`)).body;
    expect(defaulted.asOf).toBe('2026-03-31');
    expect(defaulted.ratioText).toBe('11,4%');

    // finishing the January task late moves it to "done late" and into the half-year's figures
    const lateDone = await done(jan15.id, '2026-04-05');
    expect(lateDone.body.timeliness).toBe('done_late');
    const h1 = (await api.get(`/api/plans/${planId}/stats?period=2026-H1&asOf=2026-06-30`)).body;
    expect(h1.period).toMatchObject({ due: 6, completed: 4, ratioText: '66,7%' });
    expect(h1.summaryVi).toBe('Đạt 13,6% KH năm; 66,7% KH 6 tháng');
  });

  it('accepts a custom window and records today as the completion day by default', async () => {
    const custom = await api.get(`/api/plans/${planId}/stats?from=2025-12-15&to=2026-11-30&asOf=2026-11-30`);
    expect(custom.status).toBe(200);
    expect(custom.body.period).toMatchObject({ from: '2025-12-15', to: '2026-11-30' });
    const [task] = byDeadline('Năm 2026').slice(2);
    const reply = await api.patch(`/api/tasks/${task.id}`, { status: 'done' });
    expect(reply.body.completedOn).toBe(todayIn('Asia/Ho_Chi_Minh'));
  });

  it('refuses bad periods with 400 and unknown plans with 404', async () => {
    const bad = await api.get(`/api/plans/${planId}/stats?period=2026-Q5`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('period');
    expect(bad.body.message).toMatch(/\/.+/);
    expect((await api.get(`/api/plans/${planId}/stats?from=2026-01-01`)).status).toBe(400);
    expect((await api.get(`/api/plans/${planId}/stats?from=2026-05-01&to=2026-01-01`)).status).toBe(400);
    expect((await api.get(`/api/plans/${planId}/stats?asOf=31/03/2026`)).body.errors[0].field).toBe('asOf');
    expect((await api.get('/api/plans/00000000-0000-4000-8000-000000000000/stats')).status).toBe(404);
  });
});
