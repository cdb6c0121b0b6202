import { describe, expect, it } from 'vitest';
import {
  ORDER_ERRORS,
  orderError,
  orderErrorMessage,
  orderFailure,
  type OrderErrorCode,
} from './order.errors';

const ALL_PARAMS = {
  state: 'placed',
  command: 'confirm',
  actor: 'buyer',
  today: '2025-09-01',
  timeZone: 'Asia/Shanghai',
  dueAt: '2025-09-08T02:00:00.000Z',
  lineId: 'L1',
  remaining: '19.500',
  unit: 't',
  lineTotal: '100000.00',
  received: '19.200',
  version: '3',
  validUntil: '2025-09-08T02:00:00.000Z',
  lineNo: '1',
  skuCode: 'WS-GB1',
  requested: '20.000',
  available: '12.500',
};

describe('order errors', () => {
  it('has a message in both languages and a 4xx status for every code', () => {
    for (const code of Object.keys(ORDER_ERRORS) as OrderErrorCode[]) {
      const zh = orderErrorMessage(code, 'zh-CN', ALL_PARAMS);
      const en = orderErrorMessage(code, 'en', ALL_PARAMS);
      expect(zh).not.toBe('');
      expect(en).not.toBe('');
      expect(zh).not.toBe(en);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
      expect([403, 409, 422]).toContain(ORDER_ERRORS[code].status);
    }
  });

  it('names the codes the order module relies on', () => {
    for (const code of [
      'ORDER_TRANSITION_NOT_ALLOWED',
      'ORDER_ACTOR_NOT_ALLOWED',
      'ORDER_REASON_REQUIRED',
      'ORDER_SCHEDULED_DATE_IN_PAST',
      'SHIPMENT_EXCEEDS_ORDERED',
      'PICKUP_AUTH_EXPIRED',
      'PICKUP_AUTH_USED',
      'PICKUP_AUTH_REVOKED',
      'PICKUP_AUTH_WRONG_COMPANY',
      'PICKUP_AUTH_WRONG_SHIPMENT',
    ]) {
      expect(Object.keys(ORDER_ERRORS)).toContain(code);
    }
  });

  it('fills in the parameters a message names, and keeps unknown ones visible', () => {
    expect(
      orderErrorMessage('SHIPMENT_EXCEEDS_ORDERED', 'en', { lineId: 'L1', remaining: '19.500', unit: 't' }),
    ).toBe('Cumulative shipments would exceed the ordered quantity; at most 19.500 t of line L1 remain');
    expect(orderErrorMessage('ORDER_SCHEDULED_DATE_IN_PAST', 'zh-CN', { today: '2025-09-01' })).toBe(
      '计划交货日期不能早于今天（2025-09-01）',
    );
    expect(orderErrorMessage('ORDER_SCHEDULED_DATE_IN_PAST', 'en')).toContain('{today}');
  });

  it('builds errors with only the details given', () => {
    expect(orderError('ORDER_REASON_REQUIRED')).toEqual({ code: 'ORDER_REASON_REQUIRED' });
    expect(orderFailure('ORDER_REASON_REQUIRED', { field: 'reason' })).toEqual({
      ok: false,
      error: { code: 'ORDER_REASON_REQUIRED', field: 'reason' },
    });
    expect(
      orderError('SHIPMENT_EXCEEDS_ORDERED', { field: 'lines[0].quantity', lineId: 'L1', params: {} }),
    ).toEqual({
      code: 'SHIPMENT_EXCEEDS_ORDERED',
      field: 'lines[0].quantity',
      lineId: 'L1',
      params: {},
    });
  });
});
