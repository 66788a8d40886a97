import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { startTestApi, type Client, type TestApi } from '../../test/test-api.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('progress, evidence and history', () => {
  let api: TestApi;
  let member: Client;
  let planId: string;
  let task: { id: string; version: number; checklist: { total: number } };
  const files = async () => (await readdir(api.config.KHUNG_UPLOAD_DIR, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).length;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan', env: { KHUNG_UPLOAD_MAX_BYTES: String(64 * 1024) } });
    planId = (await api.get('/api/plans')).body[0].id;
    // a task led by Các phòng chuyên môn: Phòng QLCN belongs to that group
    const tasks = (await api.get(`/api/tasks?planId=${planId}`)).body;
    task = tasks.find((t: { leadText: string; checklist: { total: number } }) => t.leadText === 'Các phòng chuyên môn' && t.checklist.total >= 1);
    member = await api.loginAs('qlcn');
  });
  afterAll(() => api.close());

  it('takes a task from not started to done, with its output document and a file', async () => {
    const started = await member.post(`/api/tasks/${task.id}/progress`, { status: 'in_progress', percent: 40, note: 'Đã xây dựng dự thảo', version: task.version });
    expect(started.status).toBe(201);
    expect(started.body.task).toMatchObject({ status: 'in_progress', version: task.version + 1 });
    expect(started.body.entry).toMatchObject({ status: 'in_progress', percent: 40, note: 'Đã xây dựng dự thảo', author: { name: 'Hoàng Văn Nam (Phòng QLCN)' } });

    const done = await member.post(`/api/tasks/${task.id}/progress`, {
      status: 'done',
      completedOn: '2026-03-20',
      note: 'Đã ban hành',
      document: { number: '03/KH-SCT', date: '2026-03-20', issuer: 'Sở Công Thương', link: 'https://vanban.example.vn/03-kh-sct' },
    });
    expect(done.status).toBe(201);
    expect(done.body.task).toMatchObject({ status: 'done', completedOn: '2026-03-20' });
    expect(done.body.entry.document).toEqual({ number: '03/KH-SCT', date: '2026-03-20', issuer: 'Sở Công Thương', link: 'https://vanban.example.vn/03-kh-sct' });

    const upload = await member.upload(`/api/tasks/${task.id}/evidence`, { name: 'Kế hoạch 03.pdf', bytes: PDF, type: 'application/pdf' }, { progressEntryId: done.body.entry.id });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ fileName: 'Kế hoạch 03.pdf', contentType: 'application/pdf', size: PDF.length });

    const entries = (await member.get(`/api/tasks/${task.id}/progress`)).body;
    expect(entries.map((e: { status: string }) => e.status)).toEqual(['done', 'in_progress']);
    expect(entries[0].files).toEqual([expect.objectContaining({ id: upload.body.id, fileName: 'Kế hoạch 03.pdf' })]);

    const download = await fetch(`${api.baseUrl}/api/evidence/${upload.body.id}`, { headers: { authorization: `Bearer ${member.token}` } });
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    expect((await fetch(`${api.baseUrl}/api/evidence/${upload.body.id}`)).status).toBe(401);
  });

  it('answers 409 with the current state to an update made on a stale version', async () => {
    const current = (await api.get(`/api/tasks/${task.id}`)).body;
    const stale = await member.post(`/api/tasks/${task.id}/progress`, { status: 'in_progress', version: current.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: task.id, status: 'done', version: current.version });
    const stalePatch = await api.patch(`/api/tasks/${task.id}`, { budgetText: 'x', version: current.version - 2 });
    expect(stalePatch.status).toBe(409);
    expect((await api.get(`/api/tasks/${task.id}`)).body).toMatchObject({ status: 'done', version: current.version, budget: current.budget });
  });

  it('refuses oversize, mistyped and empty uploads before storing anything', async () => {
    const before = { rows: (await api.sql('SELECT count(*)::int AS n FROM evidence_file'))[0].n, files: await files() };
    const big = new Uint8Array(64 * 1024 + 1);
    big.set(PDF);
    const oversize = await member.upload(`/api/tasks/${task.id}/evidence`, { name: 'big.pdf', bytes: big });
    expect(oversize.status).toBe(400);
    expect(oversize.body.errors[0]).toMatchObject({ field: 'file', rule: 'maxSize' });
    const exe = await member.upload(`/api/tasks/${task.id}/evidence`, { name: 'report.pdf', bytes: new TextEncoder().encode('MZ\x90\x00 not a pdf'), type: 'application/pdf' });
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0]).toMatchObject({ field: 'file', rule: 'fileType' });
    expect(exe.body.message).toMatch(/Chỉ nhận tệp PDF.*Only PDF/);
    const empty = await member.upload(`/api/tasks/${task.id}/evidence`, { name: 'empty.png', bytes: new Uint8Array() });
    expect(empty.status).toBe(400);
    const wrongEntry = await member.upload(`/api/tasks/${task.id}/evidence`, { name: 'a.png', bytes: PNG }, { progressEntryId: '00000000-0000-4000-8000-000000000000' });
    expect(wrongEntry.status).toBe(400);
    expect({ rows: (await api.sql('SELECT count(*)::int AS n FROM evidence_file'))[0].n, files: await files() }).toEqual(before);
  });

  it('ticks activities, which move the percent of an open task', async () => {
    const open = (await api.get(`/api/tasks?planId=${planId}`)).body.find((t: { checklist: { total: number }; status: string }) => t.checklist.total >= 2 && t.status === 'not_started');
    const ticked = await api.patch(`/api/tasks/${open.id}/activities/0`, { done: true });
    expect(ticked.body.activities[0].done).toBe(true);
    expect(ticked.body.status).toBe('not_started');
    const [{ percent }] = await api.sql('SELECT percent FROM task WHERE id = $1', [open.id]);
    expect(percent).toBe(Math.round(100 / open.checklist.total));
    expect((await api.get(`/api/tasks?planId=${planId}&q=${encodeURIComponent(open.text)}`)).body[0].checklist).toEqual({ done: 1, total: open.checklist.total });
    expect((await api.patch(`/api/tasks/${open.id}/activities/99`, { done: true })).status).toBe(400);
  });

  it('counts periodic reports on recurring tasks in the figures of the period', async () => {
    const recurring = (await api.get(`/api/tasks?planId=${planId}`)).body.find((t: { leadText: string; deadline: { kind: string } }) => t.leadText === 'Các phòng chuyên môn' && t.deadline.kind === 'recurring');
    expect((await member.post(`/api/tasks/${recurring.id}/progress`, { periodCode: '2026-Q5' })).status).toBe(400);
    expect((await member.post(`/api/tasks/${recurring.id}/progress`, { status: 'in_progress', periodCode: '2026-Q1', note: 'Báo cáo quý I' })).status).toBe(201);
    const q1 = (await api.get(`/api/plans/${planId}/stats?period=2026-Q1`)).body;
    expect(q1.recurring.reported).toBe(1);
    expect(q1.taskIds.recurringReported).toEqual([recurring.id]);
    expect((await api.get(`/api/plans/${planId}/stats?period=2026-H1`)).body.recurring.reported).toBe(1);
    expect((await api.get(`/api/plans/${planId}/stats?period=2026-Q2`)).body.recurring.reported).toBe(0);
  });

  it('keeps an audit row for every kind of change, with who and before → after', async () => {
    const coordinator = await api.loginAs('vanphong');
    await coordinator.patch(`/api/plans/${planId}`, { number: '03/KH-SCT' });
    const section = await coordinator.post(`/api/plans/${planId}/sections`, { code: 'VIII', title: 'KHÁC' });
    const objective = await coordinator.post(`/api/sections/${section.body.id}/objectives`, { text: 'Mục tiêu' });
    await coordinator.patch(`/api/tasks/${task.id}`, { deadlineText: 'Quý II/2026' });
    const unit = await coordinator.post('/api/units', { name: 'Tổ ISO' });
    await coordinator.patch(`/api/units/${unit.body.id}`, { aliases: ['ISO'] });
    const user = await coordinator.post('/api/users', { username: 'moi', password: 'mat-khau-moi', fullName: 'Người mới', role: 'viewer' });
    await coordinator.patch(`/api/users/${user.body.id}`, { role: 'leader', password: 'mat-khau-khac' });
    await coordinator.post(`/api/tasks/${task.id}/comments`, { body: 'Đã xem' });

    const kinds = await api.sql(`SELECT DISTINCT entity_type || ':' || action AS kind FROM audit_entry`);
    expect(kinds.map((k) => k.kind).sort()).toEqual(
      expect.arrayContaining(['plan:import', 'plan:update', 'section:create', 'objective:create', 'task:update', 'task:progress', 'task:evidence', 'task:comment', 'unit:create', 'unit:update', 'user:create', 'user:update']),
    );
    const history = (await api.get(`/api/tasks/${task.id}/history`)).body;
    const deadline = history.find((h: { changes: Record<string, unknown> }) => 'deadlineText' in h.changes);
    expect(deadline).toMatchObject({ actorName: 'Nguyễn Thị Hoa (Văn phòng Sở)', action: 'update', changes: { deadlineText: [expect.any(String), 'Quý II/2026'] } });
    expect(deadline.changes.deadlineDue[1]).toBe('2026-06-30');
    const done = history.find((h: { action: string; changes: Record<string, unknown[]> }) => h.action === 'progress' && h.changes.status?.[1] === 'done');
    expect(done.changes).toMatchObject({ status: ['in_progress', 'done'], completedOn: [null, '2026-03-20'], percent: [40, 100] });
    const userChange = (await api.sql(`SELECT changes FROM audit_entry WHERE entity_type = 'user' AND action = 'update' AND entity_id = $1`, [user.body.id]))[0].changes;
    expect(userChange.role).toEqual(['viewer', 'leader']);
    expect(JSON.stringify(userChange)).not.toContain('mat-khau');
    const planHistory = (await api.get(`/api/plans/${planId}/history`)).body;
    expect(planHistory.some((h: { entityType: string; entityId: string }) => h.entityType === 'objective' && h.entityId === objective.body.id)).toBe(true);
  });
});
