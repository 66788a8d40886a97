import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from '../../test/test-api.js';

describe('tasks API', () => {
  let api: TestApi;
  let planId: string;
  let units: Map<string, string>;
  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan' });
    planId = (await api.get('/api/plans')).body[0].id;
    units = new Map((await api.get('/api/units')).body.map((u: { name: string; id: string }) => [u.name, u.id]));
  });
  afterAll(() => api.close());

  it('filters by unit, counting the groups the unit belongs to', async () => {
    const office = await api.get(`/api/tasks?planId=${planId}&unitId=${units.get('Văn phòng Sở')}&role=lead`);
    expect(office.body.length).toBeGreaterThan(20);
    for (const t of office.body) expect(t.leadUnits.map((u: { name: string }) => u.name).join()).toMatch(/Văn phòng Sở|Các phòng, đơn vị thuộc Sở/);
    const industry = await api.get(`/api/tasks?planId=${planId}&unitId=${units.get('Phòng Quản lý Công nghiệp')}&role=lead`);
    // "Các phòng chuyên môn" (5), its alias "Các phòng chủ trì tham mưu văn bản QPPL" (2), and
    // "Các phòng, bộ phận liên quan", an alias of the group of all units (1)
    expect(industry.body.length).toBe(8);
    const leads = new Set(industry.body.flatMap((t: { leadUnits: { name: string }[] }) => t.leadUnits.map((u) => u.name)));
    expect(leads).toEqual(new Set(['Các phòng chuyên môn', 'Các phòng, đơn vị thuộc Sở']));
  });

  it('searches without diacritics and filters by section and status', async () => {
    const found = await api.get(`/api/tasks?planId=${planId}&q=${encodeURIComponent('MUC DO hai long')}`);
    expect(found.body.map((t: { text: string }) => t.text)).toEqual(['Nâng cao mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC']);
    const inActivities = await api.get(`/api/tasks?planId=${planId}&q=${encodeURIComponent('gui cac phong, don vi gop y')}`);
    expect(inActivities.body.length).toBeGreaterThanOrEqual(2);
    const tree = await api.get(`/api/plans/${planId}`);
    const vii = tree.body.sections[6];
    const inVii = await api.get(`/api/tasks?sectionId=${vii.id}`);
    const expected = vii.subsections.flatMap((s: { objectives: { tasks: unknown[] }[] }) => s.objectives.flatMap((o) => o.tasks)).length;
    expect(inVii.body).toHaveLength(expected);
    expect((await api.get(`/api/tasks?planId=${planId}&status=done`)).body).toEqual([]);
  });

  it('creates, updates and deletes a task, deriving its deadline', async () => {
    const tree = await api.get(`/api/plans/${planId}`);
    const objective = tree.body.sections[1].objectives[0];
    const created = await api.post('/api/tasks', {
      planId,
      objectiveId: objective.id,
      text: 'Rà soát văn bản quy phạm pháp luật',
      activities: [{ text: 'Lập danh mục' }],
      leadUnitIds: [units.get('Thanh tra Sở')],
      coordinatingUnitIds: [units.get('Văn phòng Sở')],
      deadlineText: 'Quý II, III năm 2026',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sectionId: tree.body.sections[1].id,
      leadUnits: [{ name: 'Thanh tra Sở' }],
      coordinatingUnits: [{ name: 'Văn phòng Sở' }],
      leadText: 'Thanh tra Sở',
      deadline: { text: 'Quý II, III năm 2026', kind: 'quarters', start: '2026-04-01', due: '2026-09-30', overridden: false },
      activities: [{ text: 'Lập danh mục', done: false }],
      version: 1,
    });
    const id = created.body.id;

    const overridden = await api.patch(`/api/tasks/${id}`, { dueOverride: '2026-08-15' });
    expect(overridden.body.deadline).toMatchObject({ text: 'Quý II, III năm 2026', due: '2026-08-15', derivedDue: '2026-09-30', overridden: true });
    const cleared = await api.patch(`/api/tasks/${id}`, { dueOverride: null });
    expect(cleared.body.deadline).toMatchObject({ due: '2026-09-30', overridden: false });

    const done = await api.patch(`/api/tasks/${id}`, { status: 'done', completedOn: '2026-03-20' });
    expect(done.body).toMatchObject({ status: 'done', completedOn: '2026-03-20', timeliness: 'done_on_time' });
    const reopened = await api.patch(`/api/tasks/${id}`, { status: 'in_progress' });
    expect(reopened.body).toMatchObject({ status: 'in_progress', completedOn: null });

    const stale = await api.patch(`/api/tasks/${id}`, { text: 'Đổi tên', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current.text).toBe('Rà soát văn bản quy phạm pháp luật');

    expect((await api.delete(`/api/tasks/${id}`)).status).toBe(204);
    expect((await api.get(`/api/tasks/${id}`)).status).toBe(404);
  });

  it('answers 404 for unknown ids and 400 for malformed ones or bad fields', async () => {
    const unknown = await api.get('/api/tasks/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('Không tìm thấy nhiệm vụ');
    const malformed = await api.get('/api/tasks/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]).toMatchObject({ field: 'id', rule: 'isUuid' });
    const [task] = (await api.get(`/api/tasks?planId=${planId}&limit=1`)).body;
    const bad = await api.patch(`/api/tasks/${task.id}`, { status: 'finished', completedOn: '31/03/2026' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['completedOn', 'status']);
    const future = await api.patch(`/api/tasks/${task.id}`, { status: 'done', completedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    // Null is not "left out": each field named, nothing written (text null once reached the NOT NULL column: 500).
    const nulls = await api.patch(`/api/tasks/${task.id}`, { text: null, activities: null, percent: null, status: null });
    expect(nulls.status).toBe(400);
    expect([...new Set(nulls.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['activities', 'percent', 'status', 'text']);
    const unchanged = await api.get(`/api/tasks/${task.id}`);
    expect(unchanged.body).toMatchObject({ status: 'not_started', version: task.version });
    const foreignUnit = await api.post('/api/tasks', { planId, sectionId: task.sectionId, text: 'x', leadUnitIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(foreignUnit.status).toBe(400);
    expect(foreignUnit.body.errors[0].field).toBe('leadUnitIds');
  });
});

describe('units and plan structure API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan' });
  });
  afterAll(() => api.close());

  it('manages units and refuses to delete one still named on a task', async () => {
    const created = await api.post('/api/units', { name: 'Phòng Pháp chế', aliases: ['Pháp chế'] });
    expect(created.status).toBe(201);
    const renamed = await api.patch(`/api/units/${created.body.id}`, { aliases: ['Pháp chế', 'PC'] });
    expect(renamed.body.aliases).toEqual(['Pháp chế', 'PC']);
    expect((await api.post('/api/units', { name: 'Phòng Pháp chế' })).status).toBe(409);
    expect((await api.delete(`/api/units/${created.body.id}`)).status).toBe(204);
    const office = (await api.get('/api/units')).body.find((u: { name: string }) => u.name === 'Văn phòng Sở');
    expect((await api.delete(`/api/units/${office.id}`)).status).toBe(409);
    expect((await api.get(`/api/units/${office.id}`)).status).toBe(200);
  });

  it('creates, edits and deletes sections and objectives', async () => {
    const planId = (await api.get('/api/plans')).body[0].id;
    const section = await api.post(`/api/plans/${planId}/sections`, { code: 'VIII', title: 'NHIỆM VỤ KHÁC' });
    expect(section.status).toBe(201);
    const sub = await api.post(`/api/plans/${planId}/sections`, { code: '8.1', title: 'Khác', parentId: section.body.id });
    expect(sub.status).toBe(201);
    const deeper = await api.post(`/api/plans/${planId}/sections`, { code: '8.1.1', title: 'Quá sâu', parentId: sub.body.id });
    expect(deeper.status).toBe(400);
    const objective = await api.post(`/api/sections/${sub.body.id}/objectives`, { text: 'Mục tiêu mới' });
    expect(objective.body).toMatchObject({ number: 1, text: 'Mục tiêu mới' });
    expect((await api.patch(`/api/objectives/${objective.body.id}`, { text: 'Mục tiêu sửa' })).body.text).toBe('Mục tiêu sửa');
    expect((await api.patch(`/api/sections/${section.body.id}`, { title: 'NHIỆM VỤ BỔ SUNG' })).body.title).toBe('NHIỆM VỤ BỔ SUNG');
    const tree = await api.get(`/api/plans/${planId}`);
    expect(tree.body.sections.at(-1)).toMatchObject({ code: 'VIII', subsections: [{ code: '8.1', objectives: [{ text: 'Mục tiêu sửa' }] }] });
    expect((await api.delete(`/api/sections/${section.body.id}`)).status).toBe(204);
    expect((await api.get(`/api/plans/${planId}`)).body.sections.map((s: { code: string }) => s.code).at(-1)).toBe('VII');
    expect((await api.delete(`/api/objectives/${objective.body.id}`)).status).toBe(404);
  });
});
