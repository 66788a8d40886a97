import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import type { PlanStatus } from '@khung/data';
import { TextField } from '../../common/text-field.decorator.js';
import { NULL_REFUSED, Optional } from '../../common/optional.decorator.js';

export class CreatePlanDto {
  @ApiPropertyOptional({ description: 'Defaults to the only agency' })
  @Optional()
  @IsUUID()
  agencyId?: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @TextField({ max: 100, optional: true, example: '03/KH-SCT' })
  number?: string;

  @TextField({ max: 1000, example: 'Kế hoạch cải cách hành chính năm 2026' })
  title: string;
}

export class UpdatePlanDto extends PartialType(OmitType(CreatePlanDto, ['agencyId', 'year'] as const), NULL_REFUSED) {
  @ApiPropertyOptional({ enum: ['draft', 'issued', 'closed'] })
  @Optional()
  @IsIn(['draft', 'issued', 'closed'])
  status?: PlanStatus;

  @ApiPropertyOptional({ example: '2026-01-10', nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsISO8601({ strict: true })
  issuedOn?: string | null;
}

export class CreateSectionDto {
  @TextField({ max: 20, example: 'VIII' })
  code: string;

  @TextField({ max: 1000 })
  title: string;

  @ApiPropertyOptional({ description: 'Parent section for a sub-section' })
  @Optional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(0)
  position?: number;
}

export class UpdateSectionDto extends PartialType(OmitType(CreateSectionDto, ['parentId'] as const), NULL_REFUSED) {}

export class CreateObjectiveDto {
  @ApiPropertyOptional({ description: 'Defaults to the next number in the section' })
  @Optional()
  @IsInt()
  @Min(0)
  number?: number;

  @TextField({ max: 5000, notEmpty: false })
  text: string;
}

export class UpdateObjectiveDto extends PartialType(CreateObjectiveDto, NULL_REFUSED) {}
