import { ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import type { UnitKind } from '@khung/data';
import { TextField } from '../../common/text-field.decorator.js';
import { NormalizedTextList } from '../../common/text.transform.js';
import { NULL_REFUSED, Optional } from '../../common/optional.decorator.js';

export class CreateUnitDto {
  @ApiPropertyOptional({ description: 'Defaults to the only agency' })
  @Optional()
  @IsUUID()
  agencyId?: string;

  @TextField({ max: 300, example: 'Văn phòng Sở' })
  name: string;

  @ApiPropertyOptional({ enum: ['unit', 'group'], default: 'unit' })
  @Optional()
  @IsIn(['unit', 'group'])
  kind?: UnitKind;

  @ApiPropertyOptional({ type: [String], example: ['Văn phòng', 'VP'] })
  @Optional()
  @NormalizedTextList()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: [String], description: 'For a group: the ids of its units' })
  @Optional()
  @IsArray()
  @IsUUID('all', { each: true })
  memberIds?: string[];

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(0)
  position?: number;
}

export class UpdateUnitDto extends PartialType(OmitType(CreateUnitDto, ['agencyId'] as const), NULL_REFUSED) {}
