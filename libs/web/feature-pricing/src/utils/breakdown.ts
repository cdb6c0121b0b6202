/**
 * The detail of a breakdown line as the quote engine writes it
 * (libs/server/pricing/domain/src/lib/quote-engine.ts): unit prices with 4 places,
 * quantities with 3, amounts of the currency unit with 2 (`goods`, `net`, `feePerShipment`
 * …), rates in basis points (`rateBps` may carry decimals). The seller's screens show every
 * entry — the debugger is for seeing how a price came about — each read by the format of its
 * key; a key not known here is shown as sent, never hidden.
 */
export const DETAIL_FORMATS = {
  listName: 'text',
  listKind: 'listKind',
  unitPrice: 'price',
  quantity: 'quantity',
  mode: 'mode',
  break: 'text',
  minQuantity: 'quantity',
  breakKind: 'breakKind',
  breakValue: 'breakValue',
  term: 'term',
  source: 'source',
  annualCostOfCapitalBps: 'bps',
  days: 'text',
  rateBps: 'signedBps',
  goods: 'money',
  rulesFrom: 'rulesFrom',
  warehouseId: 'warehouse',
  handlingPerUnit: 'price',
  zone: 'text',
  zoneName: 'text',
  region: 'region',
  freightPerUnit: 'price',
  shipments: 'text',
  feePerShipment: 'money',
  computedUnitPrice: 'price',
  computedGoods: 'money',
  discountBps: 'bps',
  floorPrice: 'price',
  belowFloor: 'bool',
  taxRateBps: 'bps',
  net: 'money',
  available: 'money',
  applied: 'money',
} as const;
export type DetailKey = keyof typeof DETAIL_FORMATS;
export type DetailFormat = (typeof DETAIL_FORMATS)[DetailKey] | 'raw';

/** Entries the screen does not show: ids, and what it shows another way. */
const HIDDEN = new Set(['listId', 'bands', 'zoneNameZh', 'zoneNameEn']);

export interface DetailBand {
  n: number;
  from: string;
  to: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

export interface DetailEntry {
  key: string;
  /** The known key (labelled), or null: shown as sent. */
  known: DetailKey | null;
  format: DetailFormat;
  value: string;
}

const BAND = /^band(\d+)\.(from|to|quantity|unitPrice|amount)$/;

/**
 * The entries of a detail in the engine's order, graduated bands gathered apart, the zone's
 * name in the page's language.
 */
export function splitDetail(
  detail: Record<string, string>,
  language: 'zh-CN' | 'en',
): { bands: DetailBand[]; entries: DetailEntry[] } {
  const bands = new Map<number, DetailBand>();
  const entries: DetailEntry[] = [];
  for (const [key, value] of Object.entries(detail)) {
    const band = BAND.exec(key);
    if (band) {
      const n = Number(band[1]);
      const b = bands.get(n) ?? { n, from: '', to: '', quantity: '', unitPrice: '', amount: '' };
      b[band[2] as 'from'] = value;
      bands.set(n, b);
      continue;
    }
    if (HIDDEN.has(key)) continue;
    const known = key in DETAIL_FORMATS ? (key as DetailKey) : null;
    entries.push({ key, known, format: known ? DETAIL_FORMATS[known] : 'raw', value });
  }
  const zoneName = language === 'en' ? detail['zoneNameEn'] : detail['zoneNameZh'];
  if (zoneName) {
    const at = entries.findIndex((e) => e.key === 'zone');
    entries.splice(at < 0 ? entries.length : at + 1, 0, {
      key: 'zoneName',
      known: 'zoneName',
      format: 'text',
      value: zoneName,
    });
  }
  return { bands: [...bands.values()].sort((a, b) => a.n - b.n), entries };
}

/** Basis points as text (`"65.7534"`, `"-200"`) → percent text (`"0.657534"`, `"-2"`), by moving the point. */
export function bpsTextToPercent(text: string): string | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const digits = `${match[2]}${match[3] ?? ''}`;
  const places = (match[3] ?? '').length + 2;
  const padded = digits.padStart(places + 1, '0');
  const cut = padded.length - places;
  const whole = padded.slice(0, cut).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(cut).replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return match[1] === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}
