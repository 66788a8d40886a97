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
  // On SIGTERM/SIGINT, BullMQ workers finish the job in hand before the process exits.
  app.enableShutdownHooks();
  Logger.log(`Worker listening on queues with prefix "${config.KHUNG_QUEUE_PREFIX}"`, 'Khung');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
