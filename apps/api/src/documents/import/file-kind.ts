export type AppendixFormat = 'docx' | 'xlsx';

interface Kind {
  vi: string;
  en: string;
}

/** Containers told apart by their first bytes. */
const SIGNATURES: { bytes: number[]; kind: 'zip' | 'cfb' | Kind }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'zip' }, // an empty zip
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'cfb' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: { vi: 'một tệp PDF', en: 'a PDF file' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: { vi: 'một ảnh PNG', en: 'a PNG image' } },
  { bytes: [0xff, 0xd8, 0xff], kind: { vi: 'một ảnh JPEG', en: 'a JPEG image' } },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: { vi: 'một tệp RTF', en: 'an RTF file' } },
];

/** The container a file's first bytes announce, whatever its name says. */
export function containerOf(buffer: Buffer): 'zip' | 'cfb' | Kind {
  const match = SIGNATURES.find((s) => s.bytes.every((b, i) => buffer[i] === b));
  if (match) return match.kind;
  const head = buffer.subarray(0, 512).toString('utf8');
  if (/^\s*</.test(head)) return { vi: 'một tệp văn bản XML/HTML', en: 'an XML/HTML text file' };
  return { vi: 'một loại tệp khác', en: 'some other kind of file' };
}

/**
 * An OLE compound file is either an Office 97–2003 document or an Office document encrypted
 * with a password (its package sits in an "EncryptedPackage" stream beside "EncryptionInfo").
 */
export function isEncryptedOffice(buffer: Buffer): boolean {
  return buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

/** What the parts of an OOXML zip say it is. */
export function formatOfParts(names: Set<string>): AppendixFormat | Kind {
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if ([...names].some((n) => n.startsWith('ppt/'))) return { vi: 'một bản trình chiếu PowerPoint', en: 'a PowerPoint presentation' };
  return { vi: 'một tệp nén zip', en: 'a zip archive' };
}

export const FORMAT_NAMES: Record<AppendixFormat, Kind> = {
  docx: { vi: 'tài liệu Word (.docx)', en: 'a Word document (.docx)' },
  xlsx: { vi: 'bảng tính Excel (.xlsx)', en: 'an Excel workbook (.xlsx)' },
};
