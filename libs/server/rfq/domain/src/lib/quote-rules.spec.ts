import { describe, expect, it } from 'vitest';
import {
  checkCounterOffer,
  checkQuote,
  checkQuoteChange,
  checkQuoteContent,
  checkRoundAnswer,
  checkSellerEligible,
  quotesVisibleTo,
  type QuoteInput,
  type QuoteLineInput,
  type QuotedRfq,
  type QuoteViewer,
} from './quote-rules';
import { RFQ_STATES, type RfqState } from './rfq-states';
import { at, DAY, failure, HOUR, T0 } from './testing/fixtures';

const DEADLINE = at(3 * DAY); // 2025-09-04T02:00:00.000Z

const RFQ: QuotedRfq = {
  state: 'open',
  deadline: DEADLINE,
  items: [
    { itemNo: 1, quantity: '100' },
    { itemNo: 2, quantity: '20.5' },
    { itemNo: 3, quantity: '0.125' },
  ],
  acceptedPaymentTerms: ['cash', 'net30', 'net60'],
};

const line = (itemNo: number, patch: Partial<QuoteLineInput> = {}): QuoteLineInput => ({
  itemNo,
  quantity: '10',
  unitPrice: '5900',
  freightPerUnit: '80',
  taxRateBps: 1300,
  ...patch,
});

const QUOTE: QuoteInput = {
  lines: [line(1, { quantity: '100' }), line(2, { quantity: '20.500' }), line(3, { quantity: '0.1' })],
  paymentTerm: 'net60',
  validUntil: at(20 * DAY),
};

const quote = (patch: Partial<QuoteInput>): QuoteInput => ({ ...QUOTE, ...patch });

