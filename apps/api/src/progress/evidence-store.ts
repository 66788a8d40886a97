import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@khung/config';
import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Evidence bytes on disk, under KHUNG_UPLOAD_DIR, by a key that reveals nothing of the file. */
@Injectable()
export class EvidenceStore {
  private readonly root: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.root = resolve(config.KHUNG_UPLOAD_DIR);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx' });
    return key;
  }

  open(key: string): ReadStream {
    return createReadStream(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    return resolve(this.root, key);
  }
}
