import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { QueueName, redisConnection } from '@khung/jobs';
import { Queue } from 'bullmq';
import { startInstallation, startSmtp, startWorker, waitFor, type Installation, type SmtpCatcher } from '../../test/harness.js';

interface Row {
  task_id: string;
  username: string;
  kind: string;
  remind_on: string;
  role: string;
  email_status: string;
  email_attempts: number;
  email_error: string | null;
}

/**
 * The demo agency and its issued 2026 plan, a few people in its units, and tasks given to those
 * units with chosen deadlines; sweeps for chosen days through the admin API; e-mails caught by an
 * SMTP server in this process.
 */
describe('deadline reminders', () => {
  let khung: Installation;
  let smtp: SmtpCatcher;
  let worker: INestApplicationContext;
  let mail: Queue;
  const unit: Record<string, string> = {};
  const task: Record<string, string> = {};
  const ours = () => Object.values(task);
  /** The people made here (the demo has people of its own in the same units). */
  const people = ['bad', 'flaky', 'nang', 'quiet', 'thanh', 'vanp'];

  /** Their reminders: of the tasks made here, or of any task of the plan with `everyTask`. */
  const rows = (everyTask = false): Promise<Row[]> =>
    khung.sql(
      `SELECT n.task_id, u.username, n.kind, n.remind_on::text, n.role, n.email_status, n.email_attempts, n.email_error
       FROM notification n JOIN app_user u ON u.id = n.user_id
       WHERE u.username = ANY($1) AND ($2 OR n.task_id = ANY($3)) ORDER BY u.username, n.kind, n.remind_on, n.task_id`,
      [people, everyTask, ours()],
    );
  /** The e-mails about the tasks made here. */
  const ourMail = () => smtp.messages.filter((m) => ours().some((id) => m.text.includes(`?task=${id}`)));
  const sweep = async (asOf: string) => {
    const reply = await khung.post('/api/admin/reminders/sweep', { asOf });
    expect(reply.status).toBe(200);
    return reply.body;
  };
  /** Every e-mail settled: none pending in the database, none left in the mail queue. */
  const settled = () =>
    waitFor('the e-mails to settle', async () => {
      const [{ n }] = await khung.sql(`SELECT count(*)::int AS n FROM notification WHERE email_status = 'pending'`);
      const counts = await mail.getJobCounts('waiting', 'prioritized', 'active', 'delayed');
      return n === 0 && Object.values(counts).every((c) => c === 0);
    }, 60_000);

  beforeAll(async () => {
    smtp = await startSmtp();
    smtp.verdict = (address, attempt) => (address.startsWith('bad') ? 'permanent' : address.startsWith('flaky') && attempt === 1 ? 'temporary' : 'accept');
    khung = await startInstallation({ SMTP_URL: smtp.url, KHUNG_PUBLIC_URL: 'https://khung.example.vn' });
    worker = await startWorker(khung.env);
    mail = new Queue(QueueName.Mail, { connection: redisConnection(khung.config.REDIS_URL), prefix: khung.config.KHUNG_QUEUE_PREFIX });

    for (const u of (await khung.get('/api/units')).body as { id: string; name: string }[]) unit[u.name] = u.id;
    const person = async (username: string, unitName: string, email: string | null) => {
      const reply = await khung.post('/api/users', { username, password: 'mat-khau-dai-2026', fullName: `Cán bộ ${username}`, email, role: 'member', unitIds: [unit[unitName]] });
      if (reply.status !== 201) throw new Error(`POST /api/users ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
    };
    await person('nang', 'Phòng Quản lý Năng lượng', 'nl@khung.test');
    await person('flaky', 'Phòng Quản lý Năng lượng', 'flaky@khung.test');
    await person('bad', 'Phòng Quản lý Năng lượng', 'bad@khung.test');
    await person('quiet', 'Phòng Quản lý Năng lượng', 'quiet@khung.test');
    await person('thanh', 'Thanh tra Sở', 'tt@khung.test');
    await person('vanp', 'Văn phòng Sở', 'vp@khung.test');
    const quiet = await khung.login('quiet', 'mat-khau-dai-2026');
    expect((await khung.request('PATCH', '/api/me', { emailNotifications: false }, quiet)).status).toBe(200);

    const planId = (await khung.get('/api/plans')).body[0].id;
    const create = async (name: string, deadlineText: string, lead: string, coordinating: string[] = [], inPlan = planId) => {
      const reply = await khung.post('/api/tasks', {
        planId: inPlan,
        source: { number: `${name}/UBND-TH`, date: '2026-02-01', issuer: 'UBND tỉnh' },
        text: `Nhiệm vụ ${name} về cải cách hành chính`,
        leadUnitIds: [unit[lead]],
        coordinatingUnitIds: coordinating.map((c) => unit[c]),
        deadlineText,
      });
      expect(reply.status).toBe(201);
      task[name] = reply.body.id;
    };
    await create('A', 'Trước ngày 31/03/2026', 'Phòng Quản lý Năng lượng', ['Thanh tra Sở']);
    await create('B', 'Trước ngày 24/03/2026', 'Các phòng chuyên môn');
    await create('C', 'Trước ngày 17/03/2026', 'Phòng Quản lý Năng lượng');
    await create('D', 'Thường xuyên', 'Phòng Quản lý Năng lượng', ['Thanh tra Sở']);
    await create('E', 'Theo Kế hoạch của UBND tỉnh', 'Phòng Quản lý Năng lượng');
    await create('F', 'Trước ngày 31/03/2026', 'Phòng Quản lý Năng lượng');
    await create('G', 'Trước ngày 31/03/2026', 'Phòng Quản lý Năng lượng');
    expect((await khung.patch(`/api/tasks/${task.F}`, { status: 'done', completedOn: '2026-03-10' })).status).toBe(200);
    expect((await khung.patch(`/api/tasks/${task.G}`, { status: 'cancelled', cancelReason: 'Không còn phù hợp' })).status).toBe(200);
    const draft = await khung.post('/api/plans', { year: 2026, title: 'Kế hoạch dự thảo' });
    expect(draft.status).toBe(201);
    await create('H', 'Trước ngày 31/03/2026', 'Phòng Quản lý Năng lượng', [], draft.body.id);
  });
  afterAll(async () => {
    await worker?.close();
    await mail?.close();
    await khung?.close();
    await smtp?.close();
  });

  it('reminds each person once per task, kind and day, by the rules, into the inbox and by e-mail', async () => {
    const first = await sweep('2026-03-24');
    expect(first.days).toEqual([{ agencyId: expect.any(String), asOf: '2026-03-24' }]);
    await settled();
    const got = (await rows()).map((r) => `${Object.keys(task).find((k) => task[k] === r.task_id)} ${r.username} ${r.kind} ${r.role}`).sort();
    const qlnl = ['bad', 'flaky', 'nang', 'quiet'];
    expect(got).toEqual(
      [
        ...qlnl.map((u) => `A ${u} before_due lead`), 'A thanh before_due coordinating', // 7 days before; coordinating units too
        ...qlnl.map((u) => `B ${u} due_today lead`), 'B thanh due_today lead', // led by the group of departments: each department's people
        ...qlnl.map((u) => `C ${u} overdue lead`), // one week overdue: lead units only
        ...qlnl.map((u) => `D ${u} period_end lead`), 'D thanh period_end coordinating', // recurring: a week before the quarter ends
      ].sort(),
    );
    // Nothing for tasks without a date (E), done (F), cancelled (G), or of a plan not issued (H); nothing for Văn phòng.
    expect(first.byKind).toMatchObject({ before_due: expect.any(Number), due_today: expect.any(Number), overdue: expect.any(Number), period_end: expect.any(Number) });
    const ids = (await khung.sql(`SELECT id FROM app_user WHERE username = ANY($1)`, [people])).map((u) => u.id);
    expect(first.reminders.filter((r: { taskId: string; userId: string }) => ours().includes(r.taskId) && ids.includes(r.userId))).toHaveLength(got.length);
  });

  it('e-mails in Vietnamese with the task, its deadline and date, and a link; the inbox says why', async () => {
    const toNl = ourMail().filter((m) => m.to === 'nl@khung.test');
    expect(toNl).toHaveLength(4);
    const before = toNl.find((m) => m.text.includes('Nhiệm vụ A về'))!;
    expect(before.subject).toBe('[Khung] Nhắc việc: Còn 7 ngày đến hạn — Nhiệm vụ A về cải cách hành chính');
    expect(before.text).toContain('Thời hạn: Trước ngày 31/03/2026 (hạn 31/03/2026)');
    expect(before.text).toContain(`https://khung.example.vn/?task=${task.A}`);
    expect(before.text).toContain('Kính gửi Cán bộ nang,');
    expect(toNl.find((m) => m.text.includes('Nhiệm vụ C về'))!.subject).toContain('Đã quá hạn 7 ngày');

    const token = await khung.login('nang', 'mat-khau-dai-2026');
    const inbox = await khung.request('GET', '/api/me/notifications?limit=200', undefined, token);
    expect(inbox.status).toBe(200);
    expect(inbox.body.filter((n: { task: { id: string } }) => ours().includes(n.task.id))).toHaveLength(4);
    const a = inbox.body.find((n: { task: { id: string } }) => n.task.id === task.A);
    expect(a).toMatchObject({ kind: 'before_due', reasonVi: 'còn 7 ngày đến hạn', due: '2026-03-31', remindOn: '2026-03-24', role: 'lead', readAt: null, email: { status: 'sent' } });
    expect(a.task).toMatchObject({ text: 'Nhiệm vụ A về cải cách hành chính', deadlineText: 'Trước ngày 31/03/2026' });
    const read = await khung.request('PATCH', `/api/me/notifications/${a.id}`, { read: true }, token);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    // Someone else's reminder is not theirs to read.
    const other = await khung.login('thanh', 'mat-khau-dai-2026');
    expect((await khung.request('PATCH', `/api/me/notifications/${a.id}`, { read: true }, other)).status).toBe(404);
    expect((await khung.request('PATCH', `/api/me/notifications/${a.id}`, { read: 'yes' }, token)).status).toBe(400);
  });

  it('keeps to the inbox for people with e-mail off, retries a refusal for now, and gives up on a refusal for good', async () => {
    const all = await rows(true);
    expect(all.filter((r) => r.username === 'quiet').length).toBeGreaterThanOrEqual(4);
    expect(all.filter((r) => r.username === 'quiet').every((r) => r.email_status === 'off')).toBe(true);
    expect(smtp.messages.filter((m) => m.to === 'quiet@khung.test')).toHaveLength(0);
    expect(all.filter((r) => r.username === 'flaky').every((r) => r.email_status === 'sent')).toBe(true);
    expect(all.filter((r) => r.username === 'flaky').some((r) => r.email_attempts === 2)).toBe(true);
    const bad = all.filter((r) => r.username === 'bad');
    expect(bad.length).toBeGreaterThanOrEqual(4);
    expect(bad.every((r) => r.email_status === 'failed' && r.email_attempts === 1 && /550/.test(r.email_error ?? ''))).toBe(true);
    const queues = await khung.get('/api/admin/queues');
    expect(queues.status).toBe(200);
    expect(queues.body.map((q: { queue: string }) => q.queue).sort()).toEqual(['figures', 'mail', 'reminders', 'system']);
    expect(queues.body.find((q: { queue: string }) => q.queue === 'mail')).toMatchObject({ failed: bad.length, active: 0, waiting: 0, paused: false });
  });

  it('sends nothing new on a second sweep of the day, nor after a worker restart; the next reminder comes on its day', async () => {
    const mailsBefore = smtp.messages.length;
    const rowsBefore = (await rows(true)).length;
    expect((await sweep('2026-03-24')).created).toBe(0);
    await worker.close();
    worker = await startWorker(khung.env);
    expect((await sweep('2026-03-24')).created).toBe(0);
    await settled();
    expect(smtp.messages.length).toBe(mailsBefore);
    expect((await rows(true)).length).toBe(rowsBefore);

    await sweep('2026-03-30');
    await settled();
    const onThe30th = (await rows()).filter((r) => r.remind_on === '2026-03-30');
    expect(onThe30th.map((r) => `${r.username} ${r.kind}`)).toEqual(['bad before_due', 'flaky before_due', 'nang before_due', 'quiet before_due', 'thanh before_due']);
    expect(new Set(onThe30th.map((r) => r.task_id))).toEqual(new Set([task.A])); // 1 day before A's due date
    // Exactly one e-mail per inbox row that owed one (a row is unique per task, person, kind and day).
    const sent = await khung.sql(`SELECT id FROM notification WHERE email_status = 'sent'`);
    expect(smtp.messages.map((m) => m.messageId).sort()).toEqual(sent.map((r) => `<${r.id}@khung>`).sort());
  });

  it('is for administrators only', async () => {
    const member = await khung.login('nang', 'mat-khau-dai-2026');
    expect((await khung.request('POST', '/api/admin/reminders/sweep', { asOf: '2026-03-24' }, member)).status).toBe(403);
    expect((await khung.request('GET', '/api/admin/queues', undefined, member)).status).toBe(403);
    expect((await khung.post('/api/admin/reminders/sweep', { asOf: '24/03/2026' })).status).toBe(400);
  });
});
