import { describe, expect, it } from 'vitest';
import {
  codeSymbols,
  formatCode,
  formPathOf,
  fromThousandths,
  isUuid,
  listPickupsInput,
  pickupWindowProblem,
  plainQuantity,
  readPickupQuery,
  shipmentLinesInput,
  shipmentWarehouses,
  shippedPercent,
  shipQuantityProblem,
  toThousandths,
  writePickupQuery,
} from './shipping';

describe('shipment quantities, exact', () => {
  it('reads and writes decimals in thousandths, never through a float', () => {
    expect(toThousandths('12.5')).toBe(12_500n);
    expect(toThousandths(' 0.001 ')).toBe(1n);
    expect(toThousandths('999999999999.999')).toBe(999_999_999_999_999n);
    expect(toThousandths('1.2345')).toBeNull();
    expect(toThousandths('-1')).toBeNull();
    expect(toThousandths('1e3')).toBeNull();
    expect(toThousandths('')).toBeNull();
    expect(fromThousandths(12_500n)).toBe('12.5');
    expect(fromThousandths(700_000n)).toBe('700');
    expect(fromThousandths(1n)).toBe('0.001');
    expect(plainQuantity('300.000')).toBe('300');
    expect(plainQuantity('0.100')).toBe('0.1');
  });

  it('allows up to what is left, with at most three decimals; empty or zero leaves the line out', () => {
    expect(shipQuantityProblem('700', '700.000')).toBeNull();
    expect(shipQuantityProblem('699.999', '700.000')).toBeNull();
    expect(shipQuantityProblem('700.001', '700.000')).toBe('aboveRemaining');
    expect(shipQuantityProblem('0.1', '0.000')).toBe('aboveRemaining');
    expect(shipQuantityProblem('1.2345', '700')).toBe('decimals');
    expect(shipQuantityProblem('abc', '700')).toBe('invalid');
    expect(shipQuantityProblem('-5', '700')).toBe('invalid');
    expect(shipQuantityProblem('', '700')).toBeNull();
    expect(shipQuantityProblem('0', '700')).toBeNull();
  });

  it('sends only the lines with a quantity, and maps the API’s line index back to the form’s row', () => {
    const { lines, rowOf } = shipmentLinesInput([
      { orderLineId: 'a', quantity: '0' },
      { orderLineId: 'b', quantity: ' 40 ' },
      { orderLineId: 'c', quantity: '' },
      { orderLineId: 'd', quantity: '2.5' },
    ]);
    expect(lines).toEqual([
      { orderLineId: 'b', quantity: '40' },
      { orderLineId: 'd', quantity: '2.5' },
    ]);
    expect(rowOf).toEqual([1, 3]);
    expect(formPathOf('lines.0.quantity', rowOf)).toBe('lines.1.quantity');
    expect(formPathOf('lines.1.orderLineId', rowOf)).toBe('lines.3.quantity');
    expect(formPathOf('lines.7.quantity', rowOf)).toBe('lines.7.quantity');
    expect(formPathOf('warehouseId', rowOf)).toBe('warehouseId');
  });

  it('shows progress in whole per cent', () => {
    expect(shippedPercent('300.000', '1000.000')).toBe(30);
    expect(shippedPercent('0.001', '3.000')).toBe(0);
    expect(shippedPercent('2.999', '3.000')).toBe(99);
    expect(shippedPercent('3', '3')).toBe(100);
    expect(shippedPercent('1', '0')).toBe(0);
  });
});

describe('where a shipment leaves from', () => {
  const r = (warehouseId: string, warehouseName: string, releasedAt: string | null = null) => ({
    warehouseId,
    warehouseName,
    releasedAt,
  });
  it('offers the warehouses of open reservations, then the pickup warehouse', () => {
    expect(
      shipmentWarehouses([r('w1', '崇左'), r('w1', '崇左'), r('w2', '南宁', '2026-11-27T00:00:00Z')], {
        mode: 'delivery',
        region: 'CN-GD',
      }),
    ).toEqual([{ id: 'w1', name: '崇左' }]);
    expect(
      shipmentWarehouses(
        [r('w1', '崇左')],
        { mode: 'pickup', warehouseId: 'w3' },
        new Map([['w3', '天津港']]),
      ),
    ).toEqual([
      { id: 'w1', name: '崇左' },
      { id: 'w3', name: '天津港' },
    ]);
    expect(shipmentWarehouses([r('w1', '崇左')], { mode: 'pickup', warehouseId: 'w1' })).toEqual([
      { id: 'w1', name: '崇左' },
    ]);
  });
});

describe('pickup authorisations', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
  it('needs an end in the future, after the start, at most 30 days from now', () => {
    expect(pickupWindowProblem(null, at(48), now)).toBeNull();
    expect(pickupWindowProblem(at(1), at(30 * 24), now)).toBeNull();
    expect(pickupWindowProblem(now, null, now)).toBe('untilRequired');
    expect(pickupWindowProblem(null, at(0), now)).toBe('untilPast');
    expect(pickupWindowProblem(at(10), at(5), now)).toBe('untilBeforeFrom');
    expect(pickupWindowProblem(null, at(30 * 24 + 0.01), now)).toBe('tooLong');
  });

  it('reads a code as the driver says it, and shows it in groups of four', () => {
    expect(codeSymbols(' k7qm 4xrt-9wbn ')).toBe('K7QM4XRT9WBN');
    expect(formatCode('k7qm4xrt9wbn')).toBe('K7QM-4XRT-9WBN');
    expect(formatCode('k7q')).toBe('K7Q');
    expect(formatCode('K7QM-4XRT-9WBN-EXTRA')).toBe('K7QM-4XRT-9WBN');
    expect(isUuid('00000000-0000-4000-8000-000000000300')).toBe(true);
    expect(isUuid('jiayun-logistics')).toBe(false);
  });

  it('keeps the list’s status filter and page in the address, dropping what the API would refuse', () => {
    expect(readPickupQuery(new URLSearchParams('status=issued,lost,used,issued&page=3'))).toEqual({
      statuses: ['issued', 'used'],
      page: 3,
    });
    expect(readPickupQuery(new URLSearchParams('page=-2'))).toEqual({ statuses: [], page: 1 });
    expect(writePickupQuery(['issued', 'expired'], 2).toString()).toBe('status=issued%2Cexpired&page=2');
    expect(writePickupQuery([], 1).toString()).toBe('');
    expect(listPickupsInput(['used', 'revoked'], 2, 20)).toEqual({
      page: 2,
      pageSize: 20,
      status: 'used,revoked',
    });
    expect(listPickupsInput([], 1, 20)).toEqual({ page: 1, pageSize: 20 });
  });
});
