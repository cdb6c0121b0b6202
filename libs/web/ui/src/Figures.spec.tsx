import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FiguresTexts, Money, useFigures } from './Figures';
import { renderWithProviders } from './testing/render';

function Figures({ texts }: { texts: FiguresTexts }) {
  const f = useFigures(texts);
  return (
    <ul>
      <li data-testid="quantity">{f.quantity('1000.000', 't')}</li>
      <li data-testid="per-unit">{f.perUnit('5950.0000', 't')}</li>
      <li data-testid="unknown-unit">{f.quantity('12.500', 'bag')}</li>
      <li data-testid="money">{f.money('675467561')}</li>
    </ul>
  );
}

describe('figures in the page’s language', () => {
  it('names units and writes quantities and prices with the screen’s own texts', () => {
    renderWithProviders(<Figures texts="rfq" />, { language: 'zh-CN' });
    expect(screen.getByTestId('quantity').textContent).toBe('1,000 吨');
    expect(screen.getByTestId('per-unit').textContent).toBe('¥5,950.00 / 吨');
    expect(screen.getByTestId('unknown-unit').textContent).toBe('12.5 bag');
    expect(screen.getByTestId('money').textContent).toBe('¥6,754,675.61');
  });

  it('keeps each screen’s wording where the texts differ', () => {
    renderWithProviders(<Figures texts="orders" />, { language: 'zh-CN' });
    expect(screen.getByTestId('per-unit').textContent).toBe('¥5,950.00/吨');
  });

  it('shows an amount in fen, bold when strong', () => {
    renderWithProviders(<Money minor="-855000" strong testId="amount" />, { language: 'en' });
    const amount = screen.getByTestId('amount');
    expect(amount.textContent).toBe('-¥8,550.00');
    expect(amount.style.fontWeight).toBe('600');
  });
});
