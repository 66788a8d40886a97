import { Transform } from 'class-transformer';
import { normalizeText } from '@khung/domain';

/** Stores Vietnamese text in NFC with tidy spacing, whatever form the client sent. */
export const NormalizedText = () =>
  Transform(({ value }) => (typeof value === 'string' ? normalizeText(value) : value));

/** The same for each string of an array. */
export const NormalizedTextList = () =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normalizeText(v) : v)) : value));
