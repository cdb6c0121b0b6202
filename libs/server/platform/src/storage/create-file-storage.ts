import type { AppConfig } from '../config/config';
import { FileStorage, LocalDiskFileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The storage the configuration names: the local disk (default) or an S3-compatible bucket. */
export function createFileStorage(config: AppConfig): FileStorage {
  if (config.FILE_STORAGE === 'disk') return new LocalDiskFileStorage(config.FILE_STORAGE_DIR);
  return new S3FileStorage({
    // the configuration schema requires these three when FILE_STORAGE=s3
    bucket: config.S3_BUCKET ?? '',
    accessKeyId: config.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: config.S3_SECRET_ACCESS_KEY ?? '',
    region: config.S3_REGION,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === 'true',
    prefix: config.S3_PREFIX,
    ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
  });
}
