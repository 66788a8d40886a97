import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from '../../common/optional.decorator.js';

export class CopyPlanDto {
  @ApiPropertyOptional({ example: 2027, description: "The new plan's year; defaults to the year after the plan's" })
  @Optional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
