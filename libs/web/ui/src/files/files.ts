/** What an upload route takes: the kinds it recognises (by extension) and the largest size. */
export interface FileLimits {
  extensions: readonly string[];
  maxBytes: number;
}

/**
 * What the API's upload policy takes on every upload route (RFQ attachments, dispute evidence):
 * PDF, JPEG, PNG, WebP, XLSX, CSV (recognised there by content), at most 10 MB.
 */
export const UPLOAD_LIMITS: FileLimits = {
  extensions: ['.pdf', '.jpg', '.jpeg', '.png', '.webp', '.xlsx', '.csv'],
  maxBytes: 10 * 1024 * 1024,
};

export type FileProblem = 'empty' | 'tooLarge' | 'type';

/** Why a file may not be sent, checked before sending (the server checks again, by content); null when it may. */
export function fileProblem(file: { name: string; size: number }, limits: FileLimits): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!limits.extensions.some((ext) => name.endsWith(ext))) return 'type';
  if (file.size === 0) return 'empty';
  return file.size > limits.maxBytes ? 'tooLarge' : null;
}

/** A file size for people: `842 B`, `12.3 KB`, `4.5 MB`. */
export function fileSize(bytes: number, language: string): string {
  const nf = (v: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} KB`;
  return `${nf(bytes / 1024 / 1024)} MB`;
}
