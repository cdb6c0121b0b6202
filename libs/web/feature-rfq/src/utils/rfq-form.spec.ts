import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { rfq } from '../testing/rfq-fixtures';
import {
  costOfCapitalValid,
  deadlineProblem,
  deliveryBeforeDeadline,
  newRfqValues,
  quantityProblem,
  rfqFieldPath,
  rfqToValues,
  valuesToInput,
} from './rfq-form';

describe('the RFQ form', () => {
  it('round-trips a draft into the body the API takes', () => {
    const draft = rfq({ status: 'draft', costOfCapitalBps: 725 });
    const body = valuesToInput(rfqToValues(draft));
    expect(body).toMatchObject({
      title: draft.title,
      deliveryDate: draft.deliveryDate,
      deliveryRegion: 'CN-GD',
      acceptedPaymentTerms: ['cash', 'net30', 'net60'],
      costOfCapitalBps: 725,
      invitedSellerIds: draft.invitations.map((i) => i.sellerId),
    });
    expect(new Date(body.deadline).getTime()).toBe(new Date(draft.deadline).getTime());
    expect(body.items.map((i) => i.quantity)).toEqual(['300', '40']);
  });

  it('starts a new RFQ a week out at 17:00, delivery two weeks later, in the company’s region', () => {
    const now = dayjs('2026-11-26T10:00:00');
    const v = newRfqValues('CN-GX', now);
    expect(v.deadline?.format('YYYY-MM-DD HH:mm')).toBe('2026-12-03 17:00');
    expect(v.deliveryDate?.format('YYYY-MM-DD')).toBe('2026-12-17');
    expect(v.deliveryRegion).toBe('CN-GX');
    expect(newRfqValues(null, now).deliveryRegion).toBeUndefined();
  });

  it('checks quantities, the deadline, the delivery day and the cost of capital', () => {
    expect([
      quantityProblem(''),
      quantityProblem('1.2345'),
      quantityProblem('0.000'),
      quantityProblem('2.5'),
    ]).toEqual(['required', 'format', 'zero', null]);
    const now = Date.now();
    expect(deadlineProblem(null, now)).toBe('required');
    expect(deadlineProblem(new Date(now + 59 * 60_000), now)).toBe('tooSoon');
    expect(deadlineProblem(new Date(now + 61 * 60_000), now)).toBeNull();
    // 2026-12-03 17:00 UTC is 2026-12-04 in China
    const deadline = new Date('2026-12-03T17:00:00Z');
    expect(deliveryBeforeDeadline('2026-12-03', deadline)).toBe(true);
    expect(deliveryBeforeDeadline('2026-12-04', deadline)).toBe(false);
    expect([costOfCapitalValid('6'), costOfCapitalValid('6.125'), costOfCapitalValid('abc')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([
      rfqFieldPath('costOfCapitalBps'),
      rfqFieldPath('invitedSellerIds.2'),
      rfqFieldPath('items.1.quantity'),
    ]).toEqual(['costOfCapital', 'invitedSellerIds', 'items.1.quantity']);
  });
});
