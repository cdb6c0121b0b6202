import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '@tradeway/web/i18n';
import type { LineKind } from '../data/types';
import { describeLine } from './breakdown';

const WH = '00000000-0000-4000-8000-000000000501';

/** Lines as the quote engine writes them (libs/server/pricing/domain/src/lib/quote-engine.ts). */
const LINES: Record<string, { kind: LineKind; detail: Record<string, string> }> = {
  base: {
    kind: 'base',
    detail: {
      listId: 'x',
      listName: '2026 Q4',
      listKind: 'contract',
      unitPrice: '5950.0000',
      quantity: '1000.000',
    },
  },
  ladderAbsolute: {
    kind: 'quantity_ladder',
    detail: {
      mode: 'all_units',
      break: '2',
      minQuantity: '1000.000',
      breakKind: 'absolute',
      breakValue: '5900',
      unitPrice: '5900.0000',
      quantity: '1000.000',
    },
  },
  ladderPercent: {
    kind: 'quantity_ladder',
    detail: {
      mode: 'all_units',
      break: '1',
      minQuantity: '1000.000',
      breakKind: 'percent',
      breakValue: '2',
      unitPrice: '5831.0000',
      quantity: '1200.000',
    },
  },
  ladderGraduated: {
    kind: 'quantity_ladder',
    detail: {
      mode: 'graduated',
      break: '1',
      minQuantity: '100.000',
      breakKind: 'absolute',
      breakValue: '5900',
      unitPrice: '5900.0000',
      quantity: '150.000',
      bands: '2',
      'band1.from': '0.000',
      'band1.to': '100.000',
      'band1.quantity': '100.000',
      'band1.unitPrice': '5950.0000',
      'band1.amount': '595000.00',
      'band2.from': '100.000',
      'band2.to': '',
      'band2.quantity': '50.000',
      'band2.unitPrice': '5900.0000',
      'band2.amount': '295000.00',
    },
  },
  termsFormula: {
    kind: 'payment_terms',
    detail: {
      term: 'net60',
      source: 'formula',
      annualCostOfCapitalBps: '800',
      days: '60',
      rateBps: '131.5068',
      goods: '5900000.00',
      rulesFrom: 'x',
    },
  },
  termsPrepayment: {
    kind: 'payment_terms',
    detail: {
      term: 'prepayment',
      source: 'formula',
      annualCostOfCapitalBps: '800',
      days: '30',
      rateBps: '-65.7534',
      goods: '5900000.00',
    },
  },
  termsOverride: {
    kind: 'payment_terms',
    detail: { term: 'net30', source: 'override', rateBps: '150', goods: '5900000.00' },
  },
  pickup: {
    kind: 'pickup',
    detail: { warehouseId: WH, handlingPerUnit: '15.0000', quantity: '1000.000', rulesFrom: 'x' },
  },
  freight: {
    kind: 'freight',
    detail: {
      zone: 'SOUTH',
      zoneNameZh: '华南',
      zoneNameEn: 'South China',
      region: 'CN-GD',
      freightPerUnit: '120.0000',
      quantity: '1000.000',
    },
  },
  shipmentFee: { kind: 'shipment_fee', detail: { zone: 'SOUTH', shipments: '1', feePerShipment: '800.00' } },
  special: {
    kind: 'special_price',
    detail: {
      unitPrice: '5800.0000',
      quantity: '1000.000',
      computedUnitPrice: '5900.0000',
      computedGoods: '5900000.00',
      discountBps: '169',
      floorPrice: '',
      belowFloor: 'false',
    },
  },
  tax: { kind: 'tax', detail: { taxRateBps: '1300', net: '6020800.00' } },
  rebate: { kind: 'rebate', detail: { available: '5000.00', applied: '5000.00' } },
};

function describeAll(language: Language) {
  const { t } = createI18n({ language });
  const ctx = {
    t,
    language,
    currency: 'CNY',
    unit: 't',
    warehouseName: (id: string) =>
      id === WH ? (language === 'en' ? 'Nanning Bonded Warehouse' : '南宁保税仓') : undefined,
  };
  return Object.fromEntries(Object.entries(LINES).map(([k, line]) => [k, describeLine(line, ctx)]));
}

