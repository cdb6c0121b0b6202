import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { ImportJobView } from '../data/types';
import { ImportProgress } from './ImportProgress';

const job = (over: Partial<ImportJobView>): ImportJobView => ({
  id: '00000000-0000-4000-8000-000000000041',
  kind: 'price_list',
  priceListId: '00000000-0000-4000-8000-000000000042',
  fileName: '2026 华南价格表.xlsx',
  format: 'xlsx',
  strict: false,
  status: 'validating',
  totalRows: 1200,
  processedRows: 600,
  appliedRows: 0,
  rejectedRows: 0,
  rejections: [],
  error: null,
  createdAt: '2026-03-01T08:00:00.000Z',
  finishedAt: null,
  ...over,
});

const rejection = (rowNumber: number, column: string, message: string, messageZh: string) => ({
  rowNumber,
  column,
  code: 'INVALID',
  message,
  messageZh,
});

const percentOf = () =>
  screen.getByTestId('import-progress').querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');

describe('import progress', () => {
  it('shows the rows processed while the job runs', () => {
    renderWithProviders(<ImportProgress job={job({})} />, { language: 'zh-CN' });
    expect(percentOf()).toBe('50');
    expect(screen.getByTestId('import-rows').textContent).toBe('600 / 1200 行 · 正在逐行校验');
    expect(screen.getByTestId('import-status').textContent).toBe('校验中');
    expect(screen.queryByTestId('import-applied')).toBeNull();
    expect(screen.queryByTestId('rejections')).toBeNull();
  });

  it('counts the rows before it knows the total', () => {
    renderWithProviders(<ImportProgress job={job({ status: 'queued', totalRows: 0, processedRows: 0 })} />, {
      language: 'en',
    });
    expect(percentOf()).toBe('0');
    expect(screen.getByTestId('import-rows').textContent).toBe('Counting rows · waiting for a worker');
  });

  it('ends with what was applied, what was rejected and why, and the full report', () => {
    renderWithProviders(
      <ImportProgress
        job={job({
          status: 'done',
          processedRows: 1200,
          appliedRows: 1188,
          rejectedRows: 12,
          rejections: [
            rejection(
              7,
              'unitPrice',
              'must be a number with at most 4 decimal places',
              '必须是最多 4 位小数的数字',
            ),
            rejection(15, 'skuCode', 'Unknown SKU', '未知 SKU'),
          ],
        })}
        reportButton={<button type="button">report</button>}
      />,
      { language: 'zh-CN' },
    );
    expect(percentOf()).toBe('100');
    expect(screen.getByTestId('import-applied').textContent).toContain('1,188');
    expect(screen.getByTestId('import-rejected').textContent).toContain('12');
    expect(screen.getByText('已导入 1188 行有效数据；请修改未通过的行后再次导入。')).toBeTruthy();
    expect(screen.getByText('未通过的行（前 2 条，共 12 条）')).toBeTruthy();
    const rows = within(screen.getByTestId('rejections')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['7', 'unitPrice', '必须是最多 4 位小数的数字'],
      ['15', 'skuCode', '未知 SKU'],
    ]);
    expect(screen.getByRole('button', { name: 'report' })).toBeTruthy();
  });

  it('gives the reasons in English on an English page', () => {
    renderWithProviders(
      <ImportProgress
        job={job({
          status: 'done',
          processedRows: 1200,
          rejectedRows: 1,
          rejections: [rejection(15, 'skuCode', 'Unknown SKU', '未知 SKU')],
        })}
      />,
      { language: 'en' },
    );
    expect(within(screen.getByTestId('rejections')).getByText('Unknown SKU')).toBeTruthy();
    expect(screen.getByText('Rejected rows')).toBeTruthy();
  });

  it('says a strict import with a rejected row applied nothing, and shows a failed one', () => {
    const { unmount } = renderWithProviders(
      <ImportProgress
        job={job({
          status: 'done',
          strict: true,
          processedRows: 1200,
          rejectedRows: 1,
          rejections: [rejection(15, 'skuCode', 'Unknown SKU', '未知 SKU')],
        })}
      />,
      { language: 'zh-CN' },
    );
    expect(screen.getByTestId('strict-refused').textContent).toBe('严格模式：有行未通过校验，全部未导入。');
    unmount();
    renderWithProviders(
      <ImportProgress job={job({ status: 'failed', error: 'The job queue is unavailable' })} />,
      {
        language: 'zh-CN',
      },
    );
    expect(screen.getByTestId('import-failed').textContent).toContain('导入已中止');
    expect(screen.getByTestId('import-failed').textContent).toContain('The job queue is unavailable');
  });
});
