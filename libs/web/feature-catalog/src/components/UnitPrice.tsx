import { NUMERIC } from './Amount';
import { useFormatters } from './use-formatters';

/** A unit price per unit of measure: `¥5,950.00 / t`, `¥5,950.00/吨`. */
export function UnitPrice({
  price,
  unit,
  currency = 'CNY',
  strong,
  testId,
}: {
  price: string;
  unit: string;
  currency?: string;
  strong?: boolean;
  testId?: string;
}) {
  const { perUnit } = useFormatters();
  return (
    <span style={strong ? { ...NUMERIC, fontWeight: 600 } : NUMERIC} data-testid={testId}>
      {perUnit(price, unit, currency)}
    </span>
  );
}

/** A quantity with its unit: `1,000 t`, `1,000 吨`. */
export function Quantity({ quantity, unit, testId }: { quantity: string; unit: string; testId?: string }) {
  const f = useFormatters();
  return (
    <span style={NUMERIC} data-testid={testId}>
      {f.quantity(quantity, unit)}
    </span>
  );
}
