import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './optional.decorator.js';

/** `?limit=` of a list: a whole number from 1 to `max`, `fallback` when left out. */
export const PageLimit = (max: number, fallback: number) =>
  applyDecorators(ApiPropertyOptional({ default: fallback, maximum: max }), Optional(), Type(() => Number), IsInt(), Min(1), Max(max));

/** `?offset=` of a list: how many rows to skip. */
export const PageOffset = () => applyDecorators(ApiPropertyOptional({ default: 0 }), Optional(), Type(() => Number), IsInt(), Min(0));
