import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@khung/config';
import { dataSourceOptions } from '@khung/data';
import { DEFAULT_JOB_OPTIONS, QueueName, redisConnection } from '@khung/jobs';
import { FiguresModule } from './figures/figures.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { SystemProcessor } from './system/system.processor.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      global: true,
      imports: [
        // The API runs the migrations; the worker only reads and writes rows.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), migrationsRun: false }),
        BullModule.forRoot({
          connection: redisConnection(config.REDIS_URL),
          prefix: config.KHUNG_QUEUE_PREFIX,
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
        BullModule.registerQueue({ name: QueueName.System }),
        FiguresModule,
        RemindersModule,
        OutboxModule,
      ],
      providers: [{ provide: AppConfig, useValue: config }, SystemProcessor],
      exports: [AppConfig],
    };
  }
}
