import { ArgumentsHost, Catch, Inject, Injectable, PayloadTooLargeException, type ExceptionFilter } from '@nestjs/common';
import { AppConfig } from '@khung/config';
import { fieldError } from '../common/validation.js';

/** Multer stops an upload at the size limit with 413; the board answers 400 naming the field, like any bad input. */
@Injectable()
@Catch(PayloadTooLargeException)
export class UploadLimitFilter implements ExceptionFilter {
  private readonly maxBytes: number;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.maxBytes = config.KHUNG_UPLOAD_MAX_BYTES;
  }

  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    const megabytes = (this.maxBytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    const error = fieldError('file', 'maxSize', `Tệp lớn hơn giới hạn ${megabytes} MB`, `The file is larger than the ${this.maxBytes}-byte limit`);
    host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>().status(400).json(error.getResponse());
  }
}
