import { REGIONS } from '@tradeway/shared/contracts';
import { trimDecimal } from './decimal';
import { fenToYuan, yuanToFen } from './money';
import type { DeliveryRule } from '../data/types';

/**
 * Delivery (DESIGN.md §4 adjustment 3): pickup at a warehouse with a handling fee per unit,
 * or delivery to a zone of regions with freight per unit and a fixed fee per shipment. The
 * fee per shipment is typed in yuan and sent in fen, converted by string arithmetic.
 */

export interface PickupRow {
  warehouseId: string | undefined;
  handlingPerUnit: string;
}
export interface ZoneRow {
  code: string;
  nameZh: string;
  nameEn: string;
  regions: string[];
  freightPerUnit: string;
  /** Yuan, at most 2 decimals. */
  perShipmentFee: string;
}
export interface DeliveryFormValues {
  inherit: boolean;
  pickups: PickupRow[];
  zones: ZoneRow[];
}

export const ZONE_CODE = /^[A-Za-z0-9_-]{1,20}$/;
/** The contract's bounds. */
export const MAX_PICKUPS = 50;
export const MAX_ZONES = 50;

export const emptyZone = (): ZoneRow => ({
  code: '',
  nameZh: '',
  nameEn: '',
  regions: [],
  freightPerUnit: '',
  perShipmentFee: '0',
});

export function deliveryFormValues(rule: DeliveryRule | null): DeliveryFormValues {
  return {
    inherit: rule === null,
    pickups: (rule?.pickups ?? []).map((p) => ({
      warehouseId: p.warehouseId,
      handlingPerUnit: trimDecimal(p.handlingPerUnit),
    })),
    zones: (rule?.zones ?? []).map((z) => ({
      code: z.code,
      nameZh: z.nameZh,
      nameEn: z.nameEn,
      regions: [...z.regions],
      freightPerUnit: trimDecimal(z.freightPerUnit),
      perShipmentFee: fenToYuan(z.perShipmentFeeMinor),
    })),
  };
}

/** The rule to send: null when the list inherits. The form has been validated. */
export function toDeliveryRule(values: DeliveryFormValues): DeliveryRule | null {
  if (values.inherit) return null;
  return {
    pickups: values.pickups.map((p) => ({
      warehouseId: p.warehouseId ?? '',
      handlingPerUnit: p.handlingPerUnit.trim(),
    })),
    zones: values.zones.map((z) => ({
      code: z.code.trim(),
      nameZh: z.nameZh.trim(),
      nameEn: z.nameEn.trim(),
      regions: z.regions,
      freightPerUnit: z.freightPerUnit.trim(),
      perShipmentFeeMinor: (yuanToFen(z.perShipmentFee) ?? 0n).toString(),
    })),
  };
}

/** The zone (other than `index`) that already holds `region`, or undefined. */
export function zoneHoldingRegion(
  zones: readonly (ZoneRow | undefined)[],
  region: string,
  index: number,
): ZoneRow | undefined {
  return zones.find((z, i) => i !== index && z?.regions.includes(region));
}

export const isDuplicateZoneCode = (zones: readonly (ZoneRow | undefined)[], index: number): boolean => {
  const code = zones[index]?.code.trim().toUpperCase();
  return !!code && zones.some((z, i) => i !== index && z?.code.trim().toUpperCase() === code);
};

export const isDuplicateWarehouse = (pickups: readonly (PickupRow | undefined)[], index: number): boolean => {
  const id = pickups[index]?.warehouseId;
  return !!id && pickups.some((p, i) => i !== index && p?.warehouseId === id);
};

const ZONE_FIELDS: Record<string, string> = {
  code: 'code',
  nameZh: 'nameZh',
  nameEn: 'nameEn',
  regions: 'regions',
  freightPerUnit: 'freightPerUnit',
  perShipmentFeeMinor: 'perShipmentFee',
};

/** `delivery.zones.0.perShipmentFeeMinor` → `['zones', 0, 'perShipmentFee']`; null when the form has no such field. */
export function deliveryFieldName(path: string): Array<string | number> | null {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  if (parts[0] === 'delivery') parts.shift();
  const [list, index, field] = parts;
  if (!index || !/^\d+$/.test(index) || !field) return null;
  if (list === 'pickups' && (field === 'warehouseId' || field === 'handlingPerUnit'))
    return ['pickups', Number(index), field];
  if (list === 'zones' && ZONE_FIELDS[field]) return ['zones', Number(index), ZONE_FIELDS[field] as string];
  return null;
}

/** A region's name in the page's language (`CN-GD` → 广东 / Guangdong), the code when unknown. */
export function regionName(code: string, language: 'zh-CN' | 'en'): string {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) return code;
  return language === 'en' ? region.en : region.zh;
}
