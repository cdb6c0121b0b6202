import type { ImportJobView, ImportStatus } from '../data/types';

/**
 * Imports run in a background job (DESIGN.md §3): the page asks for the job every second
 * while it is queued, validating or applying, and shows how far it got.
 */
export const IMPORT_POLL_MS = 1000;
/** The API's limit on an upload, checked before sending. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;

export const isImportRunning = (status: ImportStatus | undefined): boolean =>
  status === 'queued' || status === 'validating' || status === 'applying';

/** Rows processed of all rows, in whole percent 0–100 (0 while the total is not known yet; 100 once done). */
export function importPercent(job: Pick<ImportJobView, 'status' | 'processedRows' | 'totalRows'>): number {
  if (job.status === 'done') return 100;
  if (job.totalRows <= 0) return 0;
  return Math.min(100, Math.floor((job.processedRows * 100) / job.totalRows));
}

/** The refetch interval of `getImport`: every second while the job runs, then no more. */
export const importRefetchInterval = (job: ImportJobView | undefined): number | false =>
  job && !isImportRunning(job.status) ? false : IMPORT_POLL_MS;

export type FileProblem = 'type' | 'size';
/** Why a file cannot be imported (not .xlsx/.csv, or above 20 MB), or null. */
export function importFileProblem(file: { name: string; size: number }): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'type';
  return file.size > MAX_IMPORT_BYTES ? 'size' : null;
}

/** A strict import that rejected a row applied nothing; a lenient one applied every valid row. */
export const strictRefused = (job: Pick<ImportJobView, 'status' | 'strict' | 'rejectedRows'>) =>
  job.status === 'done' && job.strict && job.rejectedRows > 0;
