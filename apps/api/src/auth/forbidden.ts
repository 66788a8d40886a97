import { ForbiddenException } from '@nestjs/common';
import { inAgency } from '@khung/domain';
import type { AuthUser } from './current-user.js';

export function forbidden(vi = 'Bạn không có quyền thực hiện thao tác này', en = 'You are not allowed to do this'): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `${vi} / ${en}` });
}

/** 403 unless the person may see data of this agency. */
export function assertAgency(actor: AuthUser, agencyId: string): void {
  if (!inAgency(actor, agencyId)) throw forbidden('Dữ liệu thuộc cơ quan khác', 'This belongs to another agency');
}
