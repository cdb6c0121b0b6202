import { describe, expect, it } from 'vitest';
import type { DeliveryRule } from '../data/types';
import {
  deliveryFieldName,
  deliveryFormValues,
  emptyZone,
  isDuplicateZoneCode,
  regionName,
  toDeliveryRule,
  zoneHoldingRegion,
} from './delivery';

const WH = '00000000-0000-4000-8000-000000000031';

describe('delivery rule form', () => {
  it('sends the fee per shipment in fen converted from the yuan typed, exactly', () => {
    const rule = toDeliveryRule({
      inherit: false,
      pickups: [{ warehouseId: WH, handlingPerUnit: ' 12.5 ' }],
      zones: [
        {
          ...emptyZone(),
          code: 'SOUTH',
          nameZh: '华南',
          nameEn: 'South',
          regions: ['CN-GD'],
          freightPerUnit: '85',
          perShipmentFee: '300',
        },
        {
          ...emptyZone(),
          code: 'EAST',
          nameZh: '华东',
          nameEn: 'East',
          regions: ['CN-SH'],
          freightPerUnit: '0',
          perShipmentFee: '0.29',
        },
        {
          ...emptyZone(),
          code: 'BIG',
          nameZh: '大',
          nameEn: 'Big',
          regions: ['CN-BJ'],
          freightPerUnit: '1',
          perShipmentFee: '¥1,234,567.89',
        },
      ],
    });
    expect(rule?.pickups).toEqual([{ warehouseId: WH, handlingPerUnit: '12.5' }]);
    expect(rule?.zones.map((z) => z.perShipmentFeeMinor)).toEqual(['30000', '29', '123456789']);
  });

  it('shows stored fen as yuan, and null as inherit', () => {
    const stored: DeliveryRule = {
      pickups: [],
      zones: [
        {
          code: 'SOUTH',
          nameZh: '华南',
          nameEn: 'South',
          regions: ['CN-GD', 'CN-GX'],
          freightPerUnit: '85.0000',
          perShipmentFeeMinor: '30005',
        },
      ],
    };
    const values = deliveryFormValues(stored);
    expect(values.inherit).toBe(false);
    expect(values.zones[0]).toMatchObject({ freightPerUnit: '85', perShipmentFee: '300.05' });
    expect(toDeliveryRule(values)?.zones[0]?.perShipmentFeeMinor).toBe('30005');
    expect(deliveryFormValues(null).inherit).toBe(true);
    expect(toDeliveryRule({ ...values, inherit: true })).toBeNull();
  });

  it('finds a region already in another zone, and repeated codes', () => {
    const zones = [
      { ...emptyZone(), code: 'south', regions: ['CN-GD'] },
      { ...emptyZone(), code: 'SOUTH', regions: ['CN-GX', 'CN-GD'] },
    ];
    expect(zoneHoldingRegion(zones, 'CN-GD', 1)?.code).toBe('south');
    expect(zoneHoldingRegion(zones, 'CN-GX', 1)).toBeUndefined();
    expect(isDuplicateZoneCode(zones, 0)).toBe(true);
    expect(regionName('CN-GD', 'zh-CN')).toBe('广东');
    expect(regionName('CN-GD', 'en')).toBe('Guangdong');
  });

  it('puts the API’s errors on the zone or pickup field', () => {
    expect(deliveryFieldName('delivery.zones.1.perShipmentFeeMinor')).toEqual(['zones', 1, 'perShipmentFee']);
    expect(deliveryFieldName('delivery.zones[0].regions')).toEqual(['zones', 0, 'regions']);
    expect(deliveryFieldName('delivery.pickups.2.warehouseId')).toEqual(['pickups', 2, 'warehouseId']);
    expect(deliveryFieldName('delivery.zones')).toBeNull();
  });
});
