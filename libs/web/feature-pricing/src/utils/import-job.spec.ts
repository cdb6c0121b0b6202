import { describe, expect, it } from 'vitest';
import {
  importFileProblem,
  importPercent,
  importRefetchInterval,
  isImportRunning,
  strictRefused,
} from './import-job';
import type { ImportJobView } from '../data/types';

const job = (over: Partial<ImportJobView>): ImportJobView => ({
  id: '00000000-0000-4000-8000-000000000041',
  kind: 'price_list',
  priceListId: null,
  fileName: 'prices.xlsx',
  format: 'xlsx',
  strict: false,
  status: 'validating',
  totalRows: 0,
  processedRows: 0,
  appliedRows: 0,
  rejectedRows: 0,
  rejections: [],
  error: null,
  createdAt: '2026-03-01T08:00:00.000Z',
  finishedAt: null,
  ...over,
});

describe('import progress', () => {
  it('asks every second while the job runs, then stops', () => {
    expect(importRefetchInterval(undefined)).toBe(1000);
    for (const status of ['queued', 'validating', 'applying'] as const) {
      expect(isImportRunning(status)).toBe(true);
      expect(importRefetchInterval(job({ status }))).toBe(1000);
    }
    expect(importRefetchInterval(job({ status: 'done' }))).toBe(false);
    expect(importRefetchInterval(job({ status: 'failed' }))).toBe(false);
  });

  it('gives whole percents of the rows processed', () => {
    expect(importPercent(job({ totalRows: 0 }))).toBe(0);
    expect(importPercent(job({ totalRows: 3, processedRows: 1 }))).toBe(33);
    expect(importPercent(job({ totalRows: 1200, processedRows: 1199 }))).toBe(99);
    expect(importPercent(job({ status: 'done', totalRows: 0 }))).toBe(100);
  });

  it('checks type and size before uploading', () => {
    expect(importFileProblem({ name: 'Prices.XLSX', size: 1024 })).toBeNull();
    expect(importFileProblem({ name: 'prices.csv', size: 20 * 1024 * 1024 })).toBeNull();
    expect(importFileProblem({ name: 'prices.csv', size: 20 * 1024 * 1024 + 1 })).toBe('size');
    expect(importFileProblem({ name: 'prices.xls', size: 10 })).toBe('type');
  });

  it('knows a strict import with a rejected row applied nothing', () => {
    expect(strictRefused(job({ status: 'done', strict: true, rejectedRows: 1 }))).toBe(true);
    expect(strictRefused(job({ status: 'done', strict: false, rejectedRows: 1 }))).toBe(false);
    expect(strictRefused(job({ status: 'done', strict: true, rejectedRows: 0 }))).toBe(false);
  });
});
