export * from './entities/index.js';
export { dataSourceOptions } from './data-source-options.js';
export { createDatabaseIfMissing } from './database.js';
export { loadFigureTasks, markPlanChanged, planRevision, type FigureTasksFor } from './figures.js';
export { effectiveDue, isAssignedFromAbove } from './task-facts.js';
