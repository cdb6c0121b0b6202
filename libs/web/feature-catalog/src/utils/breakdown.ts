import type { TFunction } from 'i18next';
import type { Language } from '@tradeway/web/i18n';
import type { LineKind, ListKind, PaymentTerm } from '../data/types';
import { bpsToPercentText, formatMoneyText, formatPercent, formatQuantity, formatUnitPrice } from './money';
import { regionName } from './regions';
import { unitText } from './units';

/**
 * The breakdown of a quote, one line per adjustment (DESIGN.md §4), in words: a label for the
 * kind and an explanation built from the line's `detail` — the inputs the quote engine wrote
 * (`libs/server/pricing/domain/src/lib/quote-engine.ts`): unit prices with 4 places,
 * quantities with 3, amounts of the currency unit with 2, rates in basis points. A detail this
 * screen does not know is shown as it came, never hidden.
 */

export interface LineContext {
  t: TFunction;
  language: Language;
  currency: string;
  /** the SKU's unit of measure */
  unit: string;
  /** a warehouse's name by id (pickup lines carry the id only) */
  warehouseName?: (id: string) => string | undefined;
}

export interface LineText {
  label: string;
  explanation: string;
}

const LIST_KINDS: readonly string[] = ['contract', 'grade', 'list'];
const TERMS: readonly string[] = ['prepayment', 'cash', 'net30', 'net60', 'net90'];
/** Ids and bookkeeping that mean nothing to a buyer. */
const HIDDEN = new Set(['listId', 'listName', 'warehouseId', 'rulesFrom', 'source', 'term', 'zone']);

