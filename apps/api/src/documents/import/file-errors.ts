import { fieldError } from '../../common/validation.js';
import type { Where } from './source-table.js';

/** 400 about the uploaded file, in both languages, saying where in it when that is known. */
export function fileError(rule: string, vi: string, en: string, where?: Where) {
  return fieldError('file', rule, where ? `${vi} (${where.vi})` : vi, where ? `${en} (${where.en})` : en);
}

export const passwordProtected = () =>
  fileError('passwordProtected', 'Tệp được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại', 'The file is password-protected; remove the password and upload it again');
