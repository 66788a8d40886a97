import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator.js';
import { HealthRedis } from './redis.provider.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly redis: HealthRedis,
  ) {}

  /** 200 when PostgreSQL and Redis both answer, 503 naming the one that does not. */
  @Public()
  @Get()
  async check() {
    const [database, redis] = await Promise.all([this.pingDatabase(), this.redis.ping()]);
    const body = {
      status: database && redis ? 'ok' : 'unavailable',
      checks: { database: database ? 'up' : 'down', redis: redis ? 'up' : 'down' },
    };
    if (!database || !redis) throw new ServiceUnavailableException(body);
    return body;
  }

  private async pingDatabase(): Promise<boolean> {
    try {
      await this.db.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
