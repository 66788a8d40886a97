import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { uuidParam } from '../common/uuid-param.pipe.js';
import { ExportQuery, ReportQuery } from './dto/export.query.js';
import { DocumentExportService } from './export/document-export.service.js';

const WORD_EXCEL = ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

@ApiTags('documents')
@ApiBearerAuth()
@Controller('plans/:id')
export class DocumentsController {
  constructor(private readonly exports: DocumentExportService) {}

  /** The plan's appendix as .docx or .xlsx, in the official layout. */
  @Allow('read')
  @Get('export')
  @ApiProduces(...WORD_EXCEL)
  appendix(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: ExportQuery) {
    return this.exports.appendix(actor, id, query.format ?? 'docx');
  }

  /** The period report (Phụ lục 1B, by lead unit, overdue tasks) as JSON, .docx or .xlsx. */
  @Allow('read')
  @Get('report')
  @ApiProduces('application/json', ...WORD_EXCEL)
  report(@CurrentUser() actor: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: ReportQuery) {
    return this.exports.report(actor, id, query);
  }
}
