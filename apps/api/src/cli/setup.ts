// `npm run setup -w @khung/api`: creates the database when missing, runs the migrations (the
// API does so at start) and loads the demo agency with its 2026 plan into an empty database.
import { ConfigError, loadConfig } from '@khung/config';
import { createDatabaseIfMissing } from '@khung/data';
import { createApp } from '../app.factory.js';
import { DemoSeeder } from '../demo/demo-seeder.service.js';

async function setup(): Promise<void> {
  const config = loadConfig();
  if (await createDatabaseIfMissing(config.DATABASE_URL)) console.log('Created the database');
  const app = await createApp(config);
  await app.init();
  try {
    const result = await app.get(DemoSeeder).seedIfEmpty();
    console.log(result.seeded ? 'Loaded the demo agency and the 2026 plan' : 'The database already holds data; nothing loaded');
  } finally {
    await app.close();
  }
}

setup().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
