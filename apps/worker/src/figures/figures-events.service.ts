import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@khung/config';
import { figuresChannel, type FiguresEvent } from '@khung/jobs';
import { Redis } from 'ioredis';

/** Announces recomputed figures to the API instances, which push them to open boards. */
@Injectable()
export class FiguresEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(FiguresEvents.name);
  private readonly redis: Redis;
  private readonly channel: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined); // a lost announcement only delays a refresh
    this.channel = figuresChannel(config.KHUNG_QUEUE_PREFIX);
  }

  async publish(event: FiguresEvent): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (error) {
      this.logger.warn(`Could not announce figures of plan ${event.planId}: ${(error as Error).message}`);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
