import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { PriceListView } from '../data/types';
import { dayAfter, dayBefore } from './format';
import {
  emptyPriceList,
  priceListFieldName,
  toPriceListFormValues,
  toPriceListPayload,
} from './price-list-form';
import { emptyQuoteForm, quoteFieldName, toExplainPayload } from './quote-form';

describe('price list header', () => {
  it('takes the last day the list applies and sends the exclusive end the API keeps', () => {
    const payload = toPriceListPayload({
      ...emptyPriceList('contract'),
      buyerId: 'B',
      gradeId: 'G',
      code: ' HX-2026 ',
      name: ' 华鑫 2026 合同价 ',
      validity: [dayjs('2026-01-01'), dayjs('2026-12-31')],
      quoteValidityDays: '14',
    });
    expect(payload).toEqual({
      kind: 'contract',
      gradeId: null,
      buyerId: 'B',
      code: 'HX-2026',
      name: '华鑫 2026 合同价',
      currency: 'CNY',
      validFrom: '2026-01-01',
      validTo: '2027-01-01',
      quoteValidityDays: 14,
    });
    const list = { ...payload, validTo: '2027-01-01', quoteValidityDays: 14 } as unknown as PriceListView;
    expect(toPriceListFormValues(list).validity?.[1]?.format('YYYY-MM-DD')).toBe('2026-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(priceListFieldName('validTo')).toEqual(['validity']);
    expect(priceListFieldName('code')).toEqual(['code']);
  });
});

describe('the question put to the engine', () => {
  it('is asked only when complete and valid', () => {
    const base = { ...emptyQuoteForm(), buyerId: 'B', skuId: 'S', quantity: '120', region: 'CN-GD' };
    expect(toExplainPayload(base)).toEqual({
      buyerId: 'B',
      skuId: 'S',
      quantity: '120',
      paymentTerm: 'cash',
      delivery: { mode: 'delivery', region: 'CN-GD' },
    });
    expect(toExplainPayload({ ...base, quantity: '1.2345' })).toBeNull();
    expect(toExplainPayload({ ...base, deliveryMode: 'pickup' })).toBeNull();
    expect(toExplainPayload({ ...base, specialUnitPrice: '5800.12345' })).toBeNull();
    expect(
      toExplainPayload({
        ...base,
        specialUnitPrice: ' 5800 ',
        date: dayjs('2026-03-02'),
        paymentTerm: 'net60',
      }),
    ).toMatchObject({ specialUnitPrice: '5800', date: '2026-03-02', paymentTerm: 'net60' });
    expect(quoteFieldName('delivery.region')).toEqual(['region']);
    expect(quoteFieldName('specialUnitPrice')).toEqual(['specialUnitPrice']);
  });
});
