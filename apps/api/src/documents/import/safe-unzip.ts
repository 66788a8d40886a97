import { HttpException } from '@nestjs/common';
import { formatNumberVi } from '@khung/domain';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { fileError, passwordProtected } from './file-errors.js';

const MIB = 1024 * 1024;

/** What an uploaded Word or Excel file may unpack to; a real appendix is far below each. */
export const ZIP_LIMITS = {
  entries: 2_000,
  /** Inflated bytes of one part (the document or a sheet). */
  entryBytes: 16 * MIB,
  /** Inflated bytes of the whole file. */
  totalBytes: 48 * MIB,
  /** Inflated / compressed size of a part, checked above `ratioFloor` bytes: XML rarely passes 100. */
  ratio: 200,
  ratioFloor: MIB,
};

export interface UnzippedFile {
  names: Set<string>;
  /** The parts asked for, inflated. */
  parts: Map<string, Buffer>;
}

const corrupt = (detail: string) =>
  fileError('corrupt', `Tệp bị hỏng, không mở được (${detail})`, `The file is corrupt and cannot be opened (${detail})`);
const bomb = (name: string) =>
  fileError('tooLarge', `Tệp giải nén ra quá lớn (phần "${name}"): từ chối để bảo vệ máy chủ`, `The file unpacks to too much data (part "${name}"): refused to protect the server`);

/**
 * Opens an uploaded zip (.docx, .xlsx) in bounded memory and time. The sizes the zip declares
 * are checked before anything is inflated; then every part is inflated, one at a time, and
 * inflating stops at the first byte past its declared size (yauzl checks this) or past the
 * total limit, so a zip bomb that lies about its sizes is refused as early as one that does not.
 * The parts `keep` names are returned; the others are only checked and dropped.
 */
export async function unzipUpload(buffer: Buffer, keep: (name: string) => boolean): Promise<UnzippedFile> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, file) => (error ? reject(corrupt(error.message)) : resolve(file))),
  );
  if (zip.entryCount > ZIP_LIMITS.entries) {
    throw fileError('tooLarge', `Tệp có quá nhiều phần (${formatNumberVi(zip.entryCount)})`, `The file has too many parts (${zip.entryCount})`);
  }
  const entries = await listEntries(zip);
  let declared = 0;
  for (const entry of entries) {
    if (entry.isEncrypted()) throw passwordProtected();
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    const tooDense = entry.uncompressedSize > ZIP_LIMITS.ratioFloor && ratio > ZIP_LIMITS.ratio;
    if (entry.uncompressedSize > ZIP_LIMITS.entryBytes || declared > ZIP_LIMITS.totalBytes || tooDense) throw bomb(entry.fileName);
  }

  const parts = new Map<string, Buffer>();
  let inflated = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const wanted = keep(entry.fileName);
    const chunks: Buffer[] = [];
    let first = true;
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (error, s) => (error ? reject(corrupt(error.message)) : resolve(s))),
    );
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > ZIP_LIMITS.totalBytes) throw bomb(entry.fileName);
        // No part of a Word or Excel file has a DTD; one that does may hide entity expansion.
        if (first && chunk.includes('<!DOCTYPE')) {
          throw fileError('corrupt', `Tệp chứa khai báo DTD không được phép (phần "${entry.fileName}")`, `The file holds a DTD, which is not allowed (part "${entry.fileName}")`);
        }
        first = false;
        if (wanted) chunks.push(chunk);
      }
    } catch (error) {
      stream.destroy();
      if (error instanceof HttpException) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw /too many bytes/.test(message) ? bomb(entry.fileName) : corrupt(message);
    }
    if (wanted) parts.set(entry.fileName, Buffer.concat(chunks));
  }
  return { names: new Set(entries.map((e) => e.fileName)), parts };
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(corrupt(error.message)));
    zip.readEntry();
  });
}
