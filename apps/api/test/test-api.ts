// Starts the real API against its own fresh PostgreSQL database and its own Redis key prefix,
// listening on a free port, and gives a small HTTP client for it.
import type { INestApplication } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@khung/config';
import { createDatabaseIfMissing } from '@khung/data';
import { requestJson, waitFor, type Reply } from '@khung/testing';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app.factory.js';
import { DemoSeeder } from '../src/demo/demo-seeder.service.js';

export type { Reply } from '@khung/testing';
export { freePort, waitFor } from '@khung/testing';

/** Requests made with one person's token. */
export interface Client {
  token: string;
  get<T = any>(path: string): Promise<Reply<T>>;
  post<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  delete<T = any>(path: string): Promise<Reply<T>>;
  /** A multipart upload of one file (field `file`) with extra fields. */
  upload<T = any>(path: string, file: { name: string; bytes: Uint8Array; type?: string }, fields?: Record<string, string>): Promise<Reply<T>>;
}

export interface TestApi extends Client {
  baseUrl: string;
  config: AppConfig;
  app: INestApplication;
  /** Runs SQL against the test database. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  request<T = any>(method: string, path: string, body?: unknown, token?: string | null): Promise<Reply<T>>;
  /** Logs in (demo users share the demo password) and gives that person's client. */
  loginAs(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export const ADMIN = { username: 'admin', password: 'khung-demo-2026' };
export const DEMO_PASSWORD = 'khung-demo-2026';

/** Its own database unless `env.DATABASE_URL` names one. `seed`: 'agency' loads the demo agency and units; 'plan' also imports the 2026 plan. */
export async function startTestApi(options: { seed?: 'none' | 'agency' | 'plan'; env?: Record<string, string> } = {}): Promise<TestApi> {
  const suffix = randomBytes(5).toString('hex');
  const databaseUrl = options.env?.DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/khung_test_${suffix}`;
  const databaseName = new URL(databaseUrl).pathname.slice(1);
  const created = await createDatabaseIfMissing(databaseUrl);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    KHUNG_QUEUE_PREFIX: `khung-test-${suffix}`,
    KHUNG_UPLOAD_DIR: await mkdtemp(join(tmpdir(), 'khung-uploads-')),
    ...options.env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const seed = options.seed ?? 'plan';
  if (seed === 'plan') await app.get(DemoSeeder).seedIfEmpty();
  if (seed === 'agency') await app.get(DemoSeeder).seedAgency();
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const request = (method: string, path: string, body?: unknown, token?: string | null): Promise<Reply> => requestJson(baseUrl, method, path, { body, token });
  const client = (token: string): Client => ({
    token,
    get: (path) => request('GET', path, undefined, token),
    post: (path, body) => request('POST', path, body ?? {}, token),
    patch: (path, body) => request('PATCH', path, body ?? {}, token),
    delete: (path) => request('DELETE', path, undefined, token),
    upload: (path, file, fields = {}) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
      return requestJson(baseUrl, 'POST', path, { body: form, token });
    },
  });
  const loginAs = async (username: string, password = DEMO_PASSWORD): Promise<Client> => {
    const login = await request('POST', '/api/auth/login', { username, password });
    if (login.status !== 200) throw new Error(`login of ${username} failed: ${JSON.stringify(login.body)}`);
    return client((login.body as { accessToken: string }).accessToken);
  };

  return {
    ...(await loginAs(ADMIN.username, ADMIN.password)),
    baseUrl,
    config,
    app,
    sql: async (text, params) => (await db.query(text, params as unknown[])).rows,
    request,
    loginAs,
    close: async () => {
      await app.close();
      await db.end();
      if (!created) return; // another TestApi's database: not ours to drop
      const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
      await admin.connect();
      // A pool's end() resolves while its sockets still close: terminating them then (FORCE) would
      // raise an error in a client no one listens to any more. Let them go first.
      const connections = async () => (await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [databaseName])).rows[0].n;
      await waitFor('the test database connections to close', async () => (await connections()) === 0, 5_000).catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
