export * from './events.js';
export * from './outbox.js';
export * from './queues.js';
export * from './redis.js';