function generic(detail: Record<string, string>): string {
  return Object.entries(detail)
    .filter(([k, v]) => !HIDDEN.has(k) && v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}

/** Every key present and non-empty. */
const has = (detail: Record<string, string>, ...keys: string[]) =>
  keys.every((k) => typeof detail[k] === 'string' && detail[k] !== '');

export function describeLine(
  line: { kind: LineKind; detail: Record<string, string> },
  ctx: LineContext,
): LineText {
  const { t, language, currency } = ctx;
  const d = line.detail;
  const unit = unitText(t, ctx.unit);
  const price = (text: string) =>
    t('catalog.format.perUnit', { price: formatUnitPrice(text, language, currency), unit });
  const quantity = (text: string) =>
    t('catalog.format.quantityUnit', { quantity: formatQuantity(text, language), unit });
  const money = (text: string) => formatMoneyText(text, language, currency);
  const percent = (bps: string, signed = false) => formatPercent(bpsToPercentText(bps), language, { signed });
  const label = t(`catalog.lineKind.${line.kind}`);
  const say = (explanation: string | null): LineText => ({ label, explanation: explanation ?? generic(d) });

  switch (line.kind) {
    case 'base': {
      if (!has(d, 'unitPrice', 'quantity')) return say(null);
      const kind = LIST_KINDS.includes(d['listKind'] ?? '')
        ? t(`catalog.listKind.${d['listKind'] as ListKind}`)
        : t('catalog.lineKind.base');
      return say(
        t('catalog.breakdown.base', {
          kind,
          price: price(d['unitPrice'] ?? ''),
          quantity: quantity(d['quantity'] ?? ''),
        }),
      );
    }
    case 'quantity_ladder': {
      if (d['mode'] === 'graduated' && has(d, 'bands')) {
        const count = /^\d+$/.test(d['bands'] ?? '') ? Math.min(Number(d['bands']), 50) : 0;
        const bands = Array.from({ length: count }, (_, i) => {
          const q = d[`band${i + 1}.quantity`];
          const p = d[`band${i + 1}.unitPrice`];
          return q && p ? t('catalog.breakdown.band', { quantity: quantity(q), price: price(p) }) : null;
        });
        if (bands.some((b) => b === null)) return say(null);
        return say(
          t('catalog.breakdown.ladderGraduated', { bands: bands.join(t('catalog.breakdown.bandSeparator')) }),
        );
      }
      if (!has(d, 'minQuantity', 'unitPrice')) return say(null);
      const min = quantity(d['minQuantity'] ?? '');
      const at = price(d['unitPrice'] ?? '');
      return say(
        d['breakKind'] === 'percent' && has(d, 'breakValue')
          ? t('catalog.breakdown.ladderPercent', {
              min,
              price: at,
              percent: formatPercent(d['breakValue'] ?? '', language),
            })
          : t('catalog.breakdown.ladderAbsolute', { min, price: at }),
      );
    }
    case 'payment_terms': {
      const termCode = d['term'] ?? '';
      if (!TERMS.includes(termCode) || !has(d, 'rateBps')) return say(null);
      const term = t(`catalog.paymentTerm.${termCode as PaymentTerm}`);
      const change = percent(d['rateBps'] ?? '', true);
      if (d['source'] === 'formula' && has(d, 'annualCostOfCapitalBps')) {
        const rate = percent(d['annualCostOfCapitalBps'] ?? '');
        return say(
          termCode === 'prepayment'
            ? t('catalog.breakdown.termsPrepayment', { days: d['days'] ?? '', rate, change })
            : t('catalog.breakdown.termsFormula', { term, rate, change }),
        );
      }
      return say(t('catalog.breakdown.termsOverride', { term, change }));
    }
    case 'pickup': {
      if (!has(d, 'handlingPerUnit', 'quantity')) return say(null);
      const id = d['warehouseId'] ?? '';
      const warehouse = ctx.warehouseName?.(id) ?? t('catalog.breakdown.aWarehouse');
      const free = /^0+(\.0+)?$/.test(d['handlingPerUnit'] ?? '');
      return say(
        free
          ? t('catalog.breakdown.pickupFree', { warehouse })
          : t('catalog.breakdown.pickup', {
              warehouse,
              price: price(d['handlingPerUnit'] ?? ''),
              quantity: quantity(d['quantity'] ?? ''),
            }),
      );
    }
    case 'freight': {
      if (!has(d, 'freightPerUnit', 'quantity')) return say(null);
      const zoneName = (language === 'en' ? d['zoneNameEn'] : d['zoneNameZh']) || d['zone'] || '';
      const args = {
        region: regionName(d['region'] ?? '', language),
        zone: zoneName,
        price: price(d['freightPerUnit'] ?? ''),
        quantity: quantity(d['quantity'] ?? ''),
      };
      return say(
        zoneName ? t('catalog.breakdown.freight', args) : t('catalog.breakdown.freightNoZone', args),
      );
    }
    case 'shipment_fee': {
      if (!has(d, 'feePerShipment')) return say(null);
      const count = /^\d+$/.test(d['shipments'] ?? '') ? Number(d['shipments']) : 1;
      return say(t('catalog.breakdown.shipmentFee', { count, fee: money(d['feePerShipment'] ?? '') }));
    }
    case 'special_price': {
      if (!has(d, 'unitPrice', 'computedUnitPrice')) return say(null);
      return say(
        t('catalog.breakdown.special', {
          price: price(d['unitPrice'] ?? ''),
          computed: price(d['computedUnitPrice'] ?? ''),
          discount: percent(d['discountBps'] || '0'),
        }),
      );
    }
    case 'tax': {
      if (!has(d, 'taxRateBps')) return say(null);
      const rate = percent(d['taxRateBps'] ?? '');
      return say(
        has(d, 'net')
          ? t('catalog.breakdown.tax', { rate, net: money(d['net'] ?? '') })
          : t('catalog.breakdown.taxRate', { rate }),
      );
    }
    case 'rebate': {
      if (!has(d, 'applied')) return say(null);
      return say(
        has(d, 'available')
          ? t('catalog.breakdown.rebate', {
              applied: money(d['applied'] ?? ''),
              available: money(d['available'] ?? ''),
            })
          : t('catalog.breakdown.rebateApplied', { applied: money(d['applied'] ?? '') }),
      );
    }
    default:
      return say(null);
  }
}
