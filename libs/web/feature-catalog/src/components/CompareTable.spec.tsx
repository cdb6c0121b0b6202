import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { ComparisonRowView } from '../data/types';
import { costBars } from '../utils/compare';
import { CompareTable, CostChart } from './CompareTable';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const row = (n: number, over: Partial<ComparisonRowView>): ComparisonRowView => ({
  sellerId: uuid(n),
  sellerName: `卖家 ${n}`,
  sellerNameEn: null,
  skuId: uuid(100 + n),
  skuCode: `SKU-${n}`,
  productNameZh: '白砂糖 一级',
  productNameEn: 'White sugar, grade 1',
  landedNetMinor: null,
  landedUnitCost: null,
  totalMinor: null,
  currency: 'CNY',
  lines: [],
  unavailable: null,
  cheapest: false,
  ...over,
});

const ROWS: ComparisonRowView[] = [
  row(1, {
    sellerName: '广西桂糖',
    landedUnitCost: '6070.8000',
    landedNetMinor: '607080000',
    totalMinor: '686000400',
  }),
  row(2, { sellerName: '云南英茂', unavailable: 'ZONE_NOT_COVERED' }),
  row(3, {
    sellerName: '中粮糖业',
    sellerNameEn: 'COFCO Sugar',
    landedUnitCost: '5980.0000',
    landedNetMinor: '598000000',
    totalMinor: '675740000',
    cheapest: true,
    lines: [
      {
        kind: 'base',
        amountMinor: '595000000',
        detail: { listKind: 'grade', unitPrice: '5950.0000', quantity: '100.000' },
      },
    ],
  }),
  row(4, { sellerName: '南宁糖业', unavailable: 'NO_PRICE' }),
  row(5, { sellerName: '某贸易', unavailable: 'SOMETHING_NEW' }),
];

describe('seller comparison', () => {
  it('puts the cheapest first, marks and highlights it, and lists sellers without a price after the others', () => {
    renderWithProviders(<CompareTable rows={ROWS} unit="t" />, { language: 'zh-CN' });
    const rows = screen.getAllByTestId('compare-row');
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      '中粮糖业最低价',
      '广西桂糖',
      '云南英茂',
      '南宁糖业',
      '某贸易',
    ]);
    const [cheapest, second] = rows as [HTMLElement, HTMLElement];
    expect(cheapest.getAttribute('data-cheapest')).toBe('true');
    expect(cheapest.style.background).not.toBe('');
    expect(within(cheapest).getByTestId('cheapest').textContent).toBe('最低价');
    expect(within(cheapest).getByTestId('landed-unit-cost').textContent).toBe('¥5,980.00/吨');
    expect(cheapest.textContent).toContain('¥5,980,000.00');
    expect(cheapest.textContent).toContain('¥6,757,400.00');
    expect(within(second).queryByTestId('cheapest')).toBeNull();
    expect(second.style.background).toBe('');
    expect(screen.getAllByTestId('cheapest')).toHaveLength(1);
  });

  it('names sellers in English on an English page, by their Chinese name when they gave no English one', () => {
    renderWithProviders(<CompareTable rows={ROWS} unit="t" />, { language: 'en' });
    expect(screen.getAllByTestId('compare-seller').map((s) => s.textContent)).toEqual([
      'COFCO Sugar',
      '广西桂糖',
      '云南英茂',
      '南宁糖业',
      '某贸易',
    ]);
  });

  it('gives the reason of each seller without a price, in the page language', () => {
    renderWithProviders(<CompareTable rows={ROWS} unit="t" />, { language: 'en' });
    const reasons = screen.getAllByTestId('unavailable-reason');
    expect(reasons.map((r) => [r.getAttribute('data-code'), r.textContent])).toEqual([
      ['ZONE_NOT_COVERED', 'The seller does not deliver to this region'],
      ['NO_PRICE', 'No price for you: price on request'],
      ['SOMETHING_NEW', 'SOMETHING_NEW'],
    ]);
    const unavailable = screen
      .getAllByTestId('compare-row')
      .filter((r) => r.getAttribute('data-unavailable'));
    expect(unavailable).toHaveLength(3);
    for (const r of unavailable) expect(within(r).queryByTestId('landed-unit-cost')).toBeNull();
  });

  it('draws one bar per priced seller, as long as its cost against the dearest (exact ratios)', () => {
    renderWithProviders(<CostChart rows={ROWS} unit="t" />, { language: 'en' });
    const bars = screen.getAllByTestId('cost-bar');
    expect(bars.map((b) => [b.textContent, b.getAttribute('data-ratio')])).toEqual([
      ['COFCO Sugar¥5,980.00 / t', '9850'], // 5980 ÷ 6070.8 = 0.98504…
      ['广西桂糖¥6,070.80 / t', '10000'],
    ]);
  });

  it('computes bar ratios in integers: equal costs give equal bars, a zero maximum gives none', () => {
    const bars = costBars([
      row(1, { landedUnitCost: '0.0001' }),
      row(2, { landedUnitCost: '0.0001' }),
      row(3, { landedUnitCost: '0.0003' }),
    ]);
    expect(bars.map((b) => b.ratioBps)).toEqual([3333, 3333, 10000]);
    expect(costBars([row(1, { landedUnitCost: '0.0000' })]).map((b) => b.ratioBps)).toEqual([0]);
  });
});
