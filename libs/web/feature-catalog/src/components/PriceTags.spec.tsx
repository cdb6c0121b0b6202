import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { PriceFrom } from '../data/types';
import { PriceFromCell, QuoteStatusTag } from './PriceTags';

const from = (listKind: 'contract' | 'grade' | 'list'): PriceFrom => ({
  unitPrice: '5950.0000',
  currency: 'CNY',
  listKind,
});

describe('price from', () => {
  it.each([
    ['contract', '合同价', 'Contract price'],
    ['grade', '等级价', 'Grade price'],
    ['list', '公开价', 'List price'],
  ] as const)('shows the lowest %s price per unit with its kind', (kind, zh, en) => {
    renderWithProviders(<PriceFromCell priceFrom={from(kind)} unit="t" />, { language: 'zh-CN' });
    expect(screen.getByTestId('price-from-text').textContent).toBe('¥5,950.00/吨 起');
    expect(screen.getByTestId('list-kind').textContent).toBe(zh);
    expect(screen.getByTestId('list-kind').getAttribute('data-kind')).toBe(kind);
    expect(screen.queryByTestId('price-on-request')).toBeNull();
    screen.getByTestId('price-from').remove();

    renderWithProviders(<PriceFromCell priceFrom={from(kind)} unit="t" />, { language: 'en' });
    expect(screen.getByTestId('price-from-text').textContent).toBe('from ¥5,950.00 / t');
    expect(screen.getByTestId('list-kind').textContent).toBe(en);
  });

  it('keeps every digit and up to 4 decimals of a unit price', () => {
    renderWithProviders(
      <PriceFromCell
        priceFrom={{ unitPrice: '123456789012.3456', currency: 'CNY', listKind: 'list' }}
        unit="kg"
      />,
      { language: 'en' },
    );
    expect(screen.getByTestId('price-from-text').textContent).toBe('from ¥123,456,789,012.3456 / kg');
  });

  it('shows a grey "price on request" tag when the seller publishes no price for me', () => {
    renderWithProviders(<PriceFromCell priceFrom={null} unit="t" />, { language: 'zh-CN' });
    expect(screen.getByTestId('price-on-request').textContent).toBe('价格面议');
    expect(screen.queryByTestId('price-from')).toBeNull();
    expect(screen.queryByTestId('list-kind')).toBeNull();
  });

  it('speaks English for price on request', () => {
    renderWithProviders(<PriceFromCell priceFrom={null} unit="t" />, { language: 'en' });
    expect(screen.getByTestId('price-on-request').textContent).toBe('Price on request');
  });

  it('tags quote statuses', () => {
    renderWithProviders(
      <>
        <QuoteStatusTag status="active" />
        <QuoteStatusTag status="expired" />
        <QuoteStatusTag status="pending_approval" />
      </>,
      { language: 'zh-CN' },
    );
    expect(screen.getAllByTestId('quote-status').map((e) => e.textContent)).toEqual([
      '有效',
      '已过期',
      '待审批',
    ]);
  });
});
