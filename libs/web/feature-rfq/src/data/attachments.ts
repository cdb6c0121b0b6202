import { ORPCError } from '@orpc/client';
import type { AttachmentView } from './types';

/** Where an attachment is downloaded (the session cookie authorises; same origin). */
export const attachmentUrl = (rfqId: string, attachmentId: string) =>
  `/api/rfqs/${rfqId}/attachments/${attachmentId}`;

/**
 * Sends one attachment as the API takes it (multipart field `file`) with the upload's progress,
 * which `fetch` cannot report. A refusal comes back as the same `ORPCError` the typed client
 * throws (status, code, `data.fields` on `file`), so the screens read it the same way.
 */
export function uploadAttachment(
  rfqId: string,
  file: File,
  onProgress: (percent: number) => void,
): { promise: Promise<AttachmentView>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<AttachmentView>((resolve, reject) => {
    xhr.open('POST', `/api/rfqs/${rfqId}/attachments`);
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
        resolve(body as AttachmentView);
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

/** 10 MB, as the API allows. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** What the API recognises by content: PDF, JPEG, PNG, WebP, XLSX, CSV. */
export const ATTACHMENT_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.webp', '.xlsx', '.csv'] as const;

export type AttachmentProblem = 'empty' | 'tooLarge' | 'type';

/** Checked before sending (the server checks again, by content). */
export function attachmentProblem(file: { name: string; size: number }): AttachmentProblem | null {
  const name = file.name.toLowerCase();
  if (!ATTACHMENT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'type';
  if (file.size === 0) return 'empty';
  return file.size > ATTACHMENT_MAX_BYTES ? 'tooLarge' : null;
}

/** A file size for people: `842 B`, `12.3 KB`, `4.5 MB`. */
export function fileSize(bytes: number, language: string): string {
  const nf = (v: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} KB`;
  return `${nf(bytes / 1024 / 1024)} MB`;
}
