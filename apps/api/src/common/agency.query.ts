import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Optional } from './optional.decorator.js';

/** `?agencyId=`: the agency to read; the only agency when left out. */
export class AgencyQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  agencyId?: string;
}
