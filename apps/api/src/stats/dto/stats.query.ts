import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, MaxLength, ValidateIf } from 'class-validator';
import { Optional } from '../../common/optional.decorator.js';

export class StatsQuery {
  @ApiPropertyOptional({ example: '2026-Q1', description: 'YYYY-Q1…Q4, YYYY-H1, YYYY-9M or YYYY; or give from and to. Defaults to the current quarter' })
  @Optional()
  @IsString()
  @MaxLength(40)
  period?: string;

  @ApiPropertyOptional({ example: '2020-12-15', description: 'Start of a custom window (with to)' })
  @ValidateIf((q: StatsQuery) => q.to !== undefined || q.from !== undefined)
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2021-11-30', description: 'End of a custom window (with from)' })
  @ValidateIf((q: StatsQuery) => q.to !== undefined || q.from !== undefined)
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'The day the figures are taken on; defaults to today, or to the period end once it has passed' })
  @Optional()
  @IsISO8601({ strict: true })
  asOf?: string;
}
