import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startTestApi, type TestApi } from '../../test/test-api.js';

const fixture = JSON.parse(readFileSync(new URL('../demo/plan-2026.json', import.meta.url), 'utf8'));
const clone = () => structuredClone(fixture);

describe('POST /api/plans/import', () => {
  let api: TestApi;
  const counts = async () => (await api.sql(`SELECT (SELECT count(*) FROM plan)::int AS plans, (SELECT count(*) FROM task)::int AS tasks,
      (SELECT count(*) FROM plan_section)::int AS sections, (SELECT count(*) FROM task_unit)::int AS links`))[0];

  beforeAll(async () => {
    api = await startTestApi({ seed: 'agency' });
  });
  afterAll(() => api.close());

  it('previews the 2026 appendix on a dry run: 45 tasks, every unit resolved, nothing written', async () => {
    const before = await counts();
    const reply = await api.post('/api/plans/import?dryRun=true', clone());
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ planId: null, dryRun: true, taskCount: 45, sectionCount: 9, objectiveCount: 39, unresolvedUnits: [], unparsedDeadlines: [] });
    expect(await counts()).toEqual(before);
  });

  it('imports the plan with its tasks, units and derived deadlines', async () => {
    const reply = await api.post('/api/plans/import', clone());
    expect(reply.status).toBe(201);
    expect(reply.body.taskCount).toBe(45);
    const planId = reply.body.planId;

    const tasks = await api.get(`/api/tasks?planId=${planId}`);
    expect(tasks.status).toBe(200);
    expect(tasks.body).toHaveLength(45);
    const first = tasks.body[0];
    expect(first).toMatchObject({
      text: 'Ban hành Kế hoạch CCHC năm 2026.',
      status: 'not_started',
      leadUnits: [{ name: 'Văn phòng Sở' }],
      coordinatingUnits: [{ name: 'Các phòng chuyên môn' }],
      deadline: { text: 'Trước ngày 15/01/2026', kind: 'date', due: '2026-01-15', overridden: false },
    });
    expect(first.checklist).toEqual({ done: 0, total: fixture.sections[0].objectives[0].tasks[0].activities.length });
    for (const task of tasks.body) expect(task.leadUnits.length).toBeGreaterThan(0);

    const iso = tasks.body.find((t: { leadText: string }) => t.leadText === 'Văn phòng Sở, BCĐ ISO; đơn vị trực thuộc');
    expect(iso.leadUnits.map((u: { name: string }) => u.name)).toEqual(['Văn phòng Sở', 'Ban chỉ đạo ISO', 'Đơn vị trực thuộc']);

    // The task read is the list row with its activities, output and budget.
    const one = await api.get(`/api/tasks/${first.id}`);
    expect(one.body).toMatchObject(first);
    expect(one.body.activities.map((a: { text: string }) => a.text)).toEqual(fixture.sections[0].objectives[0].tasks[0].activities);

    const tree = await api.get(`/api/plans/${planId}`);
    expect(tree.body.sections.map((s: { code: string }) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(tree.body.sections[6].subsections.map((s: { code: string }) => s.code)).toEqual(['7.1', '7.2']);
    expect(tree.body.sections[0].objectives[0].tasks).toHaveLength(fixture.sections[0].objectives[0].tasks.length);
  });

  it('reports unit names it cannot resolve instead of dropping them', async () => {
    const body = clone();
    body.sections[0].objectives[0].tasks[0].lead = 'Văn phòng, Phòng Không Có Thật';
    const reply = await api.post('/api/plans/import?dryRun=true', body);
    expect(reply.body.unresolvedUnits).toEqual(['Phòng Không Có Thật']);
  });

  it('writes nothing when a row fails inside the transaction', async () => {
    const before = await counts();
    const body = clone();
    const last = body.sections[6].subsections[1].objectives.at(-1).tasks.at(-1);
    last.output = 'bad\u0000byte'; // PostgreSQL refuses NUL in text: the last row fails mid-write
    const reply = await api.post('/api/plans/import', body);
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/ký tự không hợp lệ.*\/.*cannot be stored/);
    expect(await counts()).toEqual(before);
  });

  it('stores Vietnamese text in NFC whatever form it was sent in', async () => {
    const body = clone();
    body.sections[0].objectives[0].tasks[0].text = 'Cải cách thủ tục hành chính'.normalize('NFD');
    const reply = await api.post('/api/plans/import', body);
    const [row] = await api.sql('SELECT text FROM task WHERE plan_id = $1 ORDER BY position LIMIT 1', [reply.body.planId]);
    expect(row.text).toBe('Cải cách thủ tục hành chính'.normalize('NFC'));
    expect(row.text).not.toBe('Cải cách thủ tục hành chính'.normalize('NFD'));
  });

  it('answers 400 naming the field and the reason, in Vietnamese and English', async () => {
    const body = clone();
    delete body.year;
    body.sections[0].objectives[0].tasks[1].text = '';
    body.surprise = true;
    const reply = await api.post('/api/plans/import', body);
    expect(reply.status).toBe(400);
    const fields = reply.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['year', 'sections[0].objectives[0].tasks[1].text', 'surprise']));
    const textError = reply.body.errors.find((e: { field: string; rule: string }) => e.field.endsWith('tasks[1].text') && e.rule === 'isNotEmpty');
    expect(textError.vi).toContain('không được để trống');
    expect(textError.en).toContain('should not be empty');
  });

  it('refuses a body that is not JSON of the right shape', async () => {
    const reply = await api.request('POST', '/api/plans/import', '{"year": 2026, "sections": [', api.token);
    expect(reply.status).toBe(400);
    const empty = await api.post('/api/plans/import', { year: 2026, sections: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'sections', rule: 'arrayMinSize' });
  });
});
