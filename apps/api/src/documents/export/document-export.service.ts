import { Injectable, StreamableFile } from '@nestjs/common';
import type { PeriodReport } from '@khung/contracts';
import type { AuthUser } from '../../auth/current-user.js';
import { PlansService } from '../../plans/plans.service.js';
import { StatsService } from '../../stats/stats.service.js';
import type { DocumentFormat, ReportQuery } from '../dto/export.query.js';
import { periodReport } from './period-report.js';

const MIME: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function download(file: Buffer, format: DocumentFormat, name: string): StreamableFile {
  const safeName = `${name.replace(/[^A-Za-z0-9-]+/g, '-')}.${format}`;
  return new StreamableFile(file, { type: MIME[format], disposition: `attachment; filename="${safeName}"`, length: file.length });
}

/**
 * Word and Excel out: the plan's appendix and its period report. The writers (docx, exceljs: about
 * 40 MB) are loaded on the first document asked for, not in every API process at start.
 */
@Injectable()
export class DocumentExportService {
  constructor(
    private readonly plans: PlansService,
    private readonly stats: StatsService,
  ) {}

  async appendix(actor: AuthUser, planId: string, format: DocumentFormat): Promise<StreamableFile> {
    const plan = await this.plans.tree(actor, planId);
    const file = format === 'docx' ? await (await import('./appendix-docx.js')).appendixDocx(plan) : await (await import('./appendix-xlsx.js')).appendixXlsx(plan);
    return download(file, format, `phu-luc-ke-hoach-${plan.year}`);
  }

  /** The report as data (json) or as a document; its figures are the stats service's. */
  async report(actor: AuthUser, planId: string, query: ReportQuery): Promise<PeriodReport | StreamableFile> {
    const { format = 'json', ...period } = query;
    const plan = await this.plans.tree(actor, planId);
    const report = periodReport(plan, await this.stats.figures(actor, planId, period));
    if (format === 'json') return report;
    const file = format === 'docx' ? await (await import('./report-docx.js')).reportDocx(report) : await (await import('./report-xlsx.js')).reportXlsx(report);
    return download(file, format, `bao-cao-${report.period.code}`);
  }
}
