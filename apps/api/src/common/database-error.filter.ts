import { ArgumentsHost, Catch, ConflictException, HttpException, ServiceUnavailableException, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { QueryFailedError } from 'typeorm';
import { fieldError } from './validation.js';

type DatabaseError = Error & { code?: string; detail?: string; column?: string };

/** Errors of a lost or refused connection, as node-postgres and PostgreSQL report them. */
const CONNECTION_LOST = /Connection terminated|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|Client has encountered a connection error/;

/**
 * Turns the database's refusals of bad input into 400/409 instead of 500, and a lost database
 * into 503. The transaction that hit them has already been rolled back, so nothing is
 * half-written; the connection pool reconnects by itself once the database is back.
 */
@Catch()
export class DatabaseErrorFilter extends BaseExceptionFilter implements ExceptionFilter {
  override catch(error: DatabaseError, host: ArgumentsHost): void {
    super.catch(this.translate(error) ?? error, host);
  }

  private translate(error: DatabaseError): HttpException | undefined {
    if (error instanceof HttpException) return undefined;
    if (/^(08|57P|53)/.test(error.code ?? '') || CONNECTION_LOST.test(error.message)) {
      return new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại / The database cannot be reached for now; try again',
      });
    }
    if (!(error instanceof QueryFailedError)) return undefined;
    const { detail, column } = error as DatabaseError;
    switch ((error as DatabaseError).code) {
      case '22021': // NUL or another character PostgreSQL cannot store in text
      case '22P05':
        return fieldError('body', 'invalidCharacters', 'Văn bản chứa ký tự không hợp lệ (ví dụ ký tự NUL)', 'Text contains a character that cannot be stored (such as NUL)');
      case '22P02':
      case '22007':
      case '22008':
        return fieldError('body', 'invalidValue', 'Giá trị không hợp lệ', 'Invalid value');
      case '23502': // a NOT NULL column left empty: the DTOs should have refused it first
        return fieldError(column ?? 'body', 'isDefined', 'Thiếu giá trị bắt buộc', 'A required value is missing');
      case '23505':
        return new ConflictException({ statusCode: 409, error: 'Conflict', message: `Đã tồn tại / Already exists: ${detail ?? ''}`.trim() });
      case '23503':
        return new ConflictException({ statusCode: 409, error: 'Conflict', message: `Đang được sử dụng hoặc tham chiếu không tồn tại / In use or referring to something missing: ${detail ?? ''}`.trim() });
      default:
        return undefined;
    }
  }
}