describe('checkQuote', () => {
  it('accepts a full quote and a partial one', () => {
    expect(checkQuote(RFQ, QUOTE, T0).ok).toBe(true);
    expect(checkQuote(RFQ, quote({ lines: [line(2, { quantity: '1', freightPerUnit: '0' })] }), T0).ok).toBe(
      true,
    );
    // up to the last millisecond before the deadline
    expect(checkQuote(RFQ, QUOTE, at(3 * DAY - 1)).ok).toBe(true);
  });

  it('refuses once the deadline has come, and outside the open state', () => {
    expect(failure(checkQuote(RFQ, QUOTE, DEADLINE))).toEqual({
      code: 'RFQ_DEADLINE_PASSED',
      params: { deadline: '2025-09-04T02:00:00.000Z' },
    });
    for (const state of RFQ_STATES.filter((s) => s !== 'open')) {
      expect(failure(checkQuote({ ...RFQ, state }, QUOTE, T0))).toEqual({
        code: 'RFQ_TRANSITION_NOT_ALLOWED',
        params: { state },
      });
    }
  });

  it('refuses an empty quote', () => {
    expect(failure(checkQuote(RFQ, quote({ lines: [] }), T0))).toEqual({
      code: 'RFQ_QUOTE_EMPTY',
      field: 'lines',
    });
  });

  it.each([
    ['an unknown item', [line(1), line(9)], 'RFQ_QUOTE_LINE_UNKNOWN', 'lines.1.itemNo', { itemNo: '9' }],
    [
      'an item twice',
      [line(2), line(1), line(2)],
      'RFQ_QUOTE_LINE_DUPLICATE',
      'lines.2.itemNo',
      { itemNo: '2' },
    ],
    [
      'a zero quantity',
      [line(1, { quantity: '0' })],
      'RFQ_QUOTE_QUANTITY_INVALID',
      'lines.0.quantity',
      undefined,
    ],
    [
      'a negative quantity',
      [line(1, { quantity: '-1' })],
      'RFQ_QUOTE_QUANTITY_INVALID',
      'lines.0.quantity',
      undefined,
    ],
    [
      '4 decimals of quantity',
      [line(1, { quantity: '1.0001' })],
      'RFQ_QUOTE_QUANTITY_INVALID',
      'lines.0.quantity',
      undefined,
    ],
    [
      'a quantity that is no number',
      [line(1, { quantity: '1e3' })],
      'RFQ_QUOTE_QUANTITY_INVALID',
      'lines.0.quantity',
      undefined,
    ],
    [
      'more than requested',
      [line(1), line(2, { quantity: '20.501' })],
      'RFQ_QUOTE_QUANTITY_TOO_HIGH',
      'lines.1.quantity',
      { itemNo: '2', requested: '20.500' },
    ],
    [
      'a zero price',
      [line(1, { unitPrice: '0.0000' })],
      'RFQ_QUOTE_PRICE_INVALID',
      'lines.0.unitPrice',
      undefined,
    ],
    [
      'a negative price',
      [line(1, { unitPrice: '-5' })],
      'RFQ_QUOTE_PRICE_INVALID',
      'lines.0.unitPrice',
      undefined,
    ],
    [
      '5 decimals of price',
      [line(1, { unitPrice: '1.23456' })],
      'RFQ_QUOTE_PRICE_INVALID',
      'lines.0.unitPrice',
      undefined,
    ],
    [
      'a negative freight',
      [line(1, { freightPerUnit: '-0.0001' })],
      'RFQ_QUOTE_FREIGHT_INVALID',
      'lines.0.freightPerUnit',
      undefined,
    ],
    [
      'a blank freight',
      [line(1, { freightPerUnit: '' })],
      'RFQ_QUOTE_FREIGHT_INVALID',
      'lines.0.freightPerUnit',
      undefined,
    ],
    [
      'a tax rate above 100 %',
      [line(1, { taxRateBps: 10_001 })],
      'RFQ_QUOTE_TAX_RATE_INVALID',
      'lines.0.taxRateBps',
      undefined,
    ],
    [
      'a negative tax rate',
      [line(1, { taxRateBps: -1 })],
      'RFQ_QUOTE_TAX_RATE_INVALID',
      'lines.0.taxRateBps',
      undefined,
    ],
    [
      'a fractional tax rate',
      [line(1, { taxRateBps: 1300.5 })],
      'RFQ_QUOTE_TAX_RATE_INVALID',
      'lines.0.taxRateBps',
      undefined,
    ],
  ] as const)('refuses %s', (_what, lines, code, field, params) => {
    expect(failure(checkQuote(RFQ, quote({ lines }), T0))).toEqual({
      code,
      field,
      ...(params === undefined ? {} : { params }),
    });
  });

  it('accepts the boundaries: the requested quantity, free freight, tax 0 and 100 %', () => {
    const lines = [
      line(1, { quantity: '100.000', freightPerUnit: '0', taxRateBps: 0 }),
      line(2, { quantity: '20.5', unitPrice: '0.0001', taxRateBps: 10_000 }),
    ];
    expect(checkQuote(RFQ, quote({ lines }), T0).ok).toBe(true);
  });

  it('refuses a payment term the RFQ does not accept, or that does not exist', () => {
    for (const term of ['net90', 'prepayment', 'net45', '']) {
      expect(failure(checkQuote(RFQ, quote({ paymentTerm: term }), T0))).toEqual({
        code: 'RFQ_QUOTE_TERM_NOT_ACCEPTED',
        field: 'paymentTerm',
        params: { term },
      });
    }
    expect(
      failure(checkQuote({ ...RFQ, acceptedPaymentTerms: ['net45'] }, quote({ paymentTerm: 'net45' }), T0))
        .code,
    ).toBe('RFQ_QUOTE_TERM_NOT_ACCEPTED');
  });

  it('needs the quote valid after the deadline', () => {
    expect(failure(checkQuote(RFQ, quote({ validUntil: DEADLINE }), T0))).toEqual({
      code: 'RFQ_QUOTE_VALIDITY_TOO_SHORT',
      field: 'validUntil',
      params: { validAfter: '2025-09-04T02:00:00.000Z' },
    });
    expect(checkQuote(RFQ, quote({ validUntil: at(3 * DAY + 1) }), T0).ok).toBe(true);
  });

  it('reports the first problem, lines in order, before the term and validity', () => {
    const bad = quote({
      lines: [line(1), line(2, { unitPrice: '0' }), line(7)],
      paymentTerm: 'net90',
      validUntil: T0,
    });
    expect(failure(checkQuote(RFQ, bad, T0))).toMatchObject({
      code: 'RFQ_QUOTE_PRICE_INVALID',
      field: 'lines.1.unitPrice',
    });
  });

  it('throws on a corrupt requested quantity', () => {
    const corrupt = { ...RFQ, items: [{ itemNo: 1, quantity: 'lots' }] };
    expect(() => checkQuote(corrupt, quote({ lines: [line(1)] }), T0)).toThrow(RangeError);
  });
});

