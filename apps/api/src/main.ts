import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, type AppConfig } from '@khung/config';

async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isPrimary && config.KHUNG_API_PROCESSES > 1) return superviseServers(config);
  // Loaded here, not at the top: the supervisor of the cluster needs none of the application.
  const { createApp } = await import('./app.factory.js');
  const app = await createApp(config);
  await app.listen(config.PORT);
  Logger.log(`Khung is serving on http://localhost:${config.PORT} (API docs at /api/docs)`, cluster.isWorker ? `Khung ${process.pid}` : 'Khung');
}

/**
 * KHUNG_API_PROCESSES > 1: this process only forks the HTTP servers, which share the port
 * (Node's cluster), replaces one that dies while serving, and passes SIGTERM/SIGINT on.
 * The first server runs the pending migrations at start; the others start once it listens, so
 * two never migrate at once. A server that dies before it listens ends the whole API:
 * restarting it would fail the same way.
 */
function superviseServers(config: AppConfig): void {
  let stopping = false;
  let othersForked = false;
  const listening = new Set<number>();
  cluster.on('listening', (worker) => {
    listening.add(worker.id);
    if (othersForked) return;
    othersForked = true;
    for (let i = 1; i < config.KHUNG_API_PROCESSES; i++) cluster.fork();
  });
  cluster.on('exit', (worker, code, signal) => {
    const served = listening.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    } else if (served) {
      Logger.warn(`HTTP server ${worker.process.pid} stopped (${signal ?? code}); starting another`, 'Khung');
      cluster.fork();
    } else {
      Logger.error(`HTTP server ${worker.process.pid} could not start (${signal ?? code})`, 'Khung');
      process.exit(1);
    }
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  cluster.fork();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
