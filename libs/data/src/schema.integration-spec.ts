import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDatabaseIfMissing } from './database.js';
import { dataSourceOptions } from './data-source-options.js';

describe('migrations', () => {
  const url = `postgres://postgres@127.0.0.1:5432/khung_schema_${randomBytes(4).toString('hex')}`;
  let db: DataSource;
  beforeAll(async () => {
    await createDatabaseIfMissing(url);
    db = await new DataSource(dataSourceOptions(url)).initialize();
    await db.runMigrations();
  });
  afterAll(async () => {
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    await db.destroy();
    const admin = await new DataSource({ type: 'postgres', url: url.replace(/\/[^/]+$/, '/postgres') }).initialize();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await admin.destroy();
  });

  it('leave nothing for the entities to change (no drift between entities and migrations)', async () => {
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can be reverted and applied again', async () => {
    for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration();
    expect(await db.query(`SELECT to_regclass('public.task') AS t`)).toEqual([{ t: null }]);
    await db.runMigrations();
    expect(await db.query(`SELECT to_regclass('public.task')::text AS t`)).toEqual([{ t: 'task' }]);
  });
});
