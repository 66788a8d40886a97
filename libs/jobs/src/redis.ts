/** BullMQ connection options from a redis:// URL (BullMQ takes ioredis options, not a URL). */
export function redisConnection(url: string): { host: string; port: number; username?: string; password?: string; db: number; tls?: object; maxRetriesPerRequest: null } {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username && { username: decodeURIComponent(u.username) }),
    ...(u.password && { password: decodeURIComponent(u.password) }),
    db: Number(u.pathname.replace('/', '') || 0),
    ...(u.protocol === 'rediss:' && { tls: {} }),
    // Workers block on Redis; BullMQ requires unlimited retries on their connection.
    maxRetriesPerRequest: null,
  };
}

/**
 * Connection for producers (the api, the outbox relay): while Redis is down a command fails at
 * once instead of waiting in memory, so the caller can answer 503 or leave the outbox row for later.
 */
export function producerConnection(url: string): ReturnType<typeof redisConnection> & { enableOfflineQueue: false } {
  return { ...redisConnection(url), enableOfflineQueue: false };
}
