import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { TaskStatus } from '@khung/domain';
import { TextField } from '../../common/text-field.decorator.js';
import { SourceDocumentDto, TASK_STATUSES } from '../../tasks/dto/task.dto.js';
import { Optional } from '../../common/optional.decorator.js';

/** The output document that proves the work: number, date, issuer, link. */
export class OutputDocumentDto extends SourceDocumentDto {
  @ApiPropertyOptional({ example: 'https://vanban.hatinh.gov.vn/…' })
  @Optional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  link?: string;
}

export class CreateProgressDto {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @Optional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number;

  @TextField({ max: 5000, optional: true, notEmpty: false })
  note?: string;

  @ApiPropertyOptional({ example: '2026-03-20', description: 'Completion day when status is done; defaults to today' })
  @Optional()
  @IsISO8601({ strict: true })
  completedOn?: string;

  @TextField({ max: 2000, optional: true, notEmpty: true })
  cancelReason?: string;

  @ApiPropertyOptional({ example: '2026-Q1', description: 'For a periodic report on a recurring task' })
  @Optional()
  @MaxLength(40)
  periodCode?: string;

  @ApiPropertyOptional({ type: OutputDocumentDto })
  @Optional()
  @ValidateNested()
  @Type(() => OutputDocumentDto)
  document?: OutputDocumentDto;

  @ApiPropertyOptional({ description: 'The task version read; a stale one gets 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ActivityTickDto {
  @ApiPropertyOptional()
  @IsBoolean()
  done: boolean;
}

export class UploadEvidenceDto {
  @ApiPropertyOptional({ description: 'The progress entry the file proves' })
  @Optional()
  @IsUUID()
  progressEntryId?: string;
}