describe('checkQuoteContent: a version answering a round, after the deadline', () => {
  const closed = { ...RFQ, state: 'closed' as const };

  it('checks the content alone, and the validity after now', () => {
    const now = at(5 * DAY);
    expect(checkQuoteContent(closed, quote({ validUntil: at(10 * DAY) }), now).ok).toBe(true);
    expect(failure(checkQuoteContent(closed, quote({ validUntil: at(4 * DAY) }), now))).toEqual({
      code: 'RFQ_QUOTE_VALIDITY_TOO_SHORT',
      field: 'validUntil',
      params: { validAfter: '2025-09-06T02:00:00.000Z' },
    });
    expect(failure(checkQuoteContent(closed, quote({ lines: [] }), now)).code).toBe('RFQ_QUOTE_EMPTY');
  });
});

describe('checkQuoteChange', () => {
  const open = { state: 'open' as RfqState, deadline: DEADLINE };

  it('lets the seller revise or withdraw until the deadline', () => {
    expect(checkQuoteChange(open, T0).ok).toBe(true);
    expect(checkQuoteChange(open, at(3 * DAY - 1), { status: 'active', change: 'withdraw' }).ok).toBe(true);
    expect(failure(checkQuoteChange(open, DEADLINE)).code).toBe('RFQ_DEADLINE_PASSED');
    expect(failure(checkQuoteChange({ ...open, state: 'closed' }, T0)).code).toBe(
      'RFQ_TRANSITION_NOT_ALLOWED',
    );
  });

  it('refuses withdrawing twice, but lets a withdrawn quote be quoted again', () => {
    expect(failure(checkQuoteChange(open, T0, { status: 'withdrawn', change: 'withdraw' }))).toEqual({
      code: 'RFQ_QUOTE_WITHDRAWN',
    });
    expect(checkQuoteChange(open, T0, { status: 'withdrawn', change: 'revise' }).ok).toBe(true);
  });

  it('checks the time before the quote', () => {
    expect(failure(checkQuoteChange(open, DEADLINE, { status: 'withdrawn', change: 'withdraw' })).code).toBe(
      'RFQ_DEADLINE_PASSED',
    );
  });
});

describe('checkSellerEligible', () => {
  it.each([
    [true, false, false, true],
    [true, true, false, true],
    [false, true, true, true],
    [false, true, false, false],
    [false, false, true, false],
    [false, false, false, false],
  ])(
    'invited %s, open to category %s, sells in it %s → %s',
    (invited, openToCategory, sellsInCategory, allowed) => {
      const result = checkSellerEligible({ invited, openToCategory, sellsInCategory });
      expect(result.ok).toBe(allowed);
      if (!result.ok) expect(result.error).toEqual({ code: 'RFQ_NOT_INVITED' });
    },
  );
});

describe('quotesVisibleTo: sealing', () => {
  const rfq = (state: RfqState, sealed: boolean) => ({ state, sealed, deadline: DEADLINE });
  const published: RfqState[] = ['open', 'closed', 'awarded', 'cancelled', 'expired'];

  it('never shows a quote to other sellers, always to its own seller', () => {
    for (const state of RFQ_STATES) {
      for (const sealed of [false, true]) {
        for (const now of [T0, DEADLINE, at(10 * DAY)]) {
          expect(quotesVisibleTo(rfq(state, sealed), 'other_seller', now)).toBe(false);
          expect(quotesVisibleTo(rfq(state, sealed), 'own_seller', now)).toBe(true);
        }
      }
    }
  });

  it('shows an unsealed RFQ’s quotes to the buyer from publication on', () => {
    for (const state of published) expect(quotesVisibleTo(rfq(state, false), 'buyer', T0)).toBe(true);
    for (const state of ['draft', 'pending_approval'] as const) {
      expect(quotesVisibleTo(rfq(state, false), 'buyer', T0)).toBe(false);
    }
  });

  it('shows a sealed RFQ’s quotes to the buyer only once the deadline has come', () => {
    const cases: [Date, boolean][] = [
      [T0, false],
      [at(3 * DAY - 1), false],
      [DEADLINE, true],
      [at(40 * DAY), true],
    ];
    for (const state of published) {
      for (const [now, visible] of cases) {
        expect(quotesVisibleTo(rfq(state, true), 'buyer' as QuoteViewer, now)).toBe(visible);
      }
    }
    expect(quotesVisibleTo(rfq('draft', true), 'buyer', at(40 * DAY))).toBe(false);
  });
});

