import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { foldText, normalizeText } from './text.js';

describe('normalizeText', () => {
  it('composes to NFC and collapses spaces and tabs within lines', () => {
    expect(normalizeText('  Thu\u0309   tu\u0323c\t\tđất  ')).toBe('Thủ tục đất');
  });

  it('keeps line breaks, trimming each line and folding runs of blank lines', () => {
    expect(normalizeText(' - Báo cáo.  \r\n\n\n\n -  Tích hợp \n')).toBe('- Báo cáo.\n\n- Tích hợp');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('foldText', () => {
  it('strips diacritics, maps đ to d and lowercases', () => {
    expect(foldText('Thủ tục Đất đai')).toBe('thu tuc dat dai');
    expect(foldText('  QUÝ   IV\nnăm 2026 ')).toBe('quy iv nam 2026');
  });

  it('gives the same key for composed, decomposed and unaccented spellings', () => {
    const composed = 'Hằng quý';
    expect(foldText(composed.normalize('NFD'))).toBe(foldText(composed));
    expect(foldText('Hang Quy')).toBe(foldText(composed));
  });
});
