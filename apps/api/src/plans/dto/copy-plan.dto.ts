import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class CopyPlanDto {
  @ApiPropertyOptional({ example: 2027, description: "The new plan's year; defaults to the year after the plan's" })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
