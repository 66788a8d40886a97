import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN, startTestApi, type TestApi } from '../../test/test-api.js';

describe('authentication', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: 'none' });
  });
  afterAll(() => api.close());

  it('gives a bearer token for the first administrator', async () => {
    const reply = await api.request('POST', '/api/auth/login', ADMIN);
    expect(reply.status).toBe(200);
    expect(reply.body.accessToken.split('.')).toHaveLength(3);
    const [user] = await api.sql('SELECT role, password_hash FROM app_user WHERE username = $1', [ADMIN.username]);
    expect(user.role).toBe('admin');
    expect(user.password_hash).toMatch(/^\$argon2/);
    expect(user.password_hash).not.toContain(ADMIN.password);
  });

  it('refuses a wrong password and a missing or forged token', async () => {
    expect((await api.request('POST', '/api/auth/login', { ...ADMIN, password: 'wrong' })).status).toBe(401);
    expect((await api.request('GET', '/api/plans')).status).toBe(401);
    expect((await api.request('GET', '/api/plans', undefined, `${api.token}x`)).status).toBe(401);
    const forged = await api.request('GET', '/api/units', undefined, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect(forged.status).toBe(401);
    expect(forged.body.message).toContain('/');
  });

  it('lets health, docs and login through without a token', async () => {
    expect((await api.request('GET', '/api/health')).body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    const docs = await api.request('GET', '/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/plans/import', '/api/tasks/{id}', '/api/health']));
  });

  it('validates the login body', async () => {
    const reply = await api.request('POST', '/api/auth/login', { username: 'admin' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('password');
  });
});

describe('health', () => {
  it('answers 503 naming Redis when Redis cannot be reached', async () => {
    const api = await startTestApi({ seed: 'none', env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const reply = await api.request('GET', '/api/health');
      expect(reply.status).toBe(503);
      expect(reply.body.checks).toEqual({ database: 'up', redis: 'down' });
    } finally {
      await api.close();
    }
  });
});
