/** The file types accepted as evidence, recognised by their first bytes, not by their name. */
export const EVIDENCE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');

/** The content type of an evidence file, or null when it is none of the accepted kinds. */
export function sniffEvidenceType(bytes: Uint8Array, fileName: string): string | null {
  if (startsWith(bytes, ascii('%PDF-'))) return EVIDENCE_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return EVIDENCE_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return EVIDENCE_TYPES.jpeg;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return EVIDENCE_TYPES.gif;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return EVIDENCE_TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML is a zip whose part names tell Word from Excel.
    if (contains(bytes, 'word/')) return EVIDENCE_TYPES.docx;
    if (contains(bytes, 'xl/')) return EVIDENCE_TYPES.xlsx;
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Legacy Office files share one container; the name tells which it claims to be.
    return /\.xls$/i.test(fileName) ? EVIDENCE_TYPES.xls : /\.doc$/i.test(fileName) ? EVIDENCE_TYPES.doc : null;
  }
  return null;
}
