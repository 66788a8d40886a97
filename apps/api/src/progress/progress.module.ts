import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '@khung/config';
import { TasksModule } from '../tasks/tasks.module.js';
import { EvidenceStore } from './evidence-store.js';
import { ProgressController } from './progress.controller.js';
import { ProgressService } from './progress.service.js';
import { UploadLimitFilter } from './upload-limit.filter.js';

@Module({
  imports: [
    TasksModule,
    // Uploads are held in memory up to the limit, checked, then written to the evidence store.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.KHUNG_UPLOAD_MAX_BYTES, files: 1, fields: 5 } }),
    }),
  ],
  controllers: [ProgressController],
  providers: [ProgressService, EvidenceStore, UploadLimitFilter],
})
export class ProgressModule {}
