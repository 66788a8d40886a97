import { NotFoundException } from '@nestjs/common';

/** 404 with a bilingual message naming what was looked for. */
export function notFound(what: { vi: string; en: string }, id: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    message: `Không tìm thấy ${what.vi} ${id} / ${what.en} ${id} not found`,
  });
}
