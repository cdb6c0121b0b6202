import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { checkStorageKey, FileStorage, type StoredFileInfo } from './file-storage';

export interface S3StorageOptions {
  readonly bucket: string;
  /** An S3-compatible endpoint (MinIO, Ceph, OSS, COS …); AWS itself when absent. */
  readonly endpoint?: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** `bucket` in the path rather than the host name: what most S3-compatible servers need. */
  readonly forcePathStyle: boolean;
  /** Prepended to every key (`tradeway/`), so that one bucket can serve several environments. */
  readonly prefix?: string;
}

/**
 * Files in an S3-compatible bucket, through the AWS SDK: the same keys and guarantees as the
 * local disk (a PUT is atomic, so a reader never sees half a file; removing a missing key is
 * not an error). Chosen with FILE_STORAGE=s3 (README, "Configuration").
 */
export class S3FileStorage extends FileStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.client = new S3Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
  }

  private objectKey(key: string): string {
    checkStorageKey(key);
    return `${this.options.prefix ?? ''}${key}`;
  }

  async put(key: string, content: Uint8Array): Promise<StoredFileInfo> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: content,
        ContentLength: content.byteLength,
      }),
    );
    return { key, sizeBytes: content.byteLength };
  }

  private async object(key: string) {
    try {
      return await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
    } catch (e) {
      if (e instanceof NoSuchKey || (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404)) {
        return null;
      }
      throw e;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    const object = await this.object(key);
    if (!object?.Body) return null;
    return Buffer.from(await object.Body.transformToByteArray());
  }

  async stream(key: string): Promise<Readable | null> {
    const object = await this.object(key);
    if (!object?.Body) return null;
    // In Node the SDK's body is a Readable (an IncomingMessage with the SDK's helpers mixed in).
    return object.Body instanceof Readable
      ? object.Body
      : Readable.from(await object.Body.transformToByteArray());
  }

  async delete(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
    );
  }

  /** Closes the client's sockets (tests, shutdown). */
  close(): void {
    this.client.destroy();
  }
}
