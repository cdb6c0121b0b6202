import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';

/** What is known of a stored file. */
export interface StoredFileInfo {
  readonly key: string;
  readonly sizeBytes: number;
}

/**
 * Where uploaded files live (dispute evidence now, RFQ attachments later), by key. Keys are
 * chosen by the server (`disputes/<id>/<evidenceId>`), never by the uploader: letters, digits,
 * `-`, `_`, `.` and `/`, no `..`. The metadata a caller needs (name, type, size, owner) is
 * stored in the caller's own table; the storage only holds bytes.
 *
 * Injected by this abstract class (Nest token); the local-disk implementation is the default
 * and an S3 one can take its place behind the same methods.
 */
export abstract class FileStorage {
  /** Stores `content` under `key`, replacing what was there. */
  abstract put(key: string, content: Uint8Array): Promise<StoredFileInfo>;
  /** The whole content, or null when nothing is stored under `key`. */
  abstract get(key: string): Promise<Buffer | null>;
  /** A stream of the content (for large files), or null when nothing is stored under `key`. */
  abstract stream(key: string): Promise<Readable | null>;
  /** Removes the file; removing a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._/-]{0,299}$/;

/** Throws on a key that could leave the storage's directory (a programming error: keys are the server's). */
export function checkStorageKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new RangeError(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}

/**
 * Files on the local disk under one directory (FILE_STORAGE_DIR, created on demand). A file is
 * written to a temporary name and renamed into place, so a reader never sees half a file and a
 * crash leaves at most a stray temporary file.
 */
export class LocalDiskFileStorage extends FileStorage {
  readonly root: string;

  constructor(directory: string) {
    super();
    this.root = path.resolve(directory);
  }

  private pathOf(key: string): string {
    checkStorageKey(key);
    const full = path.resolve(this.root, key);
    if (!full.startsWith(this.root + path.sep)) throw new RangeError(`Invalid storage key: ${key}`);
    return full;
  }

  async put(key: string, content: Uint8Array): Promise<StoredFileInfo> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.part`;
    try {
      await writeFile(temporary, content, { flag: 'wx' });
      await rename(temporary, target);
    } catch (e) {
      await rm(temporary, { force: true });
      throw e;
    }
    return { key, sizeBytes: content.byteLength };
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async stream(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    try {
      if (!(await stat(file)).isFile()) return null;
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
