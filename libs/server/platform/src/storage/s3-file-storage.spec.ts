import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { createFileStorage } from './create-file-storage';
import { LocalDiskFileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';

/**
 * The S3 storage through the real AWS SDK against s3rver, an S3-compatible server on 127.0.0.1
 * (its one account has the key S3RVER / S3RVER; it checks the key id of a signed request, not the
 * signature v4 itself).
 */
describe('S3FileStorage', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'tw-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: 'tw-files', configs: [] }],
  });
  let endpoint = '';
  const opened: S3FileStorage[] = [];
  const storage = (overrides: Partial<ConstructorParameters<typeof S3FileStorage>[0]> = {}) => {
    const s = new S3FileStorage({
      bucket: 'tw-files',
      endpoint,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      prefix: 'test/',
      ...overrides,
    });
    opened.push(s);
    return s;
  };

  beforeAll(async () => {
    const address = (await server.run()) as AddressInfo;
    endpoint = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    for (const s of opened) s.close();
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('puts, gets, streams, replaces and deletes by key under its prefix', async () => {
    const files = storage();
    const content = Buffer.from('RFQ 附件：规格书 ICUMSA ≤ 45');
    expect(await files.put('rfqs/r1/a1', content)).toEqual({ key: 'rfqs/r1/a1', sizeBytes: content.length });
    expect((await files.get('rfqs/r1/a1'))?.equals(content)).toBe(true);

    const chunks: Buffer[] = [];
    for await (const chunk of (await files.stream('rfqs/r1/a1')) ?? [])
      chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).equals(content)).toBe(true);

    // the prefix is part of the object's name: another prefix does not see it
    expect(await storage({ prefix: 'other/' }).get('rfqs/r1/a1')).toBeNull();

    await files.put('rfqs/r1/a1', Buffer.from('v2'));
    expect((await files.get('rfqs/r1/a1'))?.toString()).toBe('v2');
    await files.delete('rfqs/r1/a1');
    expect(await files.get('rfqs/r1/a1')).toBeNull();
    expect(await files.stream('rfqs/r1/a1')).toBeNull();
    await files.delete('rfqs/r1/a1'); // a missing key is not an error
  });

  it('stores binary content byte for byte', async () => {
    const files = storage();
    const bytes = Uint8Array.from({ length: 256 * 1024 }, (_, i) => (i * 31) % 256);
    await files.put('disputes/d1/e1', bytes);
    expect(Buffer.compare((await files.get('disputes/d1/e1')) ?? Buffer.alloc(0), Buffer.from(bytes))).toBe(
      0,
    );
  });

  it('signs its requests with its key: an unknown key is refused by the server and stores nothing', async () => {
    await expect(storage({ accessKeyId: 'NOT-A-KEY' }).put('rfqs/r1/x', Buffer.from('x'))).rejects.toThrow(
      /Access Key Id/i,
    );
    expect(await storage().get('rfqs/r1/x')).toBeNull();
  });

  it('refuses keys that could name another object, before any request', async () => {
    await expect(storage().put('../escape', Buffer.from('x'))).rejects.toThrow(RangeError);
    await expect(storage().get('a//b')).rejects.toThrow(RangeError);
  });

  it('is what FILE_STORAGE=s3 configures; its bucket and keys are then required', () => {
    const base = { DATABASE_URL: 'postgresql://x@127.0.0.1/x', REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(createFileStorage(loadConfig(base))).toBeInstanceOf(LocalDiskFileStorage);
    const s3 = createFileStorage(
      loadConfig({
        ...base,
        FILE_STORAGE: 's3',
        S3_BUCKET: 'tw-files',
        S3_ENDPOINT: endpoint,
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      }),
    );
    expect(s3).toBeInstanceOf(S3FileStorage);
    (s3 as S3FileStorage).close();
    expect(() => loadConfig({ ...base, FILE_STORAGE: 's3' })).toThrow(
      /S3_BUCKET: is required when FILE_STORAGE=s3[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadConfig({ ...base, S3_PREFIX: '/bad' })).toThrow(/S3_PREFIX/);
  });
});
