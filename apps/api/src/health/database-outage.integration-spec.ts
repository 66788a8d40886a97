import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy.js';
import { startTestApi, type TestApi } from '../../test/test-api.js';

/** PostgreSQL reached through a proxy that the test cuts: the API says 503 meanwhile and recovers by itself. */
describe('a database outage', () => {
  let api: TestApi;
  let proxy: TcpProxy;
  let planId: string;

  beforeAll(async () => {
    proxy = await startTcpProxy(5432);
    const name = `khung_outage_${Date.now()}`;
    api = await startTestApi({ seed: 'plan', env: { DATABASE_URL: `postgres://postgres@127.0.0.1:${proxy.port}/${name}` } });
    planId = (await api.get('/api/plans')).body[0].id;
  });
  afterAll(async () => {
    await proxy.restore();
    await api.close();
    await proxy.close();
  });

  it('answers 503 while PostgreSQL cannot be reached, and serves again once it can', async () => {
    expect((await api.get(`/api/plans/${planId}`)).status).toBe(200);
    await proxy.cut();
    const during = [await api.request('GET', '/api/health'), await api.get(`/api/plans/${planId}`), await api.get(`/api/tasks?planId=${planId}`)];
    expect(during.map((r) => r.status)).toEqual([503, 503, 503]);
    expect(during[0].body.checks.database).toBe('down');
    expect(during[1].body.message).toMatch(/Cơ sở dữ liệu.*database/);

    await proxy.restore();
    let health = await api.request('GET', '/api/health');
    for (let i = 0; health.status !== 200 && i < 50; i++) health = await api.request('GET', '/api/health');
    expect(health.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    expect((await api.get(`/api/tasks?planId=${planId}`)).body).toHaveLength(45);
  });
});