describe('breakdown lines in words', () => {
  it('labels and explains every kind of line in English', () => {
    expect(describeAll('en')).toEqual({
      base: { label: 'Base price', explanation: 'Contract price: ¥5,950.00 / t × 1,000 t' },
      ladderAbsolute: {
        label: 'Quantity ladder',
        explanation: 'Ladder: from 1,000 t, ¥5,900.00 / t on the whole quantity',
      },
      ladderPercent: {
        label: 'Quantity ladder',
        explanation: 'Ladder: from 1,000 t, 2 % off, ¥5,831.00 / t on the whole quantity',
      },
      ladderGraduated: {
        label: 'Quantity ladder',
        explanation: 'Graduated ladder: 100 t at ¥5,950.00 / t; 50 t at ¥5,900.00 / t',
      },
      termsFormula: { label: 'Payment terms', explanation: 'Net 60 at 8 % a year: +1.32 %' },
      termsPrepayment: {
        label: 'Payment terms',
        explanation: 'Prepayment 30 days ahead at 8 % a year: -0.66 %',
      },
      termsOverride: { label: 'Payment terms', explanation: "Net 30: +1.5 % (the seller's rate)" },
      pickup: {
        label: 'Pickup',
        explanation: 'Pickup at Nanning Bonded Warehouse: handling ¥15.00 / t × 1,000 t',
      },
      freight: {
        label: 'Freight',
        explanation: 'Freight to Guangdong (South China): ¥120.00 / t × 1,000 t',
      },
      shipmentFee: { label: 'Shipment fee', explanation: '1 shipment × ¥800.00' },
      special: {
        label: 'Special price',
        explanation: 'Special price ¥5,800.00 / t instead of ¥5,900.00 / t (1.69 % off)',
      },
      tax: { label: 'VAT', explanation: 'VAT 13 % on ¥6,020,800.00' },
      rebate: {
        label: 'Rebate credit',
        explanation: 'Rebate credit ¥5,000.00 applied (of ¥5,000.00 available)',
      },
    });
  });

  it('labels and explains every kind of line in Chinese', () => {
    expect(describeAll('zh-CN')).toEqual({
      base: { label: '基础价', explanation: '合同价：¥5,950.00/吨 × 1,000 吨' },
      ladderAbsolute: { label: '阶梯价', explanation: '阶梯价：满 1,000 吨，全部数量按 ¥5,900.00/吨 计价' },
      ladderPercent: {
        label: '阶梯价',
        explanation: '阶梯价：满 1,000 吨优惠 2%，全部数量按 ¥5,831.00/吨 计价',
      },
      ladderGraduated: {
        label: '阶梯价',
        explanation: '分段阶梯价：100 吨 × ¥5,950.00/吨；50 吨 × ¥5,900.00/吨',
      },
      termsFormula: { label: '付款方式', explanation: '60天账期，按年化资金成本 8% 计：+1.32%' },
      termsPrepayment: {
        label: '付款方式',
        explanation: '预付款（提前 30 天），按年化资金成本 8% 计：-0.66%',
      },
      termsOverride: { label: '付款方式', explanation: '30天账期：+1.5%（卖家约定费率）' },
      pickup: { label: '自提', explanation: '南宁保税仓自提：装卸费 ¥15.00/吨 × 1,000 吨' },
      freight: { label: '运费', explanation: '送货至广东（华南）：运费 ¥120.00/吨 × 1,000 吨' },
      shipmentFee: { label: '单次运输费', explanation: '1 次 × 每次 ¥800.00' },
      special: { label: '特价', explanation: '特价 ¥5,800.00/吨，原价 ¥5,900.00/吨（优惠 1.69%）' },
      tax: { label: '增值税', explanation: '增值税 13%，计税金额 ¥6,020,800.00' },
      rebate: { label: '返点抵扣', explanation: '抵扣返点 ¥5,000.00（可用 ¥5,000.00）' },
    });
  });

  it('says when pickup costs nothing, and names an unknown warehouse generically', () => {
    const { t } = createI18n({ language: 'en' });
    const line = {
      kind: 'pickup' as const,
      detail: { warehouseId: 'other', handlingPerUnit: '0.0000', quantity: '5.000' },
    };
    expect(describeLine(line, { t, language: 'en', currency: 'CNY', unit: 't' }).explanation).toBe(
      'Pickup at the warehouse: no handling charge',
    );
  });

  it('shows details it does not know as they came rather than hiding them', () => {
    const { t } = createI18n({ language: 'en' });
    const line = { kind: 'freight' as const, detail: { zone: 'X', distanceKm: '850' } };
    expect(describeLine(line, { t, language: 'en', currency: 'CNY', unit: 't' })).toEqual({
      label: 'Freight',
      explanation: 'distanceKm: 850',
    });
  });
});
