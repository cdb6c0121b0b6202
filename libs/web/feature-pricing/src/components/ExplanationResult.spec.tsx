import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { ExplanationView, QuoteView } from '../data/types';
import { ExplanationResult } from './ExplanationResult';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const quote: QuoteView = {
  id: null,
  number: null,
  status: null,
  origin: null,
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
    quantity: '120',
    paymentTerm: 'net60',
    delivery: { mode: 'delivery', region: 'CN-GD' },
    date: '2026-03-02',
  },
  currency: 'CNY',
  quantity: '120.000',
  listKind: 'grade',
  baseUnitPrice: '6000.0000',
  unitPrice: '6030.4438',
  lines: [
    {
      kind: 'base',
      amountMinor: '72000000',
      detail: {
        listId: uuid(10),
        listName: '重点客户价',
        listKind: 'grade',
        unitPrice: '6000.0000',
        quantity: '120.000',
      },
    },
    {
      kind: 'quantity_ladder',
      amountMinor: '-600000',
      detail: {
        mode: 'all_units',
        break: '1',
        minQuantity: '100.000',
        breakKind: 'absolute',
        breakValue: '5950.0000',
        unitPrice: '5950.0000',
        quantity: '120.000',
      },
    },
    {
      kind: 'payment_terms',
      amountMinor: '938630',
      detail: {
        term: 'net60',
        source: 'formula',
        annualCostOfCapitalBps: '800',
        days: '60',
        rateBps: '131.5068',
        goods: '714000.00',
        rulesFrom: uuid(10),
      },
    },
    {
      kind: 'freight',
      amountMinor: '1020000',
      detail: {
        zone: 'SOUTH',
        zoneNameZh: '华南',
        zoneNameEn: 'South China',
        region: 'CN-GD',
        freightPerUnit: '85.0000',
        quantity: '120.000',
        rulesFrom: 'defaults',
      },
    },
    { kind: 'tax', amountMinor: '9542822', detail: { taxRateBps: '1300', net: '73406.30' } },
  ],
  netMinor: '73406300',
  taxMinor: '9542822',
  totalMinor: '82949122',
  taxRateBps: 1300,
  validUntil: '2026-03-09T00:00:00.000Z',
  createdAt: null,
  acceptedAt: null,
  listId: uuid(10),
  listName: '重点客户价',
  special: null,
  approvalRequestId: null,
};

const explanation = (over: Partial<ExplanationView> = {}): ExplanationView => ({
  quote,
  error: null,
  candidates: [
    {
      listId: uuid(11),
      listName: '华鑫合同价 2025',
      kind: 'contract',
      outcome: 'not_valid_on_date',
      unitPrice: '5800.0000',
    },
    { listId: uuid(10), listName: '重点客户价', kind: 'grade', outcome: 'won', unitPrice: '6000.0000' },
    { listId: uuid(12), listName: '2026 公开价', kind: 'list', outcome: 'outranked', unitPrice: '6200.0000' },
  ],
  buyerGradeId: uuid(20),
  buyerGradeNameZh: '重点客户',
  buyerGradeNameEn: 'Key account',
  ...over,
});

describe('price explanation', () => {
  it('lists the candidates with their outcome and why, the winner green', () => {
    renderWithProviders(<ExplanationResult explanation={explanation()} />, { language: 'zh-CN' });
    expect(screen.getByTestId('buyer-grade').textContent).toBe('客户分级：重点客户');
    const rows = within(screen.getByTestId('candidates')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByTestId('outcome').textContent)).toEqual([
      '不在有效期',
      '生效',
      '被优先级覆盖',
    ]);
    const tags = rows.map((r) => within(r).getByTestId('outcome').className);
    expect(tags[1]).toContain('success');
    expect(tags[0]).not.toContain('success');
    expect(within(rows[2] as HTMLElement).getByTestId('outcome-hint').textContent).toContain(
      '合同价 > 分级价 > 公开价',
    );
    expect(rows[0]?.textContent).toContain('¥5,800.00');
  });

  it('names the buyer and its grade in Chinese on a Chinese page', () => {
    renderWithProviders(<ExplanationResult explanation={explanation()} />, { language: 'zh-CN' });
    expect(screen.getByTestId('quote-buyer').textContent).toBe('华鑫食品集团有限公司');
    expect(screen.getByTestId('buyer-grade').textContent).toBe('客户分级：重点客户');
    expect(screen.getByTestId('explanation').textContent).not.toContain('Key account');
  });

  it('names the buyer and its grade in English on an English page', () => {
    renderWithProviders(<ExplanationResult explanation={explanation()} />, { language: 'en' });
    expect(screen.getByTestId('quote-buyer').textContent).toBe('Huaxin Food Group Co., Ltd.');
    expect(screen.getByTestId('buyer-grade').textContent).toBe('Customer grade: Key account');
    const page = screen.getByTestId('explanation').textContent;
    expect(page).not.toContain('华鑫食品集团有限公司');
    expect(page).not.toContain('重点客户 /');
  });

  it('names a buyer without an English name by its Chinese name on an English page', () => {
    renderWithProviders(
      <ExplanationResult explanation={explanation({ quote: { ...quote, buyerNameEn: null } })} />,
      { language: 'en' },
    );
    expect(screen.getByTestId('quote-buyer').textContent).toBe('华鑫食品集团有限公司');
  });

  it('shows the winning quote line by line with amounts and the total', () => {
    renderWithProviders(<ExplanationResult explanation={explanation()} />, { language: 'zh-CN' });
    const lines = screen.getAllByTestId('breakdown-line');
    expect(lines.map((l) => l.querySelector('td')?.textContent)).toEqual([
      '基础价',
      '阶梯价',
      '付款方式',
      '运费',
      '增值税',
    ]);
    expect(lines[0]?.textContent).toContain('¥720,000.00');
    expect(lines[1]?.textContent).toContain('-¥6,000.00');
    expect(lines[2]?.textContent).toContain('+¥9,386.30');
    const terms = within(lines[2] as HTMLElement).getByTestId('line-detail').textContent;
    expect(terms).toContain('付款方式: 账期 60 天');
    expect(terms).toContain('资金成本: 8 %');
    expect(terms).toContain('费率: +1.3151 %');
    expect(terms).toContain('规则来源: 本价格表');
    const freight = within(lines[3] as HTMLElement).getByTestId('line-detail').textContent;
    expect(freight).toContain('区域名称: 华南');
    expect(freight).toContain('地区: 广东');
    expect(freight).toContain('数量: 120 吨');
    expect(freight).toContain('规则来源: 默认规则');
    expect(screen.getByTestId('breakdown-total').textContent).toBe('¥829,491.22');
    expect(screen.getByTestId('quote-unit-price').textContent).toBe('¥6,030.4438');
  });

  it('gives the engine’s refusal in the page language', () => {
    renderWithProviders(
      <ExplanationResult
        explanation={explanation({
          quote: null,
          buyerGradeId: null,
          buyerGradeNameZh: null,
          buyerGradeNameEn: null,
          candidates: [],
          error: {
            code: 'ZONE_NOT_COVERED',
            field: 'delivery.region',
            message: 'The seller does not deliver to this region',
            messageZh: '卖家的配送范围不包括该地区',
          },
        })}
      />,
      { language: 'en' },
    );
    expect(screen.getByTestId('engine-error').textContent).toContain(
      'The seller does not deliver to this region',
    );
    expect(screen.getByTestId('buyer-grade').textContent).toBe('This customer has no grade with you.');
    expect(screen.getByText('No list of yours could apply.')).toBeTruthy();
    expect(screen.queryByTestId('breakdown')).toBeNull();
  });
});
