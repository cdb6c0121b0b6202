import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  campaignFieldPath,
  deadlineProblem,
  depositProblem,
  isBelow,
  lockProblem,
  monthOptions,
  monthsProblem,
  newCampaignValues,
  quantityProblem,
  valuesToInput,
} from './campaign-form';

const NOW = dayjs('2026-11-26T09:30:00+08:00');

describe('a new campaign', () => {
  it('closes in 7 days at 18:00, locks a day before, delivers the month after, holds 10 %', () => {
    const v = newCampaignValues('CN-GX', NOW);
    expect(v.deadline?.format('YYYY-MM-DD HH:mm')).toBe(NOW.add(7, 'day').format('YYYY-MM-DD 18:00'));
    expect(v.lockAt?.valueOf()).toBe(v.deadline?.subtract(1, 'day').valueOf());
    expect(v.deliveryMonths).toEqual([addMonths(v.deadline?.toISOString().slice(0, 7) ?? '', 1)]);
    expect([v.depositPercent, v.paymentTerm, v.regions]).toEqual(['10', 'cash', ['CN-GX']]);
    expect(v.ladder?.[0]).toEqual({ minQuantity: '0', unitPrice: '' });
    expect(newCampaignValues(null, NOW).regions).toEqual([]);
  });
});

describe('what the form sends', () => {
  it('sends trimmed figures, the first tier from 0, optional limits as null and the deposit in basis points', () => {
    const deadline = dayjs('2026-12-03T18:00:00+08:00');
    const body = valuesToInput({
      skuId: 'sku',
      title: ' 白砂糖集采 ',
      description: '',
      regions: ['CN-GX', 'CN-GX', 'CN-GD'],
      ladder: [
        { minQuantity: '', unitPrice: ' 5000 ' },
        { minQuantity: '500', unitPrice: '4900' },
      ],
      minTotal: '600',
      maxTotal: ' ',
      perBuyerMin: '20',
      perBuyerMax: '',
      deadline,
      lockAt: deadline.subtract(1, 'day'),
      deliveryMonths: ['2027-02', '2027-01'],
      depositPercent: '12.5',
      paymentTerm: 'net30',
    });
    expect(body).toEqual({
      skuId: 'sku',
      title: '白砂糖集采',
      description: '',
      regions: ['CN-GX', 'CN-GD'],
      ladder: [
        { minQuantity: '0', unitPrice: '5000' },
        { minQuantity: '500', unitPrice: '4900' },
      ],
      minTotal: '600',
      maxTotal: null,
      perBuyerMin: '20',
      perBuyerMax: null,
      lockAt: '2026-12-02T10:00:00.000Z',
      deadline: '2026-12-03T10:00:00.000Z',
      deliveryMonths: ['2027-01', '2027-02'],
      depositBps: 1250,
      paymentTerm: 'net30',
    });
  });

  it('puts the API’s field errors on the form’s fields', () => {
    expect(campaignFieldPath('ladder.1.unitPrice')).toBe('ladder.1.unitPrice');
    expect(campaignFieldPath('ladder.0.minQuantity')).toBe('ladder.0.minQuantity');
    expect(campaignFieldPath('ladder.2')).toBe('ladder.2.unitPrice');
    expect(campaignFieldPath('regions.1')).toBe('regions');
    expect(campaignFieldPath('deliveryMonths.0')).toBe('deliveryMonths');
    expect(campaignFieldPath('depositBps')).toBe('depositPercent');
    expect(campaignFieldPath('maxTotal')).toBe('maxTotal');
  });
});

describe('the form’s checks', () => {
  it('takes quantities of at most 3 places, more than zero', () => {
    expect(quantityProblem('600')).toBeNull();
    expect(quantityProblem('')).toBe('required');
    expect(quantityProblem('', true)).toBeNull();
    expect(quantityProblem('1.2345')).toBe('format');
    expect(quantityProblem('0')).toBe('zero');
  });

  it('compares limits only when both are figures', () => {
    expect(isBelow('100', '600')).toBe(true);
    expect(isBelow('600', '600')).toBe(false);
    expect(isBelow('', '600')).toBe(false);
    expect(isBelow('abc', '600')).toBe(false);
  });

  it('wants the deadline ahead and the lock not after it', () => {
    const now = NOW.valueOf();
    expect(deadlineProblem(null, now)).toBe('required');
    expect(deadlineProblem(NOW.subtract(1, 'minute').toDate(), now)).toBe('deadlinePassed');
    expect(deadlineProblem(NOW.add(1, 'minute').toDate(), now)).toBeNull();
    const deadline = NOW.add(7, 'day').toDate();
    expect(lockProblem(NOW.add(8, 'day').toDate(), deadline)).toBe('lockAfterDeadline');
    expect(lockProblem(deadline, deadline)).toBeNull();
    expect(lockProblem(NOW.add(6, 'day').toDate(), deadline)).toBeNull();
    expect(lockProblem(null, deadline)).toBe('required');
  });

  it('wants one to 12 delivery months, none before the deadline’s month (UTC, as the server counts)', () => {
    const deadline = dayjs('2026-12-31T20:00:00+08:00'); // 12:00 UTC, December
    expect(monthsProblem([], deadline)).toEqual({ problem: 'required' });
    expect(monthsProblem(['2026-12', '2027-01'], deadline)).toBeNull();
    expect(monthsProblem(['2027-01', '2026-11'], deadline)).toEqual({ problem: 'past', month: '2026-11' });
    expect(
      monthsProblem(
        Array.from({ length: 13 }, (_, i) => addMonths('2027-01', i)),
        deadline,
      ),
    ).toEqual({
      problem: 'tooMany',
    });
    // 2027-01-01 07:00 in China is still 2026-12-31 in UTC: December may be chosen
    expect(monthsProblem(['2026-12'], dayjs('2027-01-01T07:00:00+08:00'))).toBeNull();
  });

  it('offers 18 months from the deadline’s, keeping any already chosen', () => {
    const options = monthOptions(dayjs('2026-12-03T18:00:00+08:00'), NOW, ['2026-10']);
    expect(options[0]).toBe('2026-10');
    expect(options[1]).toBe('2026-12');
    expect(options.at(-1)).toBe('2028-05');
    expect(options).toHaveLength(19);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });

  it('takes a deposit of 0–100 % with at most 2 places', () => {
    expect(depositProblem('10')).toBeNull();
    expect(depositProblem('0')).toBeNull();
    expect(depositProblem('100')).toBeNull();
    expect(depositProblem('')).toBe('required');
    expect(depositProblem('100.01')).toBe('format');
    expect(depositProblem('1.234')).toBe('format');
  });
});
