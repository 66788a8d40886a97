import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NormalizedText, NormalizedTextList } from '../../common/text.transform.js';

/** One row of the appendix: the cells as written. */
export class ImportTaskDto {
  @ApiProperty()
  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @NormalizedTextList()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(5000, { each: true })
  activities?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(5000)
  output?: string;

  @ApiProperty({ example: 'Văn phòng Sở, BCĐ ISO' })
  @NormalizedText()
  @IsString()
  @MaxLength(1000)
  lead: string;

  @ApiPropertyOptional({ example: 'Các phòng chuyên môn' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(1000)
  coordinators?: string;

  @ApiPropertyOptional({ example: 'Quý II, III năm 2026' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(500)
  deadline?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(1000)
  budget?: string;
}

export class ImportObjectiveDto {
  @ApiPropertyOptional({ description: 'Number within the section; defaults to its order' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  number?: number;

  @ApiProperty()
  @NormalizedText()
  @IsString()
  @MaxLength(5000)
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
  @ApiProperty({ example: 'VII' })
  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  code: string;

  @ApiProperty()
  @NormalizedText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title: string;

  @ApiPropertyOptional({ type: () => [ImportSectionDto], description: 'Sub-sections (one level)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ImportSectionDto)
  subsections?: ImportSectionDto[];

  @ApiPropertyOptional({ type: [ImportObjectiveDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ImportObjectiveDto)
  objectives?: ImportObjectiveDto[];
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
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: '03/KH-SCT' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(100)
  number?: string;

  @ApiPropertyOptional({ example: 'Kế hoạch cải cách hành chính năm 2026' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ description: 'Where the appendix was transcribed from (kept out of the plan)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  source?: string;

  @ApiPropertyOptional({ type: [String], description: 'Transcription notes (kept out of the plan)' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  notes?: string[];
}

export class ImportQuery {
  @ApiPropertyOptional({ description: 'Parse and resolve only; write nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}
