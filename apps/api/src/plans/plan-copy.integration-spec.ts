import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PlanTree, TaskView } from '@khung/contracts';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { moveYears } from './plan-copy.service.js';

const tasksOf = (tree: PlanTree): TaskView[] => {
  const walk = (s: PlanTree['sections'][number]): TaskView[] => [...s.tasks, ...s.objectives.flatMap((o) => o.tasks), ...s.subsections.flatMap(walk)];
  return tree.sections.flatMap(walk);
};

describe('POST /api/plans/:id/copy', () => {
  let api: TestApi;
  let source: PlanTree;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan' });
    const planId = (await api.get('/api/plans')).body[0].id;
    const [first, second] = tasksOf((await api.get(`/api/plans/${planId}`)).body);
    expect((await api.patch(`/api/tasks/${first.id}`, { status: 'done', completedOn: '2026-01-14' })).status).toBe(200);
    expect((await api.patch(`/api/tasks/${second.id}`, { dueOverride: '2026-02-15' })).status).toBe(200);
    const assigned = await api.post('/api/tasks', { planId, source: { number: '7/UBND', date: '2026-02-01', issuer: 'UBND tỉnh' }, text: 'Việc giao thêm', leadUnitIds: [first.leadUnits[0].id], deadlineText: 'Quý II/2026' });
    expect(assigned.status).toBe(201);
    source = (await api.get(`/api/plans/${planId}`)).body;
  });
  afterAll(() => api.close());

  it('moves the years written in deadlines', () => {
    expect(moveYears('Quý I/2026', 1)).toBe('Quý I/2027');
    expect(moveYears('Trước ngày 15/01/2026', 1)).toBe('Trước ngày 15/01/2027');
    expect(moveYears('Tháng 01-03/2026 và tháng 1/2027', 2)).toBe('Tháng 01-03/2028 và tháng 1/2029');
    expect(moveYears('Thường xuyên', 1)).toBe('Thường xuyên');
  });

  it('copies the plan into the next year as a draft: same structure and units, deadlines moved, progress cleared', async () => {
    const reply = await api.post(`/api/plans/${source.id}/copy`);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ year: 2027, status: 'draft', number: null, title: 'Kế hoạch cải cách hành chính năm 2027', taskCount: 45 });
    const copy: PlanTree = (await api.get(`/api/plans/${reply.body.id}`)).body;

    const shape = (s: PlanTree['sections'][number]): unknown => ({
      code: s.code,
      title: s.title,
      tasks: s.tasks.length,
      objectives: s.objectives.map((o) => [o.number, o.text, o.tasks.length]),
      subsections: s.subsections.map(shape),
    });
    expect(copy.sections.map(shape)).toEqual(source.sections.map(shape));
    const [sourceTasks, copyTasks] = [tasksOf(source), tasksOf(copy)];
    copyTasks.forEach((t, i) => {
      const was = sourceTasks[i];
      expect([t.text, t.leadUnits, t.coordinatingUnits, t.activities.map((a) => a.text)]).toEqual([was.text, was.leadUnits, was.coordinatingUnits, was.activities.map((a) => a.text)]);
      expect(t.deadline.text).toBe(moveYears(was.deadline.text, 1));
      expect(t.deadline.kind).toBe(was.deadline.kind);
      expect(t.deadline.derivedDue).toBe(was.deadline.derivedDue?.replace(/^2026/, '2027') ?? null);
      expect(t).toMatchObject({ status: 'not_started', completedOn: null, deadline: { overridden: false } });
      expect(t.activities.every((a) => !a.done)).toBe(true);
    });
    expect(copyTasks[0].deadline).toMatchObject({ text: 'Trước ngày 15/01/2027', due: '2027-01-15' });
    expect(copy.assignedTasks).toEqual([]); // tasks from above belong to their year
    expect(copy.sections[6].subsections.map((s) => s.code)).toEqual(['7.1', '7.2']);
  });

  it('copies into a chosen year and refuses a bad one', async () => {
    const later = await api.post(`/api/plans/${source.id}/copy`, { year: 2030 });
    expect(later.body).toMatchObject({ year: 2030, title: 'Kế hoạch cải cách hành chính năm 2030' });
    const tree: PlanTree = (await api.get(`/api/plans/${later.body.id}`)).body;
    expect(tasksOf(tree).map((t) => t.deadline.text)).toContain('Quý II, III năm 2030');
    expect((await api.post(`/api/plans/${source.id}/copy`, { year: 1999 })).body.errors[0]).toMatchObject({ field: 'year', rule: 'min' });
    expect((await api.post('/api/plans/00000000-0000-4000-8000-000000000000/copy')).status).toBe(404);
  });
});
