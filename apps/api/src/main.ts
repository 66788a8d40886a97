import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@khung/config';
import { createApp } from './app.factory.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT);
  Logger.log(`Khung is serving on http://localhost:${config.PORT} (API docs at /api/docs)`, 'Khung');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
