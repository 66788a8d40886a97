import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const ATTEMPTS_PER_MINUTE = 10;

/**
 * Slows password guessing: 10 failed logins a minute per address and username, then 429.
 * Counters are in memory; with several API instances, use RateLimiterRedis instead.
 */
@Injectable()
export class LoginLimiter {
  private readonly failures = new RateLimiterMemory({ points: ATTEMPTS_PER_MINUTE, duration: 60 });

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
}

function tooMany(state: RateLimiterRes): HttpException {
  const seconds = Math.ceil(state.msBeforeNext / 1000);
  return new HttpException(
    { statusCode: 429, error: 'Too Many Requests', message: `Đăng nhập sai quá nhiều lần; thử lại sau ${seconds} giây / Too many failed logins; try again in ${seconds} s` },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}
