// `npm run bench`: builds nothing (run `npm run build` first), creates its own databases, starts
// the built api and worker, and prints the figures as Markdown tables for docs/benchmarks.md.
// Options: --sizes=one,province,stress  --seconds=10  --api-processes=2
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { floor, http, percentile, timed, type Throughput } from './measure.js';
import { benchEnv, clearRedis, setUp, start, type Running } from './processes.js';
import { boardPaint } from './web-paint.js';
import { waitFor } from '@khung/testing';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')) as [string, string][]);
const SIZES = (args.sizes ?? 'one,province,stress').split(',');
const SECONDS = Number(args.seconds ?? 10);
const API_PROCESSES = Number(args['api-processes'] ?? 2);
const PORT = 3900;
const BASE = `http://127.0.0.1:${PORT}`;

/** Agencies of 250 tasks added to the demo agency for each size. */
const GENERATED: Record<string, number> = { one: 0, growth1x: 4, province: 40, stress: 400 };
/** The board measured in the browser: the demo plan for one agency, else an added agency with a plan of 500 tasks. */
const BOARD_TASKS = 500;
const FRESHNESS_RUNS = 20;

const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};
const row = (cells: (string | number)[]) => out(`| ${cells.join(' | ')} |`);
const fmt = (t: Throughput) => [t.rps.toLocaleString('en'), `${t.p50} ms`, `${t.p99} ms`, t.errors];

