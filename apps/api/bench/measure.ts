// The two ways a figure is measured: HTTP through the API (autocannon), and the raw PostgreSQL
// query that returns the same rows (the floor), at the same concurrency for the same time.
import autocannon from 'autocannon';
import pg from 'pg';

export interface Throughput {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function http(options: {
  url: string;
  connections: number;
  seconds: number;
  token: string;
  method?: 'GET' | 'PATCH' | 'POST';
  /** For writes: each request's path and body. */
  next?: () => { path: string; body: unknown };
}): Promise<Throughput> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
    requests: options.next
      ? [{ setupRequest: (req) => { const { path, body } = options.next!(); return { ...req, method: options.method, path, body: JSON.stringify(body) }; } }]
      : undefined,
  });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

/** Runs `query` in a loop on `connections` connections for `seconds`; latencies in ms. */
export async function floor(databaseUrl: string, connections: number, seconds: number, query: () => [string, unknown[]]): Promise<Throughput> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const [text, params] = query();
        const start = performance.now();
        await pool.query(text, params);
        latencies.push(performance.now() - start);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return { rps: Math.round(latencies.length / seconds), p50: at(0.5), p99: at(0.99), errors: 0 };
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
}

/** Median and p99 of a timed operation repeated `runs` times, in ms. */
export async function timed(runs: number, operation: () => Promise<unknown>): Promise<{ median: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await operation();
    times.push(performance.now() - start);
  }
  return { median: percentile(times, 0.5), p99: percentile(times, 0.99) };
}
