import { ArgumentsHost, Catch, ConflictException, HttpException, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { QueryFailedError } from 'typeorm';
import { fieldError } from './validation.js';

/**
 * Turns the database's refusals of bad input into 400/409 instead of 500. The transaction that
 * hit them has already been rolled back, so nothing is half-written.
 */
@Catch(QueryFailedError)
export class DatabaseErrorFilter extends BaseExceptionFilter implements ExceptionFilter {
  override catch(error: QueryFailedError & { code?: string; detail?: string }, host: ArgumentsHost): void {
    super.catch(this.translate(error) ?? error, host);
  }

  private translate(error: QueryFailedError & { code?: string; detail?: string }): HttpException | undefined {
    switch (error.code) {
      case '22021': // NUL or another character PostgreSQL cannot store in text
      case '22P05':
        return fieldError('body', 'invalidCharacters', 'Văn bản chứa ký tự không hợp lệ (ví dụ ký tự NUL)', 'Text contains a character that cannot be stored (such as NUL)');
      case '22P02':
      case '22007':
      case '22008':
        return fieldError('body', 'invalidValue', 'Giá trị không hợp lệ', 'Invalid value');
      case '23505':
        return new ConflictException({ statusCode: 409, error: 'Conflict', message: `Đã tồn tại / Already exists: ${error.detail ?? ''}`.trim() });
      case '23503':
        return new ConflictException({ statusCode: 409, error: 'Conflict', message: `Đang được sử dụng hoặc tham chiếu không tồn tại / In use or referring to something missing: ${error.detail ?? ''}`.trim() });
      default:
        return undefined;
    }
  }
}
