import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startInstallation, startSmtp, startWorkerProcess, waitFor, type Installation, type SmtpCatcher, type WorkerProcess } from '../../test/harness.js';

/**
 * The built worker as a child process, killed (SIGKILL) while it is sending a sweep's e-mails, then
 * started again; and stopped (SIGTERM) while sending, to finish the e-mail in hand first.
 */
describe('a worker that dies or stops while sending', () => {
  let khung: Installation;
  let smtp: SmtpCatcher;
  let worker: WorkerProcess | undefined;
  let open: () => void = () => undefined;

  const closeGate = () => {
    smtp.gate = new Promise<void>((resolve) => {
      open = () => {
        smtp.gate = null;
        resolve();
      };
    });
  };
  const count = async (status: string) => (await khung.sql(`SELECT count(*)::int AS n FROM notification WHERE email_status = $1`, [status]))[0].n as number;
  /** Each inbox row that owed an e-mail has exactly one at the SMTP server, and no e-mail is left owed. */
  const expectOneEmailPerRow = async () => {
    await waitFor('every e-mail sent', async () => (await count('pending')) === 0, 90_000);
    const rows = await khung.sql(`SELECT id, email_status FROM notification WHERE email_status <> 'off'`);
    expect(rows.every((r) => r.email_status === 'sent')).toBe(true);
    expect(smtp.messages.map((m) => m.messageId).sort()).toEqual(rows.map((r) => `<${r.id}@khung>`).sort());
    const [{ duplicates }] = await khung.sql(
      `SELECT count(*)::int AS duplicates FROM (SELECT 1 FROM notification GROUP BY task_id, user_id, kind, remind_on HAVING count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    khung = await startInstallation({ SMTP_URL: smtp.url });
    const units: { id: string; name: string }[] = (await khung.get('/api/units')).body;
    const qlnl = units.find((u) => u.name === 'Phòng Quản lý Năng lượng')!.id;
    for (let i = 1; i <= 8; i++) {
      const reply = await khung.post('/api/users', { username: `nang${i}`, password: 'mat-khau-dai-2026', fullName: `Cán bộ ${i}`, email: `nang${i}@khung.test`, role: 'member', unitIds: [qlnl] });
      expect(reply.status).toBe(201);
    }
    const planId = (await khung.get('/api/plans')).body[0].id;
    for (const n of [1, 2, 3]) {
      const reply = await khung.post('/api/tasks', {
        planId,
        source: { number: `${n}/UBND-TH`, date: '2026-02-01', issuer: 'UBND tỉnh' },
        text: `Nhiệm vụ ${n}`,
        leadUnitIds: [qlnl],
        deadlineText: 'Trước ngày 31/03/2026',
      });
      expect(reply.status).toBe(201);
    }
  });
  afterAll(async () => {
    open();
    if (worker) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await khung?.close();
    await smtp?.close();
  });

  it('loses nothing and sends nothing twice after a SIGKILL in the middle of sending', async () => {
    worker = startWorkerProcess(khung.env);
    expect((await khung.post('/api/admin/reminders/sweep', { asOf: '2026-03-24' })).status).toBe(200);
    const owed = await count('pending');
    expect(owed).toBeGreaterThan(20);

    await waitFor('a few e-mails delivered', () => smtp.messages.length >= 5);
    closeGate();
    await waitFor('an e-mail in the middle of being sent', () => smtp.held > 0);
    // Every e-mail the server accepted is on record before the kill: the kill lands on unsent ones.
    await waitFor('the accepted e-mails to be recorded', async () => (await count('sent')) === smtp.messages.length);
    expect(smtp.messages.length).toBeLessThan(owed);
    worker.child.kill('SIGKILL');
    await worker.exited;
    await waitFor('the server to see the dead connections', () => smtp.connections === 0);
    open();

    worker = startWorkerProcess(khung.env);
    await expectOneEmailPerRow();
  });

  it('finishes the e-mail in hand when asked to stop (SIGTERM)', async () => {
    const before = smtp.messages.length;
    closeGate();
    expect((await khung.post('/api/admin/reminders/sweep', { asOf: '2026-03-30' })).status).toBe(200);
    await waitFor('an e-mail in the middle of being sent', () => smtp.held > 0);
    const inHand = smtp.held;
    worker!.child.kill('SIGTERM');
    await waitFor('the worker to begin stopping', () => worker!.output().includes('the jobs in hand finish first'));
    expect(worker!.child.exitCode).toBeNull(); // it waits for the e-mails held at the server
    expect(worker!.child.signalCode).toBeNull();
    open();
    await worker!.exited;
    // The worker stayed until the server had accepted what it was sending, and recorded it.
    expect(smtp.messages.length).toBeGreaterThanOrEqual(before + inHand);
    expect(await count('sent')).toBe(smtp.messages.length);

    worker = startWorkerProcess(khung.env);
    await expectOneEmailPerRow();
  });
});
