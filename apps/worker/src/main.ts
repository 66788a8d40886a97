// The worker: no HTTP, only queues. It never runs migrations (the API does).
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@khung/config';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: ['log', 'warn', 'error'],
  });
  // On SIGTERM/SIGINT the queues stop taking jobs, the jobs in hand finish, then the process exits.
  app.enableShutdownHooks();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => Logger.log(`${signal}: stopping; the jobs in hand finish first`, 'Khung'));
  }
  Logger.log(`Worker listening on queues with prefix "${config.KHUNG_QUEUE_PREFIX}"`, 'Khung');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
