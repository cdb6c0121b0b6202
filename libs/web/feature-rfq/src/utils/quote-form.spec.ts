import { describe, expect, it } from 'vitest';
import { inHours, myQuote, sellerRfq, suggestion } from '../testing/rfq-fixtures';
import {
  applySuggestion,
  offeredQuantityProblem,
  priceProblem,
  quoteFieldPath,
  quoteToValues,
  quotingWindow,
  taxRateProblem,
  valuesToQuoteInput,
  versionGoodsMinor,
} from './quote-form';

describe('the seller’s quote form', () => {
  it('starts from my current version, or from the request', () => {
    const rfq = sellerRfq();
    const mine = quoteToValues(rfq, myQuote());
    expect(mine.lines).toEqual([
      { itemNo: 1, quantity: '300', unitPrice: '5800', freightPerUnit: '120', taxRate: '13', note: '' },
      { itemNo: 2, quantity: '40', unitPrice: '', freightPerUnit: '0', taxRate: '', note: '' },
    ]);
    expect(mine.paymentTerm).toBe('net30');
    const fresh = quoteToValues(rfq, null);
    expect(fresh.paymentTerm).toBe('cash');
    expect(fresh.lines.map((l) => l.unitPrice)).toEqual(['', '']);
    expect(fresh.validUntil?.valueOf()).toBe(new Date(rfq.deadline).getTime() + 7 * 86_400_000);
  });

  it('sends the priced rows only, and maps the API’s line paths back to their rows', () => {
    const rfq = sellerRfq();
    const values = quoteToValues(rfq, null);
    values.lines[1] = {
      ...values.lines[1],
      itemNo: 2,
      unitPrice: ' 5100 ',
      taxRate: '9.5',
      freightPerUnit: '',
    };
    const { body, rows } = valuesToQuoteInput(rfq, values);
    expect(rows).toEqual([1]);
    expect(body.lines).toEqual([
      { itemNo: 2, quantity: '40', unitPrice: '5100', freightPerUnit: '0', taxRateBps: 950, note: '' },
    ]);
    const path = quoteFieldPath(rows);
    expect(path('lines.0.quantity')).toBe('lines.1.quantity');
    expect(path('lines.0.taxRateBps')).toBe('lines.1.taxRate');
    expect(path('lines.0.itemNo')).toBe('');
    expect(path('lines.3.quantity')).toBe('');
    expect(path('lines')).toBe('');
    expect(path('validUntil')).toBe('validUntil');
  });

  it('fills the priced lines of a suggestion and keeps the reasons of the others', () => {
    const rfq = sellerRfq();
    const { values, reasons, filled } = applySuggestion(rfq.items, quoteToValues(rfq, null), suggestion());
    expect(filled).toBe(1);
    expect(values.paymentTerm).toBe('net30');
    expect(values.lines[0]).toMatchObject({
      quantity: '300',
      unitPrice: '5777.5',
      freightPerUnit: '95',
      taxRate: '13',
    });
    expect(values.lines[1]).toMatchObject({ itemNo: 2, unitPrice: '' });
    expect(reasons.get(2)).toEqual({
      reason: 'No SKU of yours matches this item',
      reasonZh: '没有与此品项匹配的商品',
    });
  });

  it('checks quantities, prices and tax rates', () => {
    expect(offeredQuantityProblem('300', '300.000')).toBeNull();
    expect(offeredQuantityProblem('300.001', '300.000')).toBe('tooHigh');
    expect(offeredQuantityProblem('', '300')).toBe('required');
    expect(offeredQuantityProblem('0', '300')).toBe('zero');
    expect(priceProblem('', { positive: false })).toBeNull();
    expect(priceProblem('0', { positive: false })).toBeNull();
    expect(priceProblem('0', { positive: true })).toBe('zero');
    expect(priceProblem('1.23456', { positive: true })).toBe('format');
    expect([taxRateProblem(''), taxRateProblem('13'), taxRateProblem('101')]).toEqual([
      'required',
      null,
      'format',
    ]);
  });

  it('opens the form while quoting is open, or while a counter-offer is', () => {
    const now = Date.now();
    expect(quotingWindow(sellerRfq(), null, now)).toBe('open');
    const closed = sellerRfq({ status: 'closed', deadline: inHours(-1) });
    expect(quotingWindow(closed, myQuote(), now)).toBe('closed');
    const round = { roundNo: 1, message: '请降价', closesAt: inHours(5), targets: [] };
    expect(quotingWindow(closed, myQuote({ openRounds: [round] }), now)).toBe('round');
    expect(quotingWindow(closed, myQuote({ openRounds: [{ ...round, closesAt: inHours(-1) }] }), now)).toBe(
      'closed',
    );
    // open but past the deadline (the close job has not run yet): closed
    expect(quotingWindow(sellerRfq({ deadline: inHours(-0.1) }), null, now)).toBe('closed');
  });

  it('values a version’s goods', () => {
    expect(versionGoodsMinor(myQuote().versions[0] as never)).toBe(174000000n);
  });
});
