/** The units a quantity is traded in (RFQ items, order lines), as the API names them. */
export const UNITS = ['t', 'kg', 'm3', 'piece', 'box'] as const;
export type Unit = (typeof UNITS)[number];
export const isUnit = (u: string): u is Unit => (UNITS as readonly string[]).includes(u);
