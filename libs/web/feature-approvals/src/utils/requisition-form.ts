import type { RequisitionPayload, RequisitionView } from '../data/types';
import { minorToYuanText, parseYuan } from './money';
import { lineTotalMinor, totalMinor } from './quantity';

/** One line as the form holds it: quantity and unit price as the text typed. */
export interface RequisitionLineValues {
  description: string;
  categoryId?: string | null | undefined;
  quantity: string;
  unit: string;
  /** Yuan, up to 2 decimals. */
  unitPrice: string;
}

export interface RequisitionFormValues {
  title: string;
  departmentId?: string | null | undefined;
  lines: RequisitionLineValues[];
}

export const MAX_LINES = 100;
export const LIMITS = { title: 200, description: 200, unit: 10 } as const;

export const emptyLine = (): RequisitionLineValues => ({
  description: '',
  categoryId: null,
  quantity: '',
  unit: '',
  unitPrice: '',
});

export const emptyRequisition = (): RequisitionFormValues => ({
  title: '',
  departmentId: null,
  lines: [emptyLine()],
});

/** A line's total in fen while the user types; null until quantity and price are valid. */
export function lineTotalOf(line: Partial<RequisitionLineValues> | undefined): bigint | null {
  const price = parseYuan(line?.unitPrice);
  if (price === null) return null;
  return lineTotalMinor(line?.quantity ?? '', price);
}

/** The requisition's total in fen while the user types; null while a line is incomplete. */
export function requisitionTotalOf(
  lines: ReadonlyArray<Partial<RequisitionLineValues> | undefined>,
): bigint | null {
  return totalMinor(lines.map(lineTotalOf));
}

/** The sum of the lines that can be computed yet, and how many cannot (shown beside the total). */
export function runningTotalOf(lines: ReadonlyArray<Partial<RequisitionLineValues> | undefined>): {
  totalMinor: bigint;
  incomplete: number;
} {
  const totals = lines.map(lineTotalOf);
  return {
    totalMinor: totals.reduce<bigint>((sum, t) => sum + (t ?? 0n), 0n),
    incomplete: totals.filter((t) => t === null).length,
  };
}

/** Form values → the body of `POST/PUT /api/requisitions` (unit prices in fen). Assumes valid values. */
export function toRequisitionPayload(values: RequisitionFormValues): RequisitionPayload {
  return {
    title: values.title.trim(),
    departmentId: values.departmentId || null,
    currency: 'CNY',
    lines: values.lines.map((l) => ({
      description: l.description.trim(),
      ...(l.categoryId ? { categoryId: l.categoryId } : {}),
      quantity: l.quantity.trim(),
      unit: l.unit.trim(),
      unitPriceMinor: String(parseYuan(l.unitPrice)),
    })),
  };
}

/** A stored requisition → the form's values, for editing. */
export function toRequisitionFormValues(r: RequisitionView): RequisitionFormValues {
  return {
    title: r.title,
    departmentId: r.departmentId,
    lines: r.lines.map((l) => ({
      description: l.description,
      categoryId: l.categoryId ?? null,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: minorToYuanText(l.unitPriceMinor),
    })),
  };
}

const LINE_FIELDS: Record<string, keyof RequisitionLineValues> = {
  description: 'description',
  categoryId: 'categoryId',
  quantity: 'quantity',
  unit: 'unit',
  unitPriceMinor: 'unitPrice',
};

/**
 * Where an API field error shows in the requisition form: `lines.0.quantity` →
 * `['lines', 0, 'quantity']`, `lines.0.unitPriceMinor` → `['lines', 0, 'unitPrice']`,
 * `lines` (none or too many) → the list; null for fields the form does not have.
 */
export function requisitionFieldName(path: string): Array<string | number> | null {
  const [head, index, field] = path.split('.');
  if (head === 'title' || head === 'departmentId') return [head];
  if (head !== 'lines') return null;
  if (index === undefined) return ['lines'];
  if (!/^\d+$/.test(index)) return null;
  const name = field ? LINE_FIELDS[field] : undefined;
  return name ? ['lines', Number(index), name] : null;
}
