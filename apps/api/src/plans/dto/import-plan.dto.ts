import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TextField } from '../../common/text-field.decorator.js';
import { NormalizedTextList } from '../../common/text.transform.js';
import { Optional } from '../../common/optional.decorator.js';

/** One row of the appendix: the cells as written. */
export class ImportTaskDto {
  @TextField({ max: 5000 })
  text: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @NormalizedTextList()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(5000, { each: true })
  activities?: string[];

  @TextField({ max: 5000, optional: true })
  output?: string;

  @TextField({ max: 1000, notEmpty: false, example: 'Văn phòng Sở, BCĐ ISO' })
  lead: string;

  @TextField({ max: 1000, optional: true, example: 'Các phòng chuyên môn' })
  coordinators?: string;

  @TextField({ max: 500, optional: true, example: 'Quý II, III năm 2026' })
  deadline?: string;

  @TextField({ max: 1000, optional: true })
  budget?: string;
}

export class ImportObjectiveDto {
  @ApiPropertyOptional({ description: 'Number within the section; defaults to its order' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  number?: number;

  @TextField({ max: 5000, notEmpty: false })
  text: string;

  @ApiProperty({ type: [ImportTaskDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ImportTaskDto)
  tasks: ImportTaskDto[];
}

export class ImportSectionDto {
  @TextField({ max: 20, example: 'VII' })
  code: string;

  @TextField({ max: 1000 })
  title: string;

  @ApiPropertyOptional({ type: () => [ImportSectionDto], description: 'Sub-sections (one level)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ImportSectionDto)
  subsections?: ImportSectionDto[];

  @ApiPropertyOptional({ type: [ImportObjectiveDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ImportObjectiveDto)
  objectives?: ImportObjectiveDto[];

  @ApiPropertyOptional({ type: [ImportTaskDto], description: 'Tasks straight under the section, in layouts without objectives' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ImportTaskDto)
  tasks?: ImportTaskDto[];
}

/** The appendix in the shape of fixtures/plan-2026.json. */
export class ImportPlanDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ type: [ImportSectionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ImportSectionDto)
  sections: ImportSectionDto[];

  @ApiPropertyOptional({ description: 'Defaults to the only agency' })
  @Optional()
  @IsUUID()
  agencyId?: string;

  @TextField({ max: 100, optional: true, example: '03/KH-SCT' })
  number?: string;

  @TextField({ max: 1000, optional: true, example: 'Kế hoạch cải cách hành chính năm 2026' })
  title?: string;

  @ApiPropertyOptional({ description: 'Where the appendix was transcribed from (kept out of the plan)' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  source?: string;

  @ApiPropertyOptional({ type: [String], description: 'Transcription notes (kept out of the plan)' })
  @Optional()
  @IsArray()
  @IsString({ each: true })
  notes?: string[];
}

export class ImportQuery {
  @ApiPropertyOptional({ description: 'Parse and resolve only; write nothing' })
  @Optional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}
