import { HttpException, HttpStatus, Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@khung/config';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const ATTEMPTS_PER_MINUTE = 10;

/**
 * Slows password guessing: 10 failed logins a minute per address and username, then 429.
 * The counters are in Redis, shared by every API process; while Redis is away each process
 * counts on its own in memory.
 */
@Injectable()
export class LoginLimiter implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly failures: RateLimiterRedis;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined); // the in-memory counters stand in
    this.failures = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${config.KHUNG_QUEUE_PREFIX}:login-failures`,
      points: ATTEMPTS_PER_MINUTE,
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ points: ATTEMPTS_PER_MINUTE, duration: 60 }),
    });
  }

  async assertAllowed(key: string): Promise<void> {
    const state = await this.failures.get(key);
    if (state && state.consumedPoints >= ATTEMPTS_PER_MINUTE) throw tooMany(state);
  }

  async recordFailure(key: string): Promise<void> {
    await this.failures.penalty(key, 1);
  }

  async reset(key: string): Promise<void> {
    await this.failures.delete(key);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

function tooMany(state: RateLimiterRes): HttpException {
  const seconds = Math.ceil(state.msBeforeNext / 1000);
  return new HttpException(
    { statusCode: 429, error: 'Too Many Requests', message: `Đăng nhập sai quá nhiều lần; thử lại sau ${seconds} giây / Too many failed logins; try again in ${seconds} s` },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
