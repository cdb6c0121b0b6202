import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { ExplanationView, QuoteView } from '../data/types';
import { OfferFacts } from './OfferDetailDrawer';
import { OfferPreview } from './OfferPreview';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const quote = (over: Partial<QuoteView> = {}): QuoteView => ({
  id: uuid(70),
  number: 'Q-2026-000123',
  status: 'pending_approval',
  origin: 'seller_offer',
  sellerId: uuid(1),
  sellerName: '广西崇左桂糖制糖有限公司',
  sellerNameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
  buyerId: uuid(2),
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  skuId: uuid(3),
  skuCode: 'SUGAR-1-50KG',
  productNameZh: '白砂糖 一级',
  productNameEn: 'White sugar, grade 1',
  unit: 't',
  request: {
    skuId: uuid(3),
    quantity: '100',
    paymentTerm: 'cash',
    delivery: { mode: 'delivery', region: 'CN-GD' },
    date: '2026-03-02',
    specialUnitPrice: '5500',
  },
  currency: 'CNY',
  quantity: '100.000',
  listKind: 'grade',
  baseUnitPrice: '6000.0000',
  unitPrice: '5500.0000',
  lines: [],
  netMinor: '55000000',
  taxMinor: '7150000',
  totalMinor: '62150000',
  taxRateBps: 1300,
  validUntil: '2026-03-09T00:00:00.000Z',
  createdAt: '2026-03-02T08:00:00.000Z',
  acceptedAt: null,
  listId: uuid(10),
  listName: '重点客户价',
  special: { unitPrice: '5500.0000', belowFloor: true, discountBps: 833 },
  approvalRequestId: uuid(80),
  ...over,
});
const explanation = (q: QuoteView): ExplanationView => ({
  quote: q,
  error: null,
  candidates: [],
  buyerGradeId: null,
  buyerGradeNameZh: null,
  buyerGradeNameEn: null,
});

describe('new quote preview', () => {
  it('prices the quote live and warns that a special price below the floor goes to approval', () => {
    renderWithProviders(<OfferPreview explanation={explanation(quote())} loading={false} waiting={false} />, {
      language: 'zh-CN',
    });
    expect(screen.getByTestId('preview-unit-price').textContent).toBe('¥5,500.00');
    expect(screen.getByTestId('preview-total').textContent).toBe('¥621,500.00');
    expect(screen.getByTestId('below-floor').textContent).toContain(
      '低于底价（折让 8.33%）：此报价需先审批。',
    );
    expect(screen.getByTestId('below-floor').textContent).toContain('审批层级按折让幅度确定');
  });

  it('says nothing of approval at or above the floor, and waits for a complete question', () => {
    const { unmount } = renderWithProviders(
      <OfferPreview
        explanation={explanation(
          quote({ special: { unitPrice: '5800.0000', belowFloor: false, discountBps: 333 } }),
        )}
        loading={false}
        waiting={false}
      />,
      { language: 'en' },
    );
    expect(screen.queryByTestId('below-floor')).toBeNull();
    unmount();
    renderWithProviders(<OfferPreview explanation={undefined} loading={false} waiting />, { language: 'en' });
    expect(screen.getByText('Choose customer, SKU, quantity and delivery to see the price.')).toBeTruthy();
  });
});

describe('quote detail', () => {
  it('links a special price to its approval', () => {
    renderWithProviders(
      <MemoryRouter>
        <OfferFacts quote={quote()} />
      </MemoryRouter>,
      { language: 'zh-CN' },
    );
    expect(screen.getByTestId('quote-status').textContent).toBe('待审批');
    const link = screen.getByTestId('approval-link');
    expect(link.getAttribute('href')).toBe(`/approvals/${uuid(80)}`);
    expect(link.textContent).toBe('查看此特价的审批');
    expect(screen.getByText(/折让 8.33%/)).toBeTruthy();
  });
});
