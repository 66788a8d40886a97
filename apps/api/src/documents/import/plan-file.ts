import type { FieldError } from '@khung/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { badRequest, toFieldErrors } from '../../common/validation.js';
import { ImportPlanDto } from '../../plans/dto/import-plan.dto.js';
import { readAppendix } from './appendix-reader.js';
import { readDocxTables } from './docx-tables.js';
import { containerOf, formatOfParts, FORMAT_NAMES, isEncryptedOffice, type AppendixFormat } from './file-kind.js';
import { fileError, passwordProtected } from './file-errors.js';
import { unzipUpload } from './safe-unzip.js';
import type { SourceTable, Where } from './source-table.js';

export interface UploadedDocument {
  originalname: string;
  buffer: Buffer;
}

/** Multipart fields that may go with the file. */
export interface UploadFields {
  /** The plan's year when the document's title does not say it. */
  year?: string;
  agencyId?: string;
}

/**
 * Reads an uploaded .docx or .xlsx appendix into the JSON shape of ImportPlanDto and validates
 * it with the same rules as a JSON import; every error says where in the file it is.
 */
export async function readPlanFile(file: UploadedDocument, fields: UploadFields): Promise<Record<string, unknown>> {
  const appendix = readAppendix(await tablesOf(file));
  const year = fields.year !== undefined ? Number(fields.year) : appendix.year;
  if (year === undefined) {
    throw fileError(
      'year',
      'Không xác định được năm của kế hoạch: ghi "năm 2026" trong tiêu đề hoặc gửi kèm trường "year"',
      'The plan year is not known: write "năm 2026" in the title or send a "year" field',
    );
  }
  const plan = { year, sections: appendix.sections, ...(fields.agencyId ? { agencyId: fields.agencyId } : {}) };
  const errors = await validate(plainToInstance(ImportPlanDto, plan), { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw badRequest(toFieldErrors(errors).map((e) => located(e, appendix.locations)));
  return plan;
}

/** The tables of the file, once its content is known to be what its name claims. */
async function tablesOf(file: UploadedDocument): Promise<SourceTable[]> {
  const name = file.originalname;
  const claimed = /\.(docx|xlsx)$/i.exec(name)?.[1]?.toLowerCase() as AppendixFormat | undefined;
  if (!claimed) {
    throw fileError('fileType', `Chỉ nhận tài liệu Word (.docx) hoặc bảng tính Excel (.xlsx), không nhận "${name}"`, `Only Word (.docx) or Excel (.xlsx) files are accepted, not "${name}"`);
  }
  if (file.buffer.length === 0) throw fileError('empty', `Tệp "${name}" rỗng`, `The file "${name}" is empty`);
  const notWhatItClaims = (content: { vi: string; en: string }) =>
    fileError(
      'contentMismatch',
      `Tệp "${name}" không phải là ${FORMAT_NAMES[claimed].vi}: nội dung là ${content.vi}`,
      `"${name}" is not ${FORMAT_NAMES[claimed].en}: its content is ${content.en}`,
    );

  const container = containerOf(file.buffer);
  if (container === 'cfb') {
    if (isEncryptedOffice(file.buffer)) throw passwordProtected();
    throw notWhatItClaims({ vi: 'định dạng Office 97–2003 (.doc/.xls); hãy lưu lại dưới dạng .docx/.xlsx', en: 'the Office 97–2003 format (.doc/.xls); save it as .docx/.xlsx' });
  }
  if (container !== 'zip') throw notWhatItClaims(container);
  const zip = await unzipUpload(file.buffer, (part) => claimed === 'docx' && part === 'word/document.xml');
  const actual = formatOfParts(zip.names);
  if (actual !== claimed) throw notWhatItClaims(typeof actual === 'string' ? FORMAT_NAMES[actual] : actual);
  if (claimed === 'docx') return readDocxTables(zip.parts.get('word/document.xml')!);
  const { readXlsxTables } = await import('./xlsx-tables.js'); // exceljs is loaded when first needed (about 30 MB)
  return readXlsxTables(file.buffer);
}

/** Adds the place in the file of the row behind a field ("sections[2].objectives[0].tasks[1].text"). */
function located(error: FieldError, locations: Map<string, Where>): FieldError {
  let best: [string, Where] | undefined;
  for (const [path, where] of locations) {
    const covers = error.field === path || error.field.startsWith(`${path}.`) || error.field.startsWith(`${path}[`);
    if (covers && path.length > (best?.[0].length ?? -1)) best = [path, where];
  }
  return best ? { ...error, vi: `${error.vi} (${best[1].vi})`, en: `${error.en} (${best[1].en})` } : error;
}
