import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, waitFor, type TestApi } from '../../test/test-api.js';

describe('people and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: 'agency' });
  });
  afterAll(() => api.close());

  it('shows each person their profile, units and settings', async () => {
    const me = await (await api.loginAs('qlcn')).get('/api/me');
    expect(me.body).toMatchObject({ username: 'qlcn', role: 'member', units: [{ name: 'Phòng Quản lý Công nghiệp' }], emailNotifications: true });
    const qltm = await api.loginAs('qltm');
    expect((await qltm.patch('/api/me', { emailNotifications: false })).body.emailNotifications).toBe(false);
    expect((await qltm.patch('/api/me', { role: 'admin' })).status).toBe(400);
    expect((await qltm.get('/api/me')).body.role).toBe('member');
  });

  it('ends sessions on logout and on a password change', async () => {
    const khtc = await api.loginAs('khtc');
    expect((await khtc.post('/api/auth/logout')).status).toBe(204);
    expect((await khtc.get('/api/me')).status).toBe(401);

    const ktat = await api.loginAs('ktat');
    expect((await ktat.post('/api/auth/password', { currentPassword: 'sai', newPassword: 'mat-khau-moi-2026' })).status).toBe(400);
    const changed = await ktat.post('/api/auth/password', { currentPassword: 'khung-demo-2026', newPassword: 'mat-khau-moi-2026' });
    expect(changed.status).toBe(200);
    expect((await ktat.get('/api/me')).status).toBe(401);
    expect((await api.request('GET', '/api/me', undefined, changed.body.accessToken)).status).toBe(200);
    expect((await api.request('POST', '/api/auth/login', { username: 'ktat', password: 'khung-demo-2026' })).status).toBe(401);
    expect((await api.loginAs('ktat', 'mat-khau-moi-2026')).token).toBeTruthy();
  });

  it('slows down password guessing: the 11th failure in a minute gets 429', async () => {
    const attempts = [];
    for (let i = 0; i < 11; i++) attempts.push((await api.request('POST', '/api/auth/login', { username: 'qlnl', password: `sai-${i}` })).status);
    expect(attempts).toEqual([...Array(10).fill(401), 429]);
    const blocked = await api.request('POST', '/api/auth/login', { username: 'qlnl', password: 'khung-demo-2026' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/thử lại sau.*try again/);
    expect((await api.request('POST', '/api/auth/login', { username: 'qltm', password: 'khung-demo-2026' })).status).toBe(200);
  });

  it('deactivates people instead of deleting them, ending their sessions', async () => {
    const iso = await api.loginAs('iso');
    const [{ id }] = await api.sql(`SELECT id FROM app_user WHERE username = 'iso'`);
    const off = await api.delete(`/api/users/${id}`);
    expect(off.body).toMatchObject({ username: 'iso', isActive: false });
    expect((await iso.get('/api/me')).status).toBe(401);
    expect((await api.request('POST', '/api/auth/login', { username: 'iso', password: 'khung-demo-2026' })).status).toBe(401);
    expect((await api.sql(`SELECT count(*)::int AS n FROM app_user WHERE username = 'iso'`))[0].n).toBe(1);
  });

  it('takes a change of role and a deactivation at once in every API process, though sessions are cached', async () => {
    // A second API process on the same database and Redis prefix, as with KHUNG_API_PROCESSES > 1.
    const other = await startTestApi({ seed: 'none', env: { DATABASE_URL: api.config.DATABASE_URL, KHUNG_QUEUE_PREFIX: api.config.KHUNG_QUEUE_PREFIX } });
    try {
      const qlcn = await api.loginAs('qlcn');
      const [{ id }] = await api.sql(`SELECT id FROM app_user WHERE username = 'qlcn'`);
      const peopleThere = async () => (await other.request('GET', '/api/users', undefined, qlcn.token)).status;
      expect(await peopleThere()).toBe(403); // a unit member; the session is now cached over there for 10 s
      expect((await api.patch(`/api/users/${id}`, { role: 'coordinator' })).status).toBe(200);
      expect((await qlcn.get('/api/users')).status).toBe(200); // here: dropped before the answer
      expect(await waitFor('the other process to drop the session', async () => (await peopleThere()) === 200, 5_000)).toBe(true);
      const off = await api.delete(`/api/users/${id}`);
      expect(off.status).toBe(200);
      expect(await waitFor('the other process to refuse the token', async () => (await other.request('GET', '/api/me', undefined, qlcn.token)).status === 401, 5_000)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('validates people: a unit member needs a unit, names are unique, e-mails are e-mails', async () => {
    const noUnit = await api.post('/api/users', { username: 'khong-don-vi', password: 'mat-khau-dai', fullName: 'A', role: 'member' });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors[0].field).toBe('unitIds');
    const duplicate = await api.post('/api/users', { username: 'qlcn', password: 'mat-khau-dai', fullName: 'A', role: 'viewer' });
    expect(duplicate.status).toBe(409);
    const bad = await api.post('/api/users', { username: 'A B', password: 'ngan', fullName: '', role: 'boss', email: 'not-mail' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'fullName', 'password', 'role', 'username']);
    expect((await api.sql(`SELECT count(*)::int AS n FROM app_user WHERE username IN ('khong-don-vi', 'A B')`))[0].n).toBe(0);
  });
});
