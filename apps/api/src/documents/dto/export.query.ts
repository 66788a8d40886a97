import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { StatsQuery } from '../../stats/dto/stats.query.js';
import { Optional } from '../../common/optional.decorator.js';

export type DocumentFormat = 'docx' | 'xlsx';

export class ExportQuery {
  @ApiPropertyOptional({ enum: ['docx', 'xlsx'], default: 'docx' })
  @Optional()
  @IsIn(['docx', 'xlsx'])
  format?: DocumentFormat;
}

/** The period (as for the stats) and the format of the report. */
export class ReportQuery extends StatsQuery {
  @ApiPropertyOptional({ enum: ['json', 'docx', 'xlsx'], default: 'json' })
  @Optional()
  @IsIn(['json', 'docx', 'xlsx'])
  format?: DocumentFormat | 'json';
}
