import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@khung/config';
import { DEFAULT_JOB_OPTIONS, QueueName, redisConnection } from '@khung/jobs';
import { SystemProcessor } from './system/system.processor.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        BullModule.forRoot({
          connection: redisConnection(config.REDIS_URL),
          prefix: config.KHUNG_QUEUE_PREFIX,
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
        BullModule.registerQueue({ name: QueueName.System }),
      ],
      providers: [SystemProcessor],
    };
  }
}
