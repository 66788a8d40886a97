import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { NormalizedText } from './text.transform.js';

interface TextFieldOptions {
  max: number;
  optional?: boolean;
  /** Refuse the empty string (required fields default to true). */
  notEmpty?: boolean;
  example?: string;
  description?: string;
}

/**
 * A Vietnamese text field of a DTO: stored NFC, a string, not too long, documented. An optional
 * field may be left out but not sent as null (IsOptional would let null through to a NOT NULL column).
 */
export function TextField({ max, optional = false, notEmpty = !optional, example, description }: TextFieldOptions): PropertyDecorator {
  return applyDecorators(
    optional ? ApiPropertyOptional({ example, description }) : ApiProperty({ example, description }),
    ...(optional ? [ValidateIf((_: object, value: unknown) => value !== undefined)] : []),
    NormalizedText(),
    IsString(),
    ...(notEmpty ? [IsNotEmpty()] : []),
    MaxLength(max),
  );
}
