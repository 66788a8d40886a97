/** NFC, each line trimmed with its inner spaces/tabs collapsed; runs of blank lines become one. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Key for diacritics- and case-insensitive matching: foldText('Thủ tục Đất đai') === 'thu tuc dat dai'. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
