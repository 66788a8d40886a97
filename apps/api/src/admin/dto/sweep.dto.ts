import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsUUID } from 'class-validator';
import { Optional } from '../../common/optional.decorator.js';

export class SweepDto {
  @ApiProperty({ example: '2026-03-24', description: 'The agency day to remind for (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  asOf: string;

  @ApiPropertyOptional({ description: 'One agency; every agency when absent' })
  @Optional()
  @IsUUID()
  agencyId?: string;
}
