import { describe, expect, it } from 'vitest';
import { RequisitionInputSchema } from '@tradeway/shared/contracts';
import type { RequisitionView } from '../data/types';
import {
  emptyLine,
  emptyRequisition,
  lineTotalOf,
  requisitionFieldName,
  requisitionTotalOf,
  runningTotalOf,
  toRequisitionFormValues,
  toRequisitionPayload,
} from './requisition-form';

const DEPT = '00000000-0000-4000-8000-000000000021';
const CATEGORY = '00000000-0000-4000-8000-000000000031';

describe('requisition form', () => {
  it('totals each line and the requisition as the user types, in fen', () => {
    expect(lineTotalOf({ quantity: '25', unitPrice: '6000' })).toBe(15_000_000n);
    expect(lineTotalOf({ quantity: '3', unitPrice: '0.1' })).toBe(30n);
    expect(lineTotalOf({ quantity: '0.333', unitPrice: '1' })).toBe(33n);
    expect(lineTotalOf({ quantity: '2', unitPrice: '' })).toBeNull();
    expect(lineTotalOf({ quantity: '', unitPrice: '5' })).toBeNull();
    expect(lineTotalOf({ quantity: '2', unitPrice: '1.234' })).toBeNull();
    expect(lineTotalOf(undefined)).toBeNull();
    expect(
      requisitionTotalOf([
        { quantity: '25', unitPrice: '6000' },
        { quantity: '1.5', unitPrice: '0.10' },
      ]),
    ).toBe(15_000_015n);
    expect(requisitionTotalOf([{ quantity: '25', unitPrice: '6000' }, emptyLine()])).toBeNull();
    expect(
      runningTotalOf([
        { quantity: '25', unitPrice: '6000' },
        emptyLine(),
        { quantity: '1.2345', unitPrice: '1' },
      ]),
    ).toEqual({
      totalMinor: 15_000_000n,
      incomplete: 2,
    });
  });

  it('sends unit prices in fen as strings, trimmed texts, and no empty category or department', () => {
    const payload = toRequisitionPayload({
      title: '  白砂糖 25 吨 ',
      departmentId: undefined,
      lines: [
        { description: ' 白砂糖 一级 ', categoryId: null, quantity: ' 25 ', unit: ' t ', unitPrice: '6,000' },
        { description: '包装袋', categoryId: CATEGORY, quantity: '1000.5', unit: 'piece', unitPrice: '0.35' },
      ],
    });
    expect(payload).toEqual({
      title: '白砂糖 25 吨',
      departmentId: null,
      currency: 'CNY',
      lines: [
        { description: '白砂糖 一级', quantity: '25', unit: 't', unitPriceMinor: '600000' },
        {
          description: '包装袋',
          categoryId: CATEGORY,
          quantity: '1000.5',
          unit: 'piece',
          unitPriceMinor: '35',
        },
      ],
    });
    expect(RequisitionInputSchema.safeParse(payload).success).toBe(true);
    expect(toRequisitionPayload({ ...emptyRequisition(), departmentId: DEPT }).departmentId).toBe(DEPT);
  });

  it('reads a stored requisition back into the form for editing', () => {
    const stored = {
      title: '白砂糖',
      departmentId: DEPT,
      lines: [
        {
          description: '白砂糖 一级',
          categoryId: CATEGORY,
          quantity: '12.5',
          unit: 't',
          unitPriceMinor: '600050',
          lineTotalMinor: '7500625',
        },
        { description: '纸箱', quantity: '3', unit: 'box', unitPriceMinor: '7', lineTotalMinor: '21' },
      ],
    } as unknown as RequisitionView;
    const values = toRequisitionFormValues(stored);
    expect(values).toEqual({
      title: '白砂糖',
      departmentId: DEPT,
      lines: [
        {
          description: '白砂糖 一级',
          categoryId: CATEGORY,
          quantity: '12.5',
          unit: 't',
          unitPrice: '6000.50',
        },
        { description: '纸箱', categoryId: null, quantity: '3', unit: 'box', unitPrice: '0.07' },
      ],
    });
    expect(toRequisitionPayload(values).lines.map((l) => l.unitPriceMinor)).toEqual(['600050', '7']);
    expect(requisitionTotalOf(values.lines)).toBe(7_500_646n);
  });

  it('puts each API field error on the form field it concerns', () => {
    expect(requisitionFieldName('title')).toEqual(['title']);
    expect(requisitionFieldName('departmentId')).toEqual(['departmentId']);
    expect(requisitionFieldName('lines.0.quantity')).toEqual(['lines', 0, 'quantity']);
    expect(requisitionFieldName('lines.3.unitPriceMinor')).toEqual(['lines', 3, 'unitPrice']);
    expect(requisitionFieldName('lines.1.categoryId')).toEqual(['lines', 1, 'categoryId']);
    expect(requisitionFieldName('lines.1.description')).toEqual(['lines', 1, 'description']);
    expect(requisitionFieldName('lines')).toEqual(['lines']);
    expect(requisitionFieldName('lines.x.unit')).toBeNull();
    expect(requisitionFieldName('lines.0.lineTotalMinor')).toBeNull();
    expect(requisitionFieldName('currency')).toBeNull();
  });
});
