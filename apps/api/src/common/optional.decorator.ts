import { ValidateIf } from 'class-validator';

/**
 * A DTO field that may be left out but, when sent, must pass its rules: null is refused.
 * class-validator's IsOptional lets null through, which then reaches NOT NULL columns or code
 * that expects a value; keep IsOptional for the fields that take null on purpose (`| null`).
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_: object, value: unknown) => value !== undefined);
}

/** For PartialType: its fields become optional the same way (null refused unless the field says IsOptional). */
export const NULL_REFUSED = { skipNullProperties: false } as const;
