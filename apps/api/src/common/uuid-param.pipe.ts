import { ParseUUIDPipe } from '@nestjs/common';
import { fieldError } from './validation.js';

/** Validates an :id path parameter as a UUID, answering 400 in both languages. */
export function uuidParam(field = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => fieldError(field, 'isUuid', `"${field}" phải là mã định danh (UUID)`, `${field} must be a UUID`),
  });
}
