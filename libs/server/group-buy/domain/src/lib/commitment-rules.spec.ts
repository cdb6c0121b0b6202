import { describe, expect, it } from 'vitest';
import { checkCampaignTerms, judgeCommitment, judgeWithdrawal, type CommitRequest } from './commitment-rules';
import { campaignTransition } from './campaign-states';
import { groupBuyErrorMessage, GROUP_BUY_ERRORS } from './group-buy.errors';
import { hours, NOW, SUGAR_LADDER, sugarTerms, t } from './testing/fixtures';

const open = (total = 0n) => ({ status: 'open' as const, total });
const req = (over: Partial<CommitRequest> = {}): CommitRequest => ({
  buyerId: 'factory-1',
  buyerRegion: 'CN-GX',
  isBuyer: true,
  quantity: t(100),
  deliveryMonth: '2027-01',
  at: NOW,
  ...over,
});

describe('commitments', () => {
  it('joins, raises, reduces and changes the month before the lock; the deposit follows', () => {
    const terms = sugarTerms();
    expect(judgeCommitment(terms, open(t(400)), null, req())).toEqual({
      ok: true,
      value: {
        kind: 'joined',
        quantity: t(100),
        deliveryMonth: '2027-01',
        delta: t(100),
        total: t(500),
        depositMinor: 5_000_000n,
      },
    });
    const mine = { quantity: t(100), deliveryMonth: '2027-01' };
    expect(judgeCommitment(terms, open(t(500)), mine, req({ quantity: t(150) }))).toMatchObject({
      value: { kind: 'raised', delta: t(50), total: t(550), depositMinor: 7_500_000n },
    });
    expect(judgeCommitment(terms, open(t(500)), mine, req({ quantity: t(60) }))).toMatchObject({
      value: { kind: 'reduced', delta: t(-40), total: t(460) },
    });
    expect(judgeCommitment(terms, open(t(500)), mine, req({ deliveryMonth: '2027-02' }))).toMatchObject({
      value: { kind: 'changed_month', delta: 0n },
    });
    expect(judgeWithdrawal(terms, open(t(500)), mine, { ...req(), at: NOW })).toMatchObject({
      value: { kind: 'withdrawn', delta: t(-100), total: t(400), depositMinor: 0n },
    });
  });

  it('after the lock time: raise only; no reduction, month change or withdrawal', () => {
    const terms = sugarTerms();
    const mine = { quantity: t(100), deliveryMonth: '2027-01' };
    const late = hours(30);
    expect(judgeCommitment(terms, open(t(500)), mine, req({ quantity: t(120), at: late })).ok).toBe(true);
    expect(judgeCommitment(terms, open(t(500)), mine, req({ quantity: t(90), at: late }))).toMatchObject({
      error: { code: 'JOIN_LOCKED', field: 'quantity' },
    });
    expect(
      judgeCommitment(terms, open(t(500)), mine, req({ deliveryMonth: '2027-02', at: late })),
    ).toMatchObject({
      error: { code: 'JOIN_MONTH_LOCKED', field: 'deliveryMonth' },
    });
    expect(judgeWithdrawal(terms, open(t(500)), mine, { ...req(), at: late })).toMatchObject({
      error: { code: 'JOIN_LOCKED' },
    });
  });

  it('refuses outside the regions, past the deadline, when not open, and the seller itself', () => {
    const terms = sugarTerms();
    expect(judgeCommitment(terms, open(), null, req({ buyerRegion: 'CN-SD' }))).toMatchObject({
      error: { code: 'JOIN_REGION_NOT_ELIGIBLE', params: { region: 'CN-SD' } },
    });
    expect(judgeCommitment(terms, open(), null, req({ buyerRegion: null }))).toMatchObject({
      error: { code: 'JOIN_REGION_NOT_ELIGIBLE' },
    });
    expect(judgeCommitment(terms, open(), null, req({ at: hours(48) }))).toMatchObject({
      error: { code: 'JOIN_DEADLINE_PASSED' },
    });
    expect(judgeCommitment(terms, { status: 'settling', total: 0n }, null, req())).toMatchObject({
      error: { code: 'JOIN_NOT_OPEN', params: { state: 'settling' } },
    });
    expect(judgeCommitment(terms, open(), null, req({ buyerId: 'mill' }))).toMatchObject({
      error: { code: 'JOIN_OWN_SKU' },
    });
    expect(judgeCommitment(terms, open(), null, req({ isBuyer: false }))).toMatchObject({
      error: { code: 'JOIN_NOT_A_BUYER' },
    });
    expect(judgeCommitment(terms, open(), null, req({ deliveryMonth: '2027-03' }))).toMatchObject({
      error: { code: 'JOIN_MONTH_NOT_OFFERED', field: 'deliveryMonth' },
    });
    expect(judgeWithdrawal(terms, open(), null, { ...req(), at: NOW })).toMatchObject({
      error: { code: 'JOIN_NOTHING_TO_WITHDRAW' },
    });
  });

  it('keeps per-buyer limits and the maximum, saying how much room is left', () => {
    const terms = sugarTerms();
    expect(judgeCommitment(terms, open(), null, req({ quantity: t(10) }))).toMatchObject({
      error: { code: 'JOIN_BELOW_BUYER_MIN', field: 'quantity', params: { min: '20.000' } },
    });
    expect(judgeCommitment(terms, open(), null, req({ quantity: t(301) }))).toMatchObject({
      error: { code: 'JOIN_ABOVE_BUYER_MAX', params: { max: '300.000' } },
    });
    const full = judgeCommitment(
      terms,
      open(t(1450)),
      { quantity: t(100), deliveryMonth: '2027-01' },
      req({ quantity: t(200) }),
    );
    expect(full).toMatchObject({
      error: { code: 'JOIN_ABOVE_MAX_TOTAL', field: 'quantity', params: { room: '50.000', most: '150.000' } },
    });
    expect(
      judgeCommitment(
        terms,
        open(t(1450)),
        { quantity: t(100), deliveryMonth: '2027-01' },
        req({ quantity: t(150) }),
      ),
    ).toMatchObject({ ok: true, value: { total: t(1500) } });
    // a reduction is always possible, even at the maximum
    expect(
      judgeCommitment(
        terms,
        open(t(1500)),
        { quantity: t(100), deliveryMonth: '2027-01' },
        req({ quantity: t(50) }),
      ),
    ).toMatchObject({ ok: true });
    if (full.ok) throw new Error('expected a refusal');
    expect(groupBuyErrorMessage(full.error.code, 'zh-CN', full.error.params)).toBe(
      '超出团购最大总量：最多还可增加 50.000',
    );
  });
});

