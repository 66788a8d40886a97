import { HttpException, Inject, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AppConfig } from '@khung/config';
import { defer, mergeMap, type Observable } from 'rxjs';
import { fileError } from './file-errors.js';
import { readPlanFile, type UploadFields, type UploadedDocument } from './plan-file.js';

interface UploadRequest {
  file?: UploadedDocument;
  body: unknown;
  is(type: string): string | false | null;
}

/**
 * Lets a route take a Word or Excel appendix as multipart field `file` besides JSON: the file is
 * read into the JSON shape of ImportPlanDto, validated with errors that say where in the file,
 * and put in place of the body, so the route's own validation and the import service see one
 * shape whatever was sent. A JSON body passes through untouched.
 */
@Injectable()
export class PlanDocumentInterceptor implements NestInterceptor {
  private readonly upload: NestInterceptor;

  constructor(@Inject(AppConfig) config: AppConfig) {
    // Multer keeps the file in memory (no storage given) and stops reading past the limit.
    const Upload = FileInterceptor('file', { limits: { fileSize: config.KHUNG_UPLOAD_MAX_BYTES, files: 1, fields: 5 }, defParamCharset: 'utf8' });
    this.upload = new Upload();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<UploadRequest>();
    const readFile: CallHandler = { handle: () => defer(() => this.readInto(request)).pipe(mergeMap(() => next.handle())) };
    try {
      return await (this.upload.intercept(context, readFile) as Promise<Observable<unknown>>);
    } catch (error) {
      throw uploadError(error);
    }
  }

  private async readInto(request: UploadRequest): Promise<void> {
    if (!request.is('multipart/form-data')) return;
    if (!request.file) throw fileError('isDefined', 'Thiếu tệp: gửi tài liệu ở trường "file"', 'No file: send the document in the "file" field');
    const { year, agencyId } = request.body as UploadFields;
    request.body = await readPlanFile(request.file, { year, agencyId });
  }
}

/** Multer's refusals in both languages; the size limit is left to UploadLimitFilter, as for evidence files. */
function uploadError(error: unknown): unknown {
  if (error instanceof HttpException && !(error instanceof PayloadTooLargeException) && error.cause instanceof Error) {
    return fileError('upload', `Không đọc được dữ liệu tải lên (${error.message})`, `The upload could not be read (${error.message})`);
  }
  return error;
}
