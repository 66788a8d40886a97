import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** `?agencyId=`: the agency to read; the only agency when left out. */
export class AgencyQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