describe('campaign terms', () => {
  const base = { ...sugarTerms(), now: NOW, knownRegions: ['CN-GX', 'CN-GD', 'CN-SD'] };
  it('accepts the sugar campaign and names the field of each fault', () => {
    expect(checkCampaignTerms(base).ok).toBe(true);
    const fault = (over: Partial<typeof base>) => {
      const r = checkCampaignTerms({ ...base, ...over });
      return r.ok ? null : [r.error.code, r.error.field];
    };
    expect(fault({ maxTotal: t(500) })).toEqual(['CAMPAIGN_MAX_BELOW_MIN', 'maxTotal']);
    expect(fault({ perBuyerMax: t(10) })).toEqual(['CAMPAIGN_BUYER_MAX_BELOW_MIN', 'perBuyerMax']);
    expect(fault({ perBuyerMin: t(2000), perBuyerMax: null })).toEqual([
      'CAMPAIGN_BUYER_MIN_ABOVE_MAX_TOTAL',
      'perBuyerMin',
    ]);
    expect(fault({ deadline: hours(-1), lockAt: hours(-2) })).toEqual([
      'CAMPAIGN_DEADLINE_PASSED',
      'deadline',
    ]);
    expect(fault({ lockAt: hours(49) })).toEqual(['CAMPAIGN_LOCK_AFTER_DEADLINE', 'lockAt']);
    expect(fault({ regions: ['CN-GX', 'XX-1'] })).toEqual(['CAMPAIGN_REGION_UNKNOWN', 'regions.1']);
    expect(fault({ deliveryMonths: ['2027-01', '2027-01'] })).toEqual([
      'CAMPAIGN_MONTH_DUPLICATE',
      'deliveryMonths.1',
    ]);
    expect(fault({ deliveryMonths: ['2026-11'] })).toEqual(['CAMPAIGN_MONTH_PAST', 'deliveryMonths.0']);
    expect(fault({ ladder: [{ minQuantity: t(1), unitPrice: 1n }] })).toEqual([
      'CAMPAIGN_LADDER_FIRST_NOT_ZERO',
      'ladder.0.minQuantity',
    ]);
    expect(SUGAR_LADDER).toHaveLength(3);
  });

  it('has a message in both languages for every code', () => {
    for (const [code, e] of Object.entries(GROUP_BUY_ERRORS)) {
      expect(e.zh, code).toMatch(/\p{Script=Han}/u);
      expect(e.en, code).toMatch(/[a-z]/);
      expect([403, 404, 409, 422]).toContain(e.status);
    }
  });
});

describe('campaign lifecycle', () => {
  const facts = (status: Parameters<typeof campaignTransition>[0]['status']) => ({
    status,
    deadline: hours(48),
  });
  it('opens a seller’s campaign at once, another organiser’s after the seller confirms', () => {
    expect(
      campaignTransition(facts('draft'), { kind: 'publish', sellerOrganised: true }, 'organiser', NOW),
    ).toMatchObject({
      value: { to: 'open' },
    });
    expect(
      campaignTransition(facts('draft'), { kind: 'publish', sellerOrganised: false }, 'organiser', NOW),
    ).toMatchObject({
      value: { to: 'pending_seller', event: 'campaign.pending_seller' },
    });
    expect(campaignTransition(facts('pending_seller'), { kind: 'confirm' }, 'seller', NOW)).toMatchObject({
      value: { to: 'open' },
    });
    expect(campaignTransition(facts('pending_seller'), { kind: 'confirm' }, 'organiser', NOW)).toMatchObject({
      error: { code: 'CAMPAIGN_ACTOR_NOT_ALLOWED' },
    });
  });

  it('settles only at the deadline, by the system, and finishes as the total says', () => {
    expect(campaignTransition(facts('open'), { kind: 'settle' }, 'system', NOW)).toMatchObject({
      error: { code: 'CAMPAIGN_DEADLINE_NOT_REACHED' },
    });
    expect(campaignTransition(facts('open'), { kind: 'settle' }, 'system', hours(48))).toMatchObject({
      value: { to: 'settling' },
    });
    expect(
      campaignTransition(facts('settling'), { kind: 'finish', succeeded: false }, 'system', hours(49)),
    ).toMatchObject({
      value: { to: 'failed' },
    });
    expect(campaignTransition(facts('succeeded'), { kind: 'settle' }, 'system', hours(49))).toMatchObject({
      error: { code: 'CAMPAIGN_TRANSITION_NOT_ALLOWED' },
    });
    // no cancelling once the deadline passed: the settlement decides
    expect(
      campaignTransition(facts('open'), { kind: 'cancel', reason: 'x' }, 'organiser', hours(48)),
    ).toMatchObject({
      error: { code: 'CAMPAIGN_TRANSITION_NOT_ALLOWED' },
    });
  });
});
