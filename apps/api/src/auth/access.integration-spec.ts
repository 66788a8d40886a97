import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type Client, type TestApi } from '../../test/test-api.js';

type Who = 'admin' | 'coordinator' | 'leader' | 'leadMember' | 'coordinatingMember' | 'otherMember' | 'viewer' | 'otherAgency';
const EVERYONE: Who[] = ['admin', 'coordinator', 'leader', 'leadMember', 'coordinatingMember', 'otherMember', 'viewer', 'otherAgency'];

/**
 * Every role against every kind of action on one task of the 2026 plan ("Ban hành Kế hoạch CCHC
 * năm 2026.", led by Văn phòng Sở, coordinated by Các phòng chuyên môn), with ids given in the
 * path, the body and the query, and a person of another agency.
 */
describe('roles and scoping', () => {
  let api: TestApi;
  let as: Record<Who, Client>;
  let planId: string;
  let taskId: string;
  let sectionId: string;
  let agencyId: string;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan' });
    [{ id: planId, agencyId }] = (await api.get('/api/plans')).body;
    const tasks = (await api.get(`/api/tasks?planId=${planId}`)).body;
    ({ id: taskId, sectionId } = tasks[0]);
    const office = tasks[0].leadUnits[0].id;
    expect(tasks[0].coordinatingUnits[0].name).toBe('Các phòng chuyên môn');
    // a member of the lead unit, and a second agency with its own coordinator
    expect((await api.post('/api/users', { username: 'vp-member', password: 'mat-khau-vp', fullName: 'Chuyên viên VP', role: 'member', unitIds: [office] })).status).toBe(201);
    const [other] = await api.sql(`INSERT INTO agency (name) VALUES ('Sở Tư pháp') RETURNING id`);
    const otherUnit = await api.post('/api/units', { agencyId: other.id, name: 'Văn phòng Sở Tư pháp' });
    expect(otherUnit.status).toBe(201);
    expect((await api.post('/api/users', { agencyId: other.id, username: 'stp', password: 'mat-khau-stp', fullName: 'Văn phòng STP', role: 'coordinator', unitIds: [otherUnit.body.id] })).status).toBe(201);
    as = {
      admin: api,
      coordinator: await api.loginAs('vanphong'),
      leader: await api.loginAs('lanhdao'),
      leadMember: await api.loginAs('vp-member', 'mat-khau-vp'),
      coordinatingMember: await api.loginAs('qlcn'),
      otherMember: await api.loginAs('motcua'),
      viewer: await api.loginAs('xem'),
      otherAgency: await api.loginAs('stp', 'mat-khau-stp'),
    };
  });
  afterAll(() => api.close());

  const expectStatuses = async (request: (c: Client, who: Who) => Promise<{ status: number }>, allowed: Who[], okStatus: number) => {
    const seen: Record<string, number> = {};
    for (const who of EVERYONE) seen[who] = (await request(as[who], who)).status;
    expect(seen).toEqual(Object.fromEntries(EVERYONE.map((who) => [who, allowed.includes(who) ? okStatus : 403])));
  };
  const inAgency = EVERYONE.filter((w) => w !== 'otherAgency');

  it('reads: everyone in the agency, nobody outside it', async () => {
    await expectStatuses((c) => c.get(`/api/plans/${planId}`), inAgency, 200);
    await expectStatuses((c) => c.get(`/api/tasks/${taskId}`), inAgency, 200);
    await expectStatuses((c) => c.get(`/api/tasks?planId=${planId}`), inAgency, 200);
    await expectStatuses((c) => c.get(`/api/plans/${planId}/stats?period=2026-Q1`), inAgency, 200);
    await expectStatuses((c) => c.get(`/api/tasks/${taskId}/history`), inAgency, 200);
    await expectStatuses((c) => c.get(`/api/units?agencyId=${agencyId}`), inAgency, 200);
  });

  it('lists only the own agency when no id is given', async () => {
    expect((await as.otherAgency.get('/api/plans')).body).toEqual([]);
    expect((await as.otherAgency.get('/api/tasks')).body).toEqual([]);
    expect((await as.otherAgency.get('/api/units')).body.map((u: { name: string }) => u.name)).toEqual(['Văn phòng Sở Tư pháp']);
  });

  it('changes the plan: coordinators and administrators only', async () => {
    await expectStatuses((c) => c.patch(`/api/tasks/${taskId}`, { budgetText: 'Theo dự toán được duyệt' }), ['admin', 'coordinator'], 200);
    await expectStatuses((c, who) => c.post('/api/units', { agencyId, name: `Tổ công tác ${who}` }), ['admin', 'coordinator'], 201);
    await expectStatuses((c) => c.post('/api/tasks', { planId, sectionId, text: 'Nhiệm vụ bổ sung', leadUnitIds: [] }), ['admin', 'coordinator'], 201);
    await expectStatuses((c) => c.post('/api/plans/import?dryRun=true', { agencyId, year: 2027, sections: [{ code: 'I', title: 'A', objectives: [{ text: 'B', tasks: [{ text: 'C', lead: 'Văn phòng' }] }] }] }), ['admin', 'coordinator'], 201);
  });

  it('records progress: the lead unit, coordinators and administrators', async () => {
    await expectStatuses((c) => c.post(`/api/tasks/${taskId}/progress`, { status: 'in_progress', percent: 10 }), ['admin', 'coordinator', 'leadMember'], 201);
    await expectStatuses((c) => c.patch(`/api/tasks/${taskId}`, { status: 'in_progress' }), ['admin', 'coordinator', 'leadMember'], 200);
    await expectStatuses((c) => c.patch(`/api/tasks/${taskId}/activities/0`, { done: true }), ['admin', 'coordinator', 'leadMember'], 200);
  });

  it('comments: lead and coordinating units, leadership, coordinators', async () => {
    await expectStatuses((c, who) => c.post(`/api/tasks/${taskId}/comments`, { body: `Ý kiến của ${who}` }), ['admin', 'coordinator', 'leader', 'leadMember', 'coordinatingMember'], 201);
    const comments = (await api.get(`/api/tasks/${taskId}/comments`)).body;
    expect(comments.map((c: { body: string }) => c.body)).toEqual(['admin', 'coordinator', 'leader', 'leadMember', 'coordinatingMember'].map((w) => `Ý kiến của ${w}`));
  });

  it('manages people: coordinators and administrators, never an administrator by a coordinator', async () => {
    await expectStatuses((c, who) => c.post('/api/users', { agencyId, username: `u-${who.toLowerCase()}`, password: 'mat-khau-dai', fullName: 'Người mới', role: 'viewer' }), ['admin', 'coordinator'], 201);
    expect((await as.coordinator.post('/api/users', { username: 'root2', password: 'mat-khau-dai', fullName: 'X', role: 'admin' })).status).toBe(403);
    expect((await as.coordinator.get('/api/users')).body.some((u: { username: string }) => u.username === 'stp')).toBe(false);
  });

  it('refuses ids of another agency wherever they are put', async () => {
    const stp = as.otherAgency;
    expect((await stp.post('/api/tasks', { planId, sectionId, text: 'x', leadUnitIds: [] })).status).toBe(403);
    expect((await stp.get(`/api/tasks?planId=${planId}`)).status).toBe(403);
    expect((await stp.get(`/api/units?agencyId=${agencyId}`)).status).toBe(403);
    expect((await stp.post('/api/plans/import?dryRun=true', { agencyId, year: 2026, sections: [{ code: 'I', title: 'A', objectives: [{ text: 'B', tasks: [{ text: 'C', lead: 'x' }] }] }] })).status).toBe(403);
    const [task] = await api.sql('SELECT status, percent FROM task WHERE id = $1', [taskId]);
    expect(task).toEqual({ status: 'in_progress', percent: expect.any(Number) });
  });
});
