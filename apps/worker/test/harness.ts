// Real parts for the worker's integration tests: a fresh PostgreSQL database, the API as its own
// process (the built dist, reached over HTTP), the worker in-process or as a child process, an
// SMTP server in-process, and a private Redis server that a test may stop and start.
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type AppConfig } from '@khung/config';
import { QueueName, redisConnection } from '@khung/jobs';
import { freePort, requestJson, waitFor, type Reply } from '@khung/testing';
import { Queue } from 'bullmq';
import { createDatabaseIfMissing, dataSourceOptions } from '@khung/data';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { WorkerModule } from '../src/worker.module.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ADMIN_DB = 'postgres://postgres@127.0.0.1:5432/postgres';
export const ADMIN = { username: 'admin', password: 'khung-demo-2026' };

export { freePort, waitFor };
export type { Reply };

/** Removes every queue of a test's prefix from Redis (jobs, schedules, counters). */
export async function clearQueues(redisUrl: string, prefix: string): Promise<void> {
  for (const name of Object.values(QueueName)) {
    const queue = new Queue(name, { connection: redisConnection(redisUrl), prefix });
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

/** Builds the api and the worker, whose dist the tests run (Nx caches: quick when nothing changed). */
export function buildApps(): void {
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=@khung/api,@khung/worker', '--output-style=static'], { cwd: ROOT, stdio: 'ignore' });
}

/** Runs a built script; `output()` is the end of what it printed. */
function spawnNode(script: string, env: Record<string, string>, name: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('exit', (code, signal) => {
    if (code && code !== 0) console.error(`${name} exited with ${code} ${signal ?? ''}:\n${output}`);
  });
  return { child, output: () => output };
}

async function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** A test installation: its database, its Redis prefix, the API process, and a client for it. */
export interface Installation {
  config: AppConfig;
  env: Record<string, string>;
  baseUrl: string;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  request<T = any>(method: string, path: string, body?: unknown, token?: string): Promise<Reply<T>>;
  login(username: string, password: string): Promise<string>;
  /** Admin requests. */
  get<T = any>(path: string): Promise<Reply<T>>;
  post<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  adminToken: string;
  close(): Promise<void>;
}

/**
 * Creates a database, loads the demo agency and its issued 2026 plan (the API's set-up), and runs
 * the API on a free port. `env` overrides settings (REDIS_URL, SMTP_URL…) for the API and is
 * kept for the worker.
 */
export async function startInstallation(env: Record<string, string> = {}): Promise<Installation> {
  const suffix = randomBytes(5).toString('hex');
  const port = await freePort();
  const fullEnv: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/khung_wtest_${suffix}`,
    REDIS_URL: 'redis://127.0.0.1:6379',
    KHUNG_QUEUE_PREFIX: `khung-wtest-${suffix}`,
    PORT: String(port),
    ...env,
  };
  const config = loadConfig(fullEnv);
  buildApps();
  const setup = spawnNode('apps/api/dist/cli/setup.js', fullEnv, 'api set-up');
  if ((await exited(setup.child)) !== 0) throw new Error('The API set-up failed');
  const api = spawnNode('apps/api/dist/main.js', fullEnv, 'api').child;
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = new pg.Pool({ connectionString: config.DATABASE_URL, max: 2 });

  const request = (method: string, path: string, body?: unknown, token?: string): Promise<Reply> => requestJson(baseUrl, method, path, { body, token });
  const login = async (username: string, password: string) => {
    const reply = await request('POST', '/api/auth/login', { username, password });
    if (reply.status !== 200) throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body.accessToken as string;
  };
  const adminToken = await waitFor('the API to answer', () => login(ADMIN.username, ADMIN.password).catch(() => undefined), 60_000);

  return {
    config,
    env: fullEnv,
    baseUrl,
    adminToken,
    sql: async (text, params) => (await db.query(text, params as unknown[])).rows,
    request,
    login,
    get: (path) => request('GET', path, undefined, adminToken),
    post: (path, body) => request('POST', path, body ?? {}, adminToken),
    patch: (path, body) => request('PATCH', path, body ?? {}, adminToken),
    close: async () => {
      api.kill('SIGTERM');
      await exited(api);
      await db.end();
      await clearQueues(config.REDIS_URL, config.KHUNG_QUEUE_PREFIX);
      const admin = new pg.Client({ connectionString: ADMIN_DB });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "khung_wtest_${suffix}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A fresh database with the migrations applied (what the API does at start), without the API. */
export async function migratedDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `khung_wtest_${randomBytes(5).toString('hex')}`;
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  await createDatabaseIfMissing(url);
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  await db.runMigrations();
  await db.destroy();
  return {
    url,
    drop: async () => {
      const admin = new pg.Client({ connectionString: ADMIN_DB });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The worker in this process, on the installation's database, Redis and prefix. */
export function startWorker(env: Record<string, string>): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig(env)), { logger: ['error'] });
}

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
}

/** The built worker as a child process (it can be killed). */
export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  const { child, output } = spawnNode('apps/worker/dist/main.js', env, 'worker');
  return { child, exited: exited(child), output };
}

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/** What the test SMTP server does with a recipient: accept, refuse for good (5xx), or refuse for now (4xx). */
export type SmtpVerdict = 'accept' | 'permanent' | 'temporary';

export interface SmtpCatcher {
  url: string;
  messages: ReceivedMail[];
  /** Decides per recipient and attempt (1 for the first time the address is seen). */
  verdict: (address: string, attempt: number) => SmtpVerdict;
  /**
   * While set, each message waits here after its DATA command, before it is accepted. A message
   * whose sender hung up meanwhile is not accepted (as an SMTP server does: no 250, no delivery).
   */
  gate: Promise<void> | null;
  /** Messages waiting at the gate. */
  held: number;
  /** Connections open now. */
  connections: number;
  close(): Promise<void>;
}

/** An SMTP server in this process that keeps what it accepts (parsed) in `messages`. */
export async function startSmtp(): Promise<SmtpCatcher> {
  const port = await freePort();
  const attempts = new Map<string, number>();
  const hungUp = new Set<string>();
  const catcher: SmtpCatcher = {
    url: `smtp://127.0.0.1:${port}`,
    messages: [],
    verdict: () => 'accept',
    gate: null,
    held: 0,
    connections: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (error?: Error | null) => void) {
      const attempt = (attempts.get(address.address) ?? 0) + 1;
      attempts.set(address.address, attempt);
      const verdict = catcher.verdict(address.address, attempt);
      if (verdict === 'accept') return callback();
      const code = verdict === 'permanent' ? 550 : 451;
      callback(Object.assign(new Error(verdict === 'permanent' ? '5.1.1 Mailbox does not exist' : '4.3.0 Try again later'), { responseCode: code }));
    },
    onConnect(_session: SMTPServerSession, callback: (error?: Error | null) => void) {
      catcher.connections++;
      callback();
    },
    onClose(session: SMTPServerSession) {
      catcher.connections--;
      hungUp.add(session.id);
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) {
      const receive = async () => {
        const parsed = await simpleParser(stream);
        if (catcher.gate) {
          catcher.held++;
          await catcher.gate;
          catcher.held--;
        }
        if (hungUp.has(session.id)) throw new Error('The sender hung up before the message was accepted');
        const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
        catcher.messages.push({ to: to?.value[0]?.address ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '', messageId: parsed.messageId ?? '' });
      };
      receive().then(() => callback(), (error: Error) => callback(error));
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return catcher;
}

/** A private Redis server on a free port, without persistence, that a test can stop and start. */
export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const redis: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await waitFor('the private Redis to listen', () => new Promise<boolean>((resolve) => {
        const socket = createServer().listen(port, '127.0.0.1');
        socket.once('listening', () => socket.close(() => resolve(false)));
        socket.once('error', () => resolve(true));
      }));
    },
    stop: async () => {
      if (!child) return;
      const stopping = exited(child);
      child.kill('SIGKILL');
      await stopping;
      child = null;
    },
  };
  await redis.start();
  return redis;
}
