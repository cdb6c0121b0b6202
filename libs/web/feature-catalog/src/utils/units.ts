import type { TFunction } from 'i18next';

export const UNITS = ['t', 'kg', 'm3', 'piece', 'box'] as const;
export type Unit = (typeof UNITS)[number];
const isUnit = (u: string): u is Unit => (UNITS as readonly string[]).includes(u);

/** The name of a unit of measure in the page's language (吨, t); an unknown one as it is. */
export function unitText(t: TFunction, unit: string): string {
  return isUnit(unit) ? t(`catalog.unit.${unit}`) : unit;
}
