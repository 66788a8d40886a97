import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@khung/config';
import { dataSourceOptions } from '@khung/data';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AdminModule } from './admin/admin.module.js';
import { AgenciesModule } from './agencies/agencies.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { DemoModule } from './demo/demo.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { HistoryModule } from './history/history.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PlansModule } from './plans/plans.module.js';
import { ProgressModule } from './progress/progress.module.js';
import { StatsModule } from './stats/stats.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { UnitsModule } from './units/units.module.js';
import { UsersModule } from './users/users.module.js';

/** The built web app, served on the API's port when it has been built. */
const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // The API is the one process that runs migrations, at start.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), migrationsRun: true }),
        ...(existsSync(WEB_DIST) ? [ServeStaticModule.forRoot({ rootPath: WEB_DIST, exclude: ['/api/{*path}'] })] : []),
        AuthModule,
        HealthModule,
        AgenciesModule,
        UnitsModule,
        PlansModule,
        TasksModule,
        StatsModule,
        DocumentsModule,
        ProgressModule,
        CommentsModule,
        HistoryModule,
        UsersModule,
        DemoModule,
        EventsModule,
        NotificationsModule,
        AdminModule,
      ],
    };
  }
}
