import { err, ok, type Result } from '@tradeway/shared/kernel';

/**
 * What may be uploaded as an attachment (dispute evidence, later RFQ attachments): a size
 * limit and an allow-list of kinds, each recognised by its content, not by the name or the
 * type the browser declared. The stored content type is the recognised one, so a file is
 * always served as what it is.
 */
export const ATTACHMENT_KINDS = ['pdf', 'jpeg', 'png', 'webp', 'xlsx', 'csv'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** 10 MB: a phone photo, a scanned weighbridge ticket or an inspection report. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_CONTENT_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

export interface AcceptedUpload {
  readonly kind: AttachmentKind;
  readonly contentType: string;
  /** The name to store and serve: no folders, no control characters, at most 200 characters. */
  readonly fileName: string;
}

export type UploadRefusal = 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED';

const startsWith = (content: Uint8Array, bytes: readonly number[], offset = 0) =>
  content.length >= offset + bytes.length && bytes.every((b, i) => content[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function contains(content: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = content.indexOf(first ?? 0); i >= 0 && i <= content.length - needle.length;) {
    for (let j = 1; j < needle.length; j++) {
      if (content[i + j] !== needle[j]) {
        i = content.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

/** Text without binary control bytes (UTF-8 or GBK both pass): what a CSV export looks like. */
function looksLikeText(content: Uint8Array): boolean {
  const end = Math.min(content.length, 65_536);
  for (let i = 0; i < end; i++) {
    const b = content[i] as number;
    if (b < 0x09 || b === 0x0b || b === 0x0c || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  }
  return true;
}

/** The kind of `content`, recognised by its first bytes (CSV and XLSX also by the name). */
export function sniffAttachmentKind(content: Uint8Array, fileName: string): AttachmentKind | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(content, ascii('%PDF-'))) return 'pdf';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(content, ascii('RIFF')) && startsWith(content, ascii('WEBP'), 8)) return 'webp';
  if (
    extension === 'xlsx' &&
    startsWith(content, [0x50, 0x4b, 0x03, 0x04]) &&
    contains(content, ascii('xl/workbook.xml'))
  ) {
    return 'xlsx';
  }
  if (extension === 'csv' && looksLikeText(content)) return 'csv';
  return null;
}

/** A name safe to store and to put in a Content-Disposition header. */
export function cleanFileName(name: string, kind: AttachmentKind): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/["\u007f]/g, '')
    .split('')
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join('')
    .trim()
    .slice(-200);
  return base === '' || base === '.' || base === '..' ? `file.${kind === 'jpeg' ? 'jpg' : kind}` : base;
}

/**
 * Checks an upload against the size limit and the allow-list. Refusals: FILE_EMPTY,
 * FILE_TOO_LARGE (over `maxBytes`), FILE_TYPE_NOT_ALLOWED (not a recognised kind of the list).
 */
export function checkUpload(
  content: Uint8Array,
  fileName: string,
  options: { maxBytes?: number; allowed?: readonly AttachmentKind[] } = {},
): Result<AcceptedUpload, UploadRefusal> {
  const maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  const allowed = options.allowed ?? ATTACHMENT_KINDS;
  if (content.byteLength === 0) return err('FILE_EMPTY');
  if (content.byteLength > maxBytes) return err('FILE_TOO_LARGE');
  const kind = sniffAttachmentKind(content, fileName);
  if (kind === null || !allowed.includes(kind)) return err('FILE_TYPE_NOT_ALLOWED');
  return ok({ kind, contentType: ATTACHMENT_CONTENT_TYPES[kind], fileName: cleanFileName(fileName, kind) });
}