describe('checkCounterOffer', () => {
  const closed = {
    state: 'closed' as RfqState,
    deadline: DEADLINE,
    quotes: [
      { sellerId: 'S1', status: 'active' as const },
      { sellerId: 'S2', status: 'active' as const },
      { sellerId: 'S3', status: 'withdrawn' as const },
    ],
  };
  const now = at(4 * DAY);

  it('sends to sellers with an active quote, once each', () => {
    expect(checkCounterOffer(closed, ['S2', 'S1', 'S2'])).toEqual({ ok: true, value: ['S2', 'S1'] });
    expect(checkCounterOffer(closed, ['S1'], { closesAt: at(6 * DAY), now }).ok).toBe(true);
  });

  it('is possible only while closed, with no award pending', () => {
    for (const state of RFQ_STATES.filter((s) => s !== 'closed')) {
      expect(failure(checkCounterOffer({ ...closed, state }, ['S1']))).toEqual({
        code: 'RFQ_COUNTER_NOT_CLOSED',
        params: { state },
      });
    }
    expect(failure(checkCounterOffer({ ...closed, awardPending: true }, ['S1']))).toEqual({
      code: 'RFQ_AWARD_PENDING',
    });
  });

  it('needs sellers, each with an active quote', () => {
    expect(failure(checkCounterOffer(closed, []))).toEqual({
      code: 'RFQ_COUNTER_OFFER_EMPTY',
      field: 'sellerIds',
    });
    expect(failure(checkCounterOffer(closed, ['S1', 'S9']))).toEqual({
      code: 'RFQ_COUNTER_SELLER_NOT_QUOTED',
      field: 'sellerIds.1',
      params: { sellerId: 'S9' },
    });
    expect(failure(checkCounterOffer(closed, ['S3']))).toEqual({
      code: 'RFQ_QUOTE_WITHDRAWN',
      field: 'sellerIds.0',
      params: { sellerId: 'S3' },
    });
  });

  it('needs the round to close after now and by the end of the award window', () => {
    const latest = at(33 * DAY); // deadline + 30 days
    const error = {
      code: 'RFQ_ROUND_CLOSE_INVALID',
      field: 'closesAt',
      params: { latest: latest.toISOString() },
    };
    expect(failure(checkCounterOffer(closed, ['S1'], { closesAt: now, now }))).toEqual(error);
    expect(failure(checkCounterOffer(closed, ['S1'], { closesAt: at(33 * DAY + 1), now }))).toEqual(error);
    expect(checkCounterOffer(closed, ['S1'], { closesAt: latest, now }).ok).toBe(true);
    expect(checkCounterOffer(closed, ['S1'], { closesAt: at(4 * DAY + HOUR), now }).ok).toBe(true);
  });
});

describe('checkRoundAnswer', () => {
  const round = { closesAt: at(6 * DAY), answeredAt: null };

  it('accepts one answer while the round is open', () => {
    expect(checkRoundAnswer(round, at(5 * DAY)).ok).toBe(true);
    expect(checkRoundAnswer(round, at(6 * DAY - 1), 'closed').ok).toBe(true);
  });

  it('refuses after the round closed, a second answer, and once the RFQ moved on', () => {
    expect(failure(checkRoundAnswer(round, at(6 * DAY)))).toEqual({
      code: 'RFQ_ROUND_CLOSED',
      params: { closesAt: '2025-09-07T02:00:00.000Z' },
    });
    expect(failure(checkRoundAnswer({ ...round, answeredAt: at(5 * DAY) }, at(5 * DAY + 1)))).toEqual({
      code: 'RFQ_ROUND_ALREADY_ANSWERED',
    });
    expect(failure(checkRoundAnswer(round, at(5 * DAY), 'awarded'))).toEqual({
      code: 'RFQ_COUNTER_NOT_CLOSED',
      params: { state: 'awarded' },
    });
  });
});
