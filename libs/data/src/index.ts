export * from './entities/index.js';
export { dataSourceOptions } from './data-source-options.js';
export { createDatabaseIfMissing } from './database.js';