async function login(username: string, password = 'khung-demo-2026'): Promise<string> {
  const reply = await fetch(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return ((await reply.json()) as { accessToken: string }).accessToken;
}

async function prepare(size: string): Promise<{ database: string; url: string }> {
  const database = `khung_bench_${size}`;
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  const env = benchEnv(database, PORT);
  await clearRedis(env.KHUNG_QUEUE_PREFIX!);
  setUp(env);
  const url = env.DATABASE_URL!;
  if (GENERATED[size]) {
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const started = performance.now();
    await db.query(readFileSync(new URL('./generate.sql', import.meta.url), 'utf8'));
    await db.query('SELECT pg_temp.bench_generate($1, 250)', [GENERATED[size]]);
    await db.query('SELECT pg_temp.bench_generate(1, $1, $2)', [BOARD_TASKS, GENERATED[size] + 1]);
    await db.query('ANALYZE');
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM task')).rows;
    out(`Generated ${size}: ${n.toLocaleString('en')} tasks in ${Math.round((performance.now() - started) / 1000)} s.`);
    await db.end();
  }
  return { database, url };
}

async function measureSize(size: string): Promise<void> {
  const { database, url } = await prepare(size);
  const env = { ...benchEnv(database, PORT), KHUNG_API_PROCESSES: String(API_PROCESSES) };
  const api = await start('api', env);
  const worker = await start('worker', env);
  const running: Running[] = [api, worker];
  try {
    const user = GENERATED[size] ? 'bench-coord-1' : 'vanphong';
    const token = await login(user);
    const plans = (await (await fetch(`${BASE}/api/plans`, { headers: { authorization: `Bearer ${token}` } })).json()) as { id: string }[];
    const planId = plans[0].id;
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const taskIds = (await db.query('SELECT id FROM task WHERE plan_id = $1', [planId])).rows.map((r) => r.id as string);
    // Writes go to open dated tasks: a done task keeps 100 %, done again changes nothing, and a
    // recurring task done moves no dated count.
    const openIds = (await db.query(`SELECT id FROM task WHERE plan_id = $1 AND status <> 'done' AND deadline_kind <> 'recurring' ORDER BY position`, [planId])).rows.map(
      (r) => r.id as string,
    );
    const [{ n: total }] = (await db.query('SELECT count(*)::int AS n FROM task')).rows;
    // Generated plans have no stored figures yet: have the worker compute them all, as the nightly job would.
    const recompute = await timed(1, () => recomputeAllFigures(db));
    await db.end();

    out();
    out(`### ${size}: ${total.toLocaleString('en')} tasks in the database; plan of ${taskIds.length} tasks`);
    out();
    row(['measure', 'concurrency', 'requests/s', 'p50', 'p99', 'errors', 'raw query floor (req/s, p50, p99)', 'API / floor']);
    row(['---', '---', '---', '---', '---', '---', '---', '---']);
    const compare = async (name: string, connections: number, viaApi: () => Promise<Throughput>, raw: (() => [string, unknown[]]) | null) => {
      const a = await viaApi();
      const f = raw ? await floor(url, connections, SECONDS, raw) : null;
      row([name, connections, ...fmt(a), f ? `${f.rps.toLocaleString('en')}, ${f.p50} ms, ${f.p99} ms` : '—', f ? `${Math.round((100 * a.rps) / f.rps)} %` : '—']);
    };
    // The floor: the same rows as the API's page, by the plan's (plan_id, position) index, with
    // each task's units by index lookups — the query a careful hand would write.
    const pageSql = (): [string, unknown[]] => [
      `SELECT t.id, t.text, t.status, t.deadline_text, t.deadline_due, t.due_override, t.completed_on,
              (SELECT json_agg(json_build_object('id', tu.unit_id, 'name', (SELECT u.name FROM unit u WHERE u.id = tu.unit_id), 'role', tu.role) ORDER BY tu.position)
                 FROM task_unit tu WHERE tu.task_id = t.id) AS units
       FROM task t WHERE t.plan_id = $1 ORDER BY t.position LIMIT 100`,
      [planId],
    ];
    const connectionsList = size === 'stress' || size === 'growth1x' ? [16] : [1, 16, 64];
    for (const c of connectionsList) {
      await compare('tasks page (100, with units, status, timeliness)', c, () => http({ url: `${BASE}/api/tasks?planId=${planId}&limit=100`, connections: c, seconds: SECONDS, token }), pageSql);
    }
    for (const c of connectionsList) {
      await compare('plan figures (stats, 2026-Q1)', c, () => http({ url: `${BASE}/api/plans/${planId}/stats?period=2026-Q1`, connections: c, seconds: SECONDS, token }), null);
    }
    if (size !== 'growth1x') {
      let i = 0;
      const nextId = () => openIds[i++ % openIds.length];
      await compare(
        'progress update (PATCH percent)',
        16,
        () => http({ url: `${BASE}/api/tasks/${openIds[0]}`, connections: 16, seconds: SECONDS, token, method: 'PATCH', next: () => ({ path: `/api/tasks/${nextId()}`, body: { percent: Math.floor(Math.random() * 90) } }) }),
        () => ['UPDATE task SET percent = $1, version = version + 1, updated_at = now() WHERE id = $2', [Math.floor(Math.random() * 90), nextId()]],
      );
    }
    await oneOffs(size, url, token, planId, taskIds.length, openIds);
    row([`stored figures of every plan recomputed (${size})`, 1, `${recompute.median} ms`, '—']);
    const board = await boardPlan(user, size, url);
    const paint = await boardPaint({ baseUrl: BASE, username: board.user, password: 'khung-demo-2026', planId: board.planId, runs: 10 });
    if (paint.tasksShown !== board.tasks) throw new Error(`the board showed ${paint.tasksShown} of ${board.tasks} tasks`);
    row([`board of ${board.tasks} tasks in Chromium: first contentful paint`, 10, `${paint.firstContentfulPaint.median} ms`, `${paint.firstContentfulPaint.p99} ms`]);
    row([`board of ${board.tasks} tasks in Chromium: every card painted`, 10, `${paint.boardReady.median} ms`, `${paint.boardReady.p99} ms`]);
    out();
    const apiMb = api.peakMb();
    out(`Peak memory (VmHWM): api ${apiMb.join(' + ')} MB (${API_PROCESSES > 1 ? `supervisor + ${API_PROCESSES} HTTP servers` : 'one process'}), worker ${worker.peakMb().join(' + ')} MB.`);
  } finally {
    for (const r of running) await r.stop();
  }
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** Polls every 5 ms (the times measured depend on it) until `done`; gives up after a minute. */
const until = (what: string, done: () => Promise<boolean>) => waitFor(what, done, 60_000, 5);

/** Asks the worker to recompute every plan's stored figures and waits until each plan's are current. */
async function recomputeAllFigures(db: pg.Client): Promise<void> {
  const admin = await login('admin');
  const reply = await fetch(`${BASE}/api/admin/figures/recompute`, { method: 'POST', headers: auth(admin) });
  if (!reply.ok) throw new Error(`recompute: ${reply.status}`);
  const missing = async () =>
    (
      await db.query(`SELECT count(*)::int AS n FROM plan p WHERE NOT EXISTS (
         SELECT 1 FROM plan_figures f LEFT JOIN plan_revision r ON r.plan_id = f.plan_id
         WHERE f.plan_id = p.id AND f.period_code = '2026-Q1' AND f.revision = coalesce(r.revision, 0))`)
    ).rows[0].n as number;
  await until('every plan\'s stored figures', async () => (await missing()) === 0);
}

/** The plan whose board is opened in the browser, and who opens it. */
async function boardPlan(user: string, size: string, url: string): Promise<{ user: string; planId: string; tasks: number }> {
  const owner = GENERATED[size] ? `bench-coord-${GENERATED[size] + 1}` : user;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const [plan] = (
    await db.query(`SELECT p.id, (SELECT count(*)::int FROM task t WHERE t.plan_id = p.id) AS tasks FROM plan p JOIN app_user u ON u.agency_id = p.agency_id WHERE u.username = $1`, [owner])
  ).rows;
  await db.end();
  return { user: owner, planId: plan.id, tasks: plan.tasks };
}

/** Timed operations: freshness, reminder sweep, .docx import, report rendering. */
async function oneOffs(size: string, url: string, token: string, planId: string, planTasks: number, openIds: string[]): Promise<void> {
  out();
  row(['operation', 'runs', 'median', 'p99']);
  row(['---', '---', '---', '---']);
  const stats = async () => ((await (await fetch(`${BASE}/api/plans/${planId}/stats?period=2026`, { headers: auth(token) })).json()) as { completed: number }).completed;
  const open = [...openIds];
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const storedCurrent = async () =>
    (
      await db.query(
        `SELECT 1 FROM plan_figures f LEFT JOIN plan_revision r ON r.plan_id = f.plan_id
         WHERE f.plan_id = $1 AND f.period_code = '2026' AND f.revision = coalesce(r.revision, 0)`,
        [planId],
      )
    ).rowCount === 1;
  const readable: number[] = [];
  const stored: number[] = [];
  for (let run = 0; run < FRESHNESS_RUNS; run++) {
    const before = await stats();
    const start = performance.now();
    const reply = await fetch(`${BASE}/api/tasks/${open.pop()}`, { method: 'PATCH', headers: { ...auth(token), 'content-type': 'application/json' }, body: JSON.stringify({ status: 'done', completedOn: '2026-03-20' }) });
    if (!reply.ok) throw new Error(`freshness write: ${reply.status}`);
    await until('the figures to count the change', async () => (await stats()) !== before);
    readable.push(performance.now() - start);
    await until('the stored figures to be current', storedCurrent);
    stored.push(performance.now() - start);
  }
  await db.end();
  row(['freshness: progress write → figures readable through the API', FRESHNESS_RUNS, `${percentile(readable, 0.5)} ms`, `${percentile(readable, 0.99)} ms`]);
  row(['freshness: progress write → stored figures current (worker)', FRESHNESS_RUNS, `${percentile(stored, 0.5)} ms`, `${percentile(stored, 0.99)} ms`]);
  const admin = await login('admin', 'khung-demo-2026');
  const sweep = await timed(1, () => fetch(`${BASE}/api/admin/reminders/sweep`, { method: 'POST', headers: { ...auth(admin), 'content-type': 'application/json' }, body: JSON.stringify({ asOf: '2026-03-24' }) }));
  row([`reminder sweep of every task (${size})`, 1, `${sweep.median} ms`, '—']);
  const docx = readFileSync(new URL('../src/documents/fixtures/plan-2026.docx', import.meta.url));
  const imported = await timed(5, async () => {
    const form = new FormData();
    form.append('file', new Blob([docx]), 'plan-2026.docx');
    const reply = await fetch(`${BASE}/api/plans/import?dryRun=true`, { method: 'POST', headers: auth(token), body: form });
    if (!reply.ok) throw new Error(`import: ${reply.status}`);
  });
  row(['import plan-2026.docx (dry run, 45 tasks)', 5, `${imported.median} ms`, `${imported.p99} ms`]);
  const report = await timed(5, async () => {
    const reply = await fetch(`${BASE}/api/plans/${planId}/report?period=2026-Q1&format=docx`, { headers: auth(token) });
    if (!reply.ok) throw new Error(`report: ${reply.status}`);
    await reply.arrayBuffer();
  });
  row([`quarterly report .docx (plan of ${planTasks} tasks)`, 5, `${report.median} ms`, `${report.p99} ms`]);
}

async function main(): Promise<void> {
  out(`Khung benchmark, ${new Date().toISOString().slice(0, 10)}, ${SECONDS} s per measure, node ${process.version}.`);
  for (const size of SIZES) await measureSize(size);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
