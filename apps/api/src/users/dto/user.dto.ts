import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '@khung/domain';
import { TextField } from '../../common/text-field.decorator.js';
import { NULL_REFUSED, Optional } from '../../common/optional.decorator.js';

export class CreateUserDto {
  @ApiProperty({ example: 'qlcn' })
  @IsString()
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'username must be 3–64 lower-case letters, digits, ".", "_" or "-"' })
  username: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password: string;

  @TextField({ max: 200, example: 'Nguyễn Văn An' })
  fullName: string;

  @ApiPropertyOptional({ example: 'an.nv@sct.hatinh.gov.vn', nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ type: [String], description: 'The units the person works in' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @ApiPropertyOptional({ description: 'Defaults to the caller’s agency' })
  @Optional()
  @IsUUID()
  agencyId?: string;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username', 'agencyId'] as const), NULL_REFUSED) {
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateMeDto {
  @TextField({ max: 200, optional: true })
  fullName?: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ description: 'Reminders by e-mail as well as in the inbox' })
  @Optional()
  @IsBoolean()
  emailNotifications?: boolean;
}
