import type { DataSourceOptions } from 'typeorm';
import { migrations } from '@khung/migrations';
import { entities } from './entities/index.js';

/**
 * The one description of the database, shared by the API, the worker, the tests and the
 * TypeORM CLI. The schema only changes through committed migrations.
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsTransactionMode: 'each',
    ...extra,
  } as DataSourceOptions;
}
