import type { FieldError } from '@khung/contracts';
import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Vietnamese wording of class-validator's rules; the English text is class-validator's own. */
const VI_RULES: Record<string, (field: string) => string> = {
  whitelistValidation: (f) => `Trường "${f}" không được phép`,
  isString: (f) => `"${f}" phải là chuỗi ký tự`,
  isNotEmpty: (f) => `"${f}" không được để trống`,
  isInt: (f) => `"${f}" phải là số nguyên`,
  min: (f) => `"${f}" nhỏ hơn giá trị cho phép`,
  max: (f) => `"${f}" lớn hơn giá trị cho phép`,
  isArray: (f) => `"${f}" phải là danh sách`,
  isUuid: (f) => `"${f}" phải là mã định danh (UUID)`,
  isIn: (f) => `"${f}" không nằm trong các giá trị cho phép`,
  isEnum: (f) => `"${f}" không nằm trong các giá trị cho phép`,
  isBoolean: (f) => `"${f}" phải là true hoặc false`,
  isISO8601: (f) => `"${f}" phải là ngày dạng YYYY-MM-DD`,
  isDateString: (f) => `"${f}" phải là ngày dạng YYYY-MM-DD`,
  matches: (f) => `"${f}" không đúng định dạng`,
  maxLength: (f) => `"${f}" quá dài`,
  minLength: (f) => `"${f}" quá ngắn`,
  arrayMinSize: (f) => `"${f}" phải có ít nhất một phần tử`,
  arrayMaxSize: (f) => `"${f}" có quá nhiều phần tử`,
  isObject: (f) => `"${f}" phải là một đối tượng`,
  nestedValidation: (f) => `"${f}" phải là một đối tượng hợp lệ`,
  isDefined: (f) => `"${f}" là bắt buộc`,
};

/** Flattens nested validation errors into one entry per field and rule, with a dotted path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, en]) => ({
      field,
      rule,
      vi: (VI_RULES[rule] ?? ((f: string) => `"${f}" không hợp lệ`))(field),
      en,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Builds the 400 body shared by validation and domain errors: a bilingual summary and the fields. */
export function badRequest(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `Dữ liệu không hợp lệ: ${errors.map((e) => e.vi).join('; ')} / Invalid input: ${errors
      .map((e) => `${e.field}: ${e.en}`)
      .join('; ')}`,
    errors,
  });
}

export function fieldError(field: string, rule: string, vi: string, en: string): BadRequestException {
  return badRequest([{ field, rule, vi, en }]);
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => badRequest(toFieldErrors(errors)),
  });
}
