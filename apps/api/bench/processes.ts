// Starts the built api and worker as separate processes, the way `npm start` runs them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { stopProcess } from '@khung/testing';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Running {
  process: ChildProcess;
  /** Peak resident memory so far (VmHWM) in MB, of the process and then of each child (cluster servers). */
  peakMb(): number[];
  stop(): Promise<void>;
}

export function benchEnv(database: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    KHUNG_QUEUE_PREFIX: database,
    KHUNG_JWT_SECRET: 'benchmark-secret-benchmark-secret',
    KHUNG_ADMIN_USERNAME: 'admin',
    KHUNG_ADMIN_PASSWORD: 'khung-demo-2026',
    KHUNG_UPLOAD_DIR: `/tmp/${database}-uploads`,
  };
}

/** Removes the Redis keys of a prefix: a database made anew must not meet the last run's jobs. */
export async function clearRedis(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) if (keys.length) await redis.unlink(...(keys as string[]));
  redis.disconnect();
}

/** Creates the database, migrates, loads the demo agency (the set-up command of `npm start`). */
export function setUp(env: NodeJS.ProcessEnv): void {
  const result = spawnSync('node', [`${ROOT}apps/api/dist/cli/setup.js`], { env: { ...env, NODE_ENV: 'development' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`set-up failed: ${result.stderr}`);
}

export async function start(app: 'api' | 'worker', env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn('node', [`${ROOT}apps/${app}/dist/main.js`], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (app === 'api') {
    const url = `http://127.0.0.1:${env.PORT}/api/health`;
    for (let i = 0; !(await fetch(url).then((r) => r.ok, () => false)); i++) {
      if (i > 300 || child.exitCode !== null) throw new Error('the api did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    process: child,
    peakMb: () => {
      if (child.exitCode !== null) return [];
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').split(' ').filter(Boolean);
      return [String(child.pid), ...children].map((pid) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024));
    },
    stop: () => stopProcess(child),
  };
}
