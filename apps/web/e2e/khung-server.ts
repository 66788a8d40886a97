// Runs the production build of Khung as a user gets it from `npm start`: the set-up command on a
// fresh database, then the API (which serves the built web app) on a free port, and, when asked,
// the worker beside it (figures recomputed and announced live).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { freePort, stopProcess } from '@khung/testing';

const API_DIST = fileURLToPath(new URL('../../api/dist/', import.meta.url));
const WORKER_DIST = fileURLToPath(new URL('../../worker/dist/', import.meta.url));

export interface KhungServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startKhung({ worker = false } = {}): Promise<KhungServer> {
  const database = `khung_e2e_${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    KHUNG_QUEUE_PREFIX: database,
  };
  const setup = spawnSync('node', [`${API_DIST}cli/setup.js`], { env, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`set-up failed: ${setup.stderr || setup.stdout}`);
  const api: ChildProcess = spawn('node', [`${API_DIST}main.js`], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (attempt > 150 || api.exitCode !== null) throw new Error('the API did not come up');
    await new Promise((r) => setTimeout(r, 200));
  }
  // Started once the API has migrated the database: the worker never migrates.
  const workerProcess = worker ? spawn('node', [`${WORKER_DIST}main.js`], { env, stdio: ['ignore', 'ignore', 'inherit'] }) : null;
  return {
    baseUrl,
    stop: async () => {
      await Promise.all([stopProcess(api), workerProcess && stopProcess(workerProcess)]);
      spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
    },
  };
}
