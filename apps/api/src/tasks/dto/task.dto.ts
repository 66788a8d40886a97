import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { TaskStatus } from '@khung/domain';
import { PageLimit, PageOffset } from '../../common/page.query.js';
import { TextField } from '../../common/text-field.decorator.js';
import { NULL_REFUSED, Optional } from '../../common/optional.decorator.js';

export const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];

export class ActivityDto {
  @TextField({ max: 2000 })
  text: string;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  done?: boolean;
}

/** A document by number, date and issuer: the source of an assigned task, or the output of a done one. */
export class SourceDocumentDto {
  @TextField({ max: 200, example: '1234/UBND-TH' })
  number: string;

  @ApiPropertyOptional({ example: '2026-02-10' })
  @Optional()
  @IsISO8601({ strict: true })
  date?: string;

  @TextField({ max: 300, optional: true, example: 'UBND tỉnh' })
  issuer?: string;
}

export class CreateTaskDto {
  @ApiProperty()
  @IsUUID()
  planId: string;

  @ApiPropertyOptional({ description: 'The objective the task belongs to (its section follows)' })
  @Optional()
  @IsUUID()
  objectiveId?: string;

  @ApiPropertyOptional({ description: 'A task straight under a section, without objective' })
  @Optional()
  @IsUUID()
  sectionId?: string;

  @ApiPropertyOptional({ type: SourceDocumentDto, description: 'For a task assigned from above (UBND tỉnh giao)' })
  @Optional()
  @ValidateNested()
  @Type(() => SourceDocumentDto)
  source?: SourceDocumentDto;

  @TextField({ max: 5000, example: 'Ban hành Kế hoạch CCHC năm 2026.' })
  text: string;

  @ApiPropertyOptional({ type: [ActivityDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ActivityDto)
  activities?: ActivityDto[];

  @TextField({ max: 5000, optional: true })
  output?: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  leadUnitIds: string[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  coordinatingUnitIds?: string[];

  @TextField({ max: 500, optional: true, example: 'Quý II, III năm 2026' })
  deadlineText?: string;

  @TextField({ max: 1000, optional: true, example: 'Theo dự toán được duyệt' })
  budgetText?: string;
}

export class UpdateTaskDto extends PartialType(OmitType(CreateTaskDto, ['planId', 'source'] as const), NULL_REFUSED) {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @Optional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ example: '2026-03-20', description: 'Completion day; defaults to today when status becomes done' })
  @Optional()
  @IsISO8601({ strict: true })
  completedOn?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number;

  @TextField({ max: 2000, optional: true, notEmpty: true, description: 'Why the task is cancelled (needed with status cancelled)' })
  cancelReason?: string;

  @ApiPropertyOptional({ example: '2026-06-30', nullable: true, description: 'Override of the derived due date; null clears it' })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsISO8601({ strict: true })
  dueOverride?: string | null;

  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListTasksQuery {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ description: 'Tasks naming this unit, directly or through a group it belongs to' })
  @Optional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ['lead', 'coordinating'], description: 'With unitId: only as lead or only as coordinator' })
  @Optional()
  @IsIn(['lead', 'coordinating'])
  role?: 'lead' | 'coordinating';

  @ApiPropertyOptional({ description: 'A section, sub-sections included' })
  @Optional()
  @IsUUID()
  sectionId?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @Optional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ description: 'Search in the task text, ignoring diacritics ("thu tuc" finds "thủ tục")' })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @PageLimit(1000, 500)
  limit?: number;

  @PageOffset()
  offset?: number;
}
