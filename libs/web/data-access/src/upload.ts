import { ORPCError } from '@orpc/client';

/** A file on its way to the API: the answer when it is in, and a way to stop it. */
export interface Upload<T> {
  promise: Promise<T>;
  abort: () => void;
}

/**
 * Sends one file to `url` as the API's upload routes take it (multipart field `file`) with the
 * upload's progress (0–100; 100 only once the API has answered), which `fetch` cannot report. A
 * refusal comes back as the same `ORPCError` the typed client throws (status, code,
 * `data.fields` on `file`), so the screens read it the same way; no answer is `Error('network')`,
 * a stopped upload `Error('aborted')`.
 */
export function uploadFile<T>(url: string, file: File, onProgress: (percent: number) => void): Upload<T> {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(99, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Error('aborted'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
        return;
      }
      const b = (body ?? {}) as { code?: unknown; message?: unknown; data?: unknown };
      reject(
        new ORPCError(typeof b.code === 'string' ? b.code : 'UPLOAD_FAILED', {
          status: xhr.status,
          message: typeof b.message === 'string' ? b.message : '',
          data: b.data,
        }),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
