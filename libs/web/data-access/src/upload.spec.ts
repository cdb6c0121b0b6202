import { ORPCError } from '@orpc/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadFile } from './upload';

/** Just enough of `XMLHttpRequest` to play the API's side of one upload. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  responseType = '';
  status = 0;
  responseText = '';
  sent: FormData | undefined;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

function start() {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const progress: number[] = [];
  const file = new File(['%PDF-1.7'], 'drawing.pdf', { type: 'application/pdf' });
  const upload = uploadFile<{ id: string }>('/api/rfqs/r1/attachments', file, (p) => progress.push(p));
  const xhr = FakeXhr.last as FakeXhr;
  return { upload, xhr, progress };
}

afterEach(() => vi.unstubAllGlobals());

describe('uploading a file', () => {
  it('posts the file as the multipart field `file` and reports progress, 100 only once answered', async () => {
    const { upload, xhr, progress } = start();
    expect([xhr.method, xhr.url]).toEqual(['POST', '/api/rfqs/r1/attachments']);
    expect((xhr.sent?.get('file') as File).name).toBe('drawing.pdf');
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 0, total: 0 });
    xhr.answer(201, '{"id":"a1"}');
    await expect(upload.promise).resolves.toEqual({ id: 'a1' });
    expect(progress).toEqual([50, 99, 100]);
  });

  it('turns a refusal into the ORPCError the typed client throws', async () => {
    const { upload, xhr } = start();
    const fields = [{ path: 'file', message: 'Too large' }];
    xhr.answer(413, JSON.stringify({ code: 'FILE_TOO_LARGE', message: 'Too large', data: { fields } }));
    const error = (await upload.promise.catch((e: unknown) => e)) as ORPCError<string, unknown>;
    expect(error).toBeInstanceOf(ORPCError);
    expect([error.status, error.code, error.message, error.data]).toEqual([
      413,
      'FILE_TOO_LARGE',
      'Too large',
      { fields },
    ]);
  });

  it('says UPLOAD_FAILED when the refusal is not JSON, and rejects when stopped', async () => {
    const refused = start();
    refused.xhr.answer(502, '<html>Bad gateway</html>');
    await expect(refused.upload.promise).rejects.toMatchObject({ status: 502, code: 'UPLOAD_FAILED' });
    const stopped = start();
    stopped.upload.abort();
    await expect(stopped.upload.promise).rejects.toThrow('aborted');
  });
});
