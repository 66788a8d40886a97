import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentExportService } from './export/document-export.service.js';

/**
 * Word and Excel in and out. Out: the appendix and the period report. In: the import route of
 * the plans module reads uploads through ./import (PlanDocumentInterceptor), which needs no provider.
 */
@Module({
  imports: [PlansModule, StatsModule],
  controllers: [DocumentsController],
  providers: [DocumentExportService],
})
export class DocumentsModule {}
