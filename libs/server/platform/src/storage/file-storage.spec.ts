import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStorageKey, LocalDiskFileStorage } from './file-storage';

describe('LocalDiskFileStorage', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tw-storage-'));
  const storage = new LocalDiskFileStorage(path.join(root, 'files'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('puts, gets, streams and deletes by key, creating folders on demand', async () => {
    const content = Buffer.from('weighbridge ticket 4 900 kg');
    expect(await storage.put('disputes/d1/e1', content)).toEqual({
      key: 'disputes/d1/e1',
      sizeBytes: content.length,
    });
    expect((await storage.get('disputes/d1/e1'))?.equals(content)).toBe(true);
    const stream = await storage.stream('disputes/d1/e1');
    const chunks: Buffer[] = [];
    for await (const chunk of stream ?? []) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
    // Replacing leaves no temporary file behind.
    await storage.put('disputes/d1/e1', Buffer.from('v2'));
    expect(readdirSync(path.join(root, 'files', 'disputes', 'd1'))).toEqual(['e1']);
    expect((await storage.get('disputes/d1/e1'))?.toString()).toBe('v2');
    await storage.delete('disputes/d1/e1');
    expect(await storage.get('disputes/d1/e1')).toBeNull();
    expect(await storage.stream('disputes/d1/e1')).toBeNull();
    await storage.delete('disputes/d1/e1');
  });

  it('refuses keys that could leave its directory', async () => {
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'a//b', 'a/./b', '', 'a\\b', 'a b']) {
      expect(() => checkStorageKey(bad), bad).toThrow(RangeError);
    }
    await expect(storage.put('../escape', Buffer.from('x'))).rejects.toThrow(RangeError);
    await expect(storage.get('a/../../x')).rejects.toThrow(RangeError);
    checkStorageKey('disputes/0f0e6b3c-6a2b-4c7e-9d51-3c1f2a7b8e90/file_1.pdf');
  });
});
