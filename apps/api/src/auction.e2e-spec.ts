import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyBidLog } from '@tradeway/server/auction/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';
import { sseClient, until } from './testing/sse';

type Session = { cookies: Record<string, string> };
type Res = Awaited<ReturnType<HttpHarness['app']['inject']>>;
type AuctionBody = {
  id: string;
  number: string;
  side: string;
  status: string;
  reservePrice: string | null;
  myAlias: string | null;
  myRank: number | null;
  myBestPrice: string | null;
  bestPrice: string | null;
  ownerName: string;
  ownerNameEn: string | null;
  ranking: Array<{
    rank: number;
    alias: string;
    price: string | null;
    companyName: string | null;
    companyNameEn: string | null;
  }>;
  currentEnd: string;
  lastSeq: number;
  headHash: string;
};
type Receipt = { seq: number; hash: string; accepted: boolean; code: string | null; myRank: number | null };
type LogBody = {
  head: { seq: number; hash: string };
  entries: Array<{
    auctionId: string;
    seq: number;
    alias: string;
    price: string;
    receivedAt: string;
    outcome: string;
    hash: string;
  }>;
};

const MIN = 60_000;

describe('auctions over HTTP', () => {
  let h: HttpHarness;
  const s = {} as Record<
    'buyer' | 'owner' | 'approver' | 'millA' | 'millB' | 'millC' | 'outsider' | 'otherBuyer',
    Session
  >;
  const id = {} as Record<'buyer' | 'millA' | 'millB' | 'millC' | 'outsider' | 'otherBuyer', string>;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, as: Session | null, payload?: object) =>
    h.app.inject({ method, url, payload, ...(as ?? {}) });
  const ok = async <T>(res: Res, status = 200): Promise<T> => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as T;
  };
  const fieldOf = (res: Res) =>
    (res.json() as { data?: { fields?: Array<{ path: string }> } }).data?.fields?.[0]?.path;

  const input = (over: Record<string, unknown> = {}) => ({
    direction: 'reverse',
    visibility: 'rank_only',
    title: '一级白砂糖 500 吨 反向竞价',
    quantity: '500',
    unit: 't',
    deliveryRegion: 'CN-SD',
    deliveryDate: '2027-01-15',
    paymentTerm: 'net30',
    openingPrice: '6000',
    reservePrice: '5850',
    lastPrice: '5950',
    minStep: { kind: 'absolute', amount: '10' },
    maxStep: { kind: 'absolute', amount: '300' },
    startsAt: new Date(Date.now() + 10 * MIN).toISOString(),
    endsAt: new Date(Date.now() + 70 * MIN).toISOString(),
    participantIds: [id.millA, id.millB, id.millC],
    ...over,
  });
  /** A scheduled auction that started a minute ago (the clock moved for the test). */
  const running = async (over: Record<string, unknown> = {}) => {
    const a = await ok<AuctionBody>(await call('POST', '/api/auctions', s.buyer, input(over)), 201);
    await ok(await call('POST', `/api/auctions/${a.id}/schedule`, s.buyer));
    await h.db.prisma.auction.update({ where: { id: a.id }, data: { startsAt: new Date(Date.now() - MIN) } });
    return a;
  };
  const bid = (auctionId: string, as: Session, price: string) =>
    call('POST', `/api/auctions/${auctionId}/bids`, as, { price });

  const sse = sseClient(() => h);
  /** Opens the live view of an auction as `who` and collects its events (id and data) as they come. */
  const liveOf = async (auctionId: string, who: keyof typeof s, lastEventId?: string) => {
    const { status, stream } = await sse.open(`/api/auctions/${auctionId}/live`, s[who], lastEventId);
    expect(status).toBe(200);
    return stream;
  };
  afterEach(() => sse.stopAll());

  beforeAll(async () => {
    h = await httpHarness({ RATE_LIMIT_FACTOR: '10' });
    const buyer = await h.make.company(['buyer'], { name: '华鑫食品', nameEn: 'Huaxin Food' });
    const otherBuyer = await h.make.company(['buyer'], { name: '林木家具' });
    const mills = await Promise.all(
      // 湛江糖厂 has no English name
      (
        [
          ['桂糖', 'Guitang Sugar'],
          ['南宁糖业', 'Nanning Sugar'],
          ['湛江糖厂', undefined],
          ['无关糖厂', 'Unrelated Sugar'],
        ] as const
      ).map(([name, nameEn]) => h.make.company(['seller'], { name, nameEn })),
    );
    Object.assign(id, {
      buyer: buyer.id,
      otherBuyer: otherBuyer.id,
      millA: mills[0]?.id,
      millB: mills[1]?.id,
      millC: mills[2]?.id,
      outsider: mills[3]?.id,
    });
    const people = [
      ['buyer', buyer.id, 'purchaser'],
      ['owner', buyer.id, 'owner'],
      ['approver', buyer.id, 'approver'],
      ['millA', id.millA, 'sales'],
      ['millB', id.millB, 'sales'],
      ['millC', id.millC, 'sales'],
      ['outsider', id.outsider, 'sales'],
      ['otherBuyer', otherBuyer.id, 'purchaser'],
    ] as const;
    for (const [who, company, role] of people) {
      await h.make.member(company, role, `${who.toLowerCase()}@auction.test`);
      s[who] = await h.signIn(`${who.toLowerCase()}@auction.test`);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses bad configurations with the field at fault, and creates nothing', async () => {
    const before = await h.db.prisma.auction.count();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ openingPrice: '6000.12345' }, 400, 'openingPrice'],
      [{ endsAt: new Date(Date.now() + 5 * MIN).toISOString() }, 422, 'endsAt'],
      [{ hardStopAt: new Date(Date.now() + 60 * MIN).toISOString() }, 422, 'hardStopAt'],
      [{ maxStep: { kind: 'absolute', amount: '5' } }, 422, 'maxStep'],
      [{ direction: 'forward' }, 422, 'direction'],
      [{ participantIds: [id.millA, id.otherBuyer] }, 422, 'participantIds.1'],
      [{ participantIds: [] }, 400, 'participantIds'],
      [{ minStep: { kind: 'percent', bps: 0 } }, 400, 'minStep.bps'],
    ];
    for (const [over, status, field] of cases) {
      const res = await call('POST', '/api/auctions', s.buyer, input(over));
      expect(res.statusCode, `${JSON.stringify(over)} ${res.body}`).toBe(status);
      expect(fieldOf(res)).toBe(field);
    }
    expect((await call('POST', '/api/auctions', s.millA, input())).statusCode).toBe(403);
    expect(await h.db.prisma.auction.count()).toBe(before);
  });

  it('keeps a draft to its owner, then judges bids by the server clock and shows each side what it may see', async () => {
    const draft = await ok<AuctionBody>(await call('POST', '/api/auctions', s.buyer, input()), 201);
    expect(draft).toMatchObject({ status: 'draft', side: 'owner', reservePrice: '5850.0000', lastSeq: 0 });
    // a draft does not exist for the invited mills yet, nor can they bid in it
    expect((await call('GET', `/api/auctions/${draft.id}`, s.millA)).statusCode).toBe(404);
    expect((await bid(draft.id, s.millA, '5990')).statusCode).toBe(404);
    await ok(await call('POST', `/api/auctions/${draft.id}/schedule`, s.buyer));
    // not started yet: refused and recorded
    const early = await ok<Receipt>(await bid(draft.id, s.millA, '5990'));
    expect(early).toMatchObject({ seq: 1, accepted: false, code: 'BID_AUCTION_NOT_RUNNING' });
    await h.db.prisma.auction.update({
      where: { id: draft.id },
      data: { startsAt: new Date(Date.now() - MIN) },
    });

    expect(await ok<Receipt>(await bid(draft.id, s.millA, '5990'))).toMatchObject({
      seq: 2,
      accepted: true,
      myRank: 1,
    });
    expect(await ok<Receipt>(await bid(draft.id, s.millB, '5960'))).toMatchObject({
      accepted: true,
      myRank: 1,
    });
    const tooSmall = await ok<Receipt>(await bid(draft.id, s.millB, '5955'));
    expect(tooSmall).toMatchObject({ accepted: false, code: 'BID_STEP_TOO_SMALL', myRank: 1 });
    const fat = await ok<Receipt & { messageZh: string }>(await bid(draft.id, s.millC, '590'));
    expect(fat).toMatchObject({ accepted: false, code: 'BID_STEP_TOO_LARGE' });
    expect(fat.messageZh).toContain('5700.0000');
    expect(await ok<Receipt>(await bid(draft.id, s.millC, '5980'))).toMatchObject({
      accepted: true,
      myRank: 2,
    });
    expect((await bid(draft.id, s.millA, 'abc')).statusCode).toBe(400);
    // outsiders and other buyers: the auction does not exist
    for (const who of ['outsider', 'otherBuyer'] as const) {
      expect((await bid(draft.id, s[who], '5000')).statusCode).toBe(404);
      expect((await call('GET', `/api/auctions/${draft.id}`, s[who])).statusCode).toBe(404);
      expect((await call('GET', `/api/auctions/${draft.id}/bid-log`, s[who])).statusCode).toBe(404);
    }
    // cancelling: a mill lacks the permission altogether; another buyer does not see the auction
    const cancelBy = async (who: 'outsider' | 'otherBuyer') =>
      (await call('POST', `/api/auctions/${draft.id}/cancel`, s[who], { reason: 'x' })).statusCode;
    expect(await cancelBy('outsider')).toBe(403);
    expect(await cancelBy('otherBuyer')).toBe(404);
    // rank only: a mill sees its rank and its own price, never another's price, nor the reserve
    const millC = await ok<AuctionBody>(await call('GET', `/api/auctions/${draft.id}`, s.millC));
    expect(millC).toMatchObject({
      side: 'bidder',
      myRank: 2,
      myBestPrice: '5980.0000',
      bestPrice: null,
      reservePrice: null,
      ranking: [],
    });
    expect(millC.myAlias).toMatch(/^Supplier [123]$/);
    expect(JSON.stringify(millC)).not.toContain('5960');
    expect(JSON.stringify(millC)).not.toContain('南宁糖业');
    expect(JSON.stringify(millC)).not.toContain('Nanning Sugar');
    // whose auction it is, in both languages
    expect([millC.ownerName, millC.ownerNameEn]).toEqual(['华鑫食品', 'Huaxin Food']);
    // the owner sees the whole ranking with names
    const mine = await ok<AuctionBody>(await call('GET', `/api/auctions/${draft.id}`, s.buyer));
    expect(mine.ranking.map((r) => [r.rank, r.companyName, r.companyNameEn, r.price])).toEqual([
      [1, '南宁糖业', 'Nanning Sugar', '5960.0000'],
      [2, '湛江糖厂', null, '5980.0000'],
      [3, '桂糖', 'Guitang Sugar', '5990.0000'],
    ]);
    expect(mine.bestPrice).toBe('5960.0000');
    // the log is for after the end
    const notYet = await call('GET', `/api/auctions/${draft.id}/bid-log`, s.millA);
    expect(notYet.statusCode).toBe(409);
    // a bidder may not cancel; the owner needs a reason once scheduled
    expect(
      (await call('POST', `/api/auctions/${draft.id}/cancel`, s.millA, { reason: 'x' })).statusCode,
    ).toBe(403);
    const noReason = await call('POST', `/api/auctions/${draft.id}/cancel`, s.buyer, {});
    expect(noReason.statusCode).toBe(422);
    expect(fieldOf(noReason)).toBe('reason');
  });

  it('best price: everyone sees the best price anonymised; sealed: nothing before the end, not even the owner', async () => {
    const open = await running({ visibility: 'best_price' });
    await ok(await bid(open.id, s.millA, '5900'));
    const b = await ok<AuctionBody>(await call('GET', `/api/auctions/${open.id}`, s.millB));
    expect(b).toMatchObject({ bestPrice: '5900.0000', myRank: null, myBestPrice: null, ranking: [] });
    // in best-price mode a bid must beat the best, not only its own
    expect(await ok<Receipt>(await bid(open.id, s.millB, '5895'))).toMatchObject({
      code: 'BID_STEP_TOO_SMALL',
    });

    const sealed = await running({ visibility: 'sealed' });
    await ok(await bid(sealed.id, s.millA, '5900'));
    await ok(await bid(sealed.id, s.millB, '5800'));
    for (const who of ['millA', 'millB', 'buyer'] as const) {
      const view = await ok<AuctionBody>(await call('GET', `/api/auctions/${sealed.id}`, s[who]));
      expect(view, who).toMatchObject({ bestPrice: null, myRank: null, ranking: [] });
    }
    // after the end the owner sees the ranking and a bidder its rank
    await h.db.prisma.auction.update({
      where: { id: sealed.id },
      data: { currentEnd: new Date(Date.now() - 1000) },
    });
    const after = await ok<AuctionBody>(await call('GET', `/api/auctions/${sealed.id}`, s.buyer));
    expect(after.ranking.map((r) => r.price)).toEqual(['5800.0000', '5900.0000']);
    expect((await ok<AuctionBody>(await call('GET', `/api/auctions/${sealed.id}`, s.millA))).myRank).toBe(2);
    // and no bid is taken once the end has passed, whatever the status says
    expect(await ok<Receipt>(await bid(sealed.id, s.millC, '5000'))).toMatchObject({
      code: 'BID_AUCTION_ENDED',
    });
  });

  it('after the end, the owner and every participant download a log that verifies; a tampered row is named', async () => {
    const a = await running({ visibility: 'best_price' });
    const receipts: Receipt[] = [];
    for (const [who, price] of [
      ['millA', '5990'],
      ['millB', '5980'],
      ['millC', '5985'],
      ['millA', '5970'],
    ] as const) {
      receipts.push(await ok<Receipt>(await bid(a.id, s[who], price)));
    }
    await h.db.prisma.auction.update({
      where: { id: a.id },
      data: { currentEnd: new Date(Date.now() - 1000) },
    });
    for (const who of ['buyer', 'millA', 'millB', 'millC'] as const) {
      const log = await ok<LogBody>(await call('GET', `/api/auctions/${a.id}/bid-log`, s[who]));
      expect(log.entries.map((e) => [e.seq, e.price, e.outcome])).toEqual([
        [1, '5990.0000', 'accepted'],
        [2, '5980.0000', 'accepted'],
        [3, '5985.0000', 'BID_STEP_TOO_SMALL'],
        [4, '5970.0000', 'accepted'],
      ]);
      expect(JSON.stringify(log)).not.toMatch(/桂糖|南宁糖业|湛江糖厂/);
      const anchors = receipts.map((r) => ({ seq: r.seq, hash: r.hash }));
      expect(verifyBidLog(a.id, log.entries, [...anchors, log.head])).toMatchObject({ ok: true, entries: 4 });
    }
    const clean = await ok<LogBody>(await call('GET', `/api/auctions/${a.id}/bid-log`, s.millA));
    // someone with database access changes bid 2 behind the trigger's back: the log names it
    await h.db.prisma.$executeRawUnsafe('ALTER TABLE auction_bids DISABLE TRIGGER auction_bids_immutable');
    await h.db.prisma
      .$executeRaw`UPDATE auction_bids SET price = 5000 WHERE "auctionId" = ${a.id}::uuid AND seq = 2`;
    await h.db.prisma.$executeRawUnsafe('ALTER TABLE auction_bids ENABLE TRIGGER auction_bids_immutable');
    const tampered = await ok<LogBody>(await call('GET', `/api/auctions/${a.id}/bid-log`, s.millC));
    expect(verifyBidLog(a.id, tampered.entries)).toEqual({ ok: false, seq: 2, problem: 'hash_mismatch' });
    // the command anyone can run on the downloaded file says the same
    const dir = mkdtempSync(path.join(tmpdir(), 'tw-bidlog-'));
    try {
      const file = path.join(dir, 'log.json');
      const verify = () =>
        spawnSync('npm', ['run', '--silent', 'verify:bid-log', '--', file], {
          encoding: 'utf8',
          cwd: process.cwd(),
        });
      writeFileSync(file, JSON.stringify(tampered));
      const bad = verify();
      expect(bad.status, bad.stderr).toBe(1);
      expect(bad.stderr).toContain('does NOT verify at bid 2');
      writeFileSync(file, JSON.stringify(clean));
      const good = verify();
      expect(good.status, good.stderr).toBe(0);
      expect(good.stdout).toContain('verifies — 4 bids');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the auctions a company runs or is invited to, never a draft of someone else', async () => {
    const listed = async (who: keyof typeof s) =>
      (
        await ok<{ items: Array<{ id: string; side: string }> }>(
          await call('GET', '/api/auctions?pageSize=100', s[who]),
        )
      ).items;
    const draft = await ok<AuctionBody>(await call('POST', '/api/auctions', s.buyer, input()), 201);
    expect((await listed('buyer')).find((a) => a.id === draft.id)?.side).toBe('owner');
    expect((await listed('millA')).map((a) => a.id)).not.toContain(draft.id);
    await ok(await call('POST', `/api/auctions/${draft.id}/schedule`, s.buyer));
    expect((await listed('millA')).find((a) => a.id === draft.id)?.side).toBe('bidder');
    expect((await listed('outsider')).map((a) => a.id)).not.toContain(draft.id);
    expect((await listed('otherBuyer')).map((a) => a.id)).not.toContain(draft.id);
  });

  it('pushes each viewer what it may see, live, and a reconnection starts again from the state as it is', async () => {
    const a = await running({ visibility: 'rank_only' });
    const owner = await liveOf(a.id, 'buyer');
    const millA = await liveOf(a.id, 'millA');
    const millB = await liveOf(a.id, 'millB');
    await until(() => [owner, millA, millB].every((w) => w.events.length === 1));
    expect(millA.events[0]).toMatchObject({ id: '0', lastSeq: 0, myRank: null, status: 'scheduled' });

    await ok(await bid(a.id, s.millA, '5990'));
    await until(() => [owner, millA, millB].every((w) => w.events.some((e) => e['lastSeq'] === 1)));
    expect(owner.events.at(-1)).toMatchObject({ id: '1', ranking: [{ rank: 1, price: '5990.0000' }] });
    expect(millA.events.at(-1)).toMatchObject({ myRank: 1, myBestPrice: '5990.0000', bestPrice: null });
    expect(millB.events.at(-1)).toMatchObject({
      myRank: null,
      myBestPrice: null,
      bestPrice: null,
      ranking: [],
    });

    await ok(await bid(a.id, s.millB, '5980'));
    await until(() => millA.events.some((e) => e['lastSeq'] === 2));
    expect(millA.events.at(-1)).toMatchObject({
      id: '2',
      myRank: 2,
      myBestPrice: '5990.0000',
      bestPrice: null,
    });
    // nothing A was sent names B's price or company
    expect(JSON.stringify(millA.events)).not.toMatch(/5980|南宁糖业/);
    await until(() => millB.events.some((e) => e['lastSeq'] === 2));
    expect(millB.events.at(-1)).toMatchObject({ myRank: 1, myBestPrice: '5980.0000' });

    // a reconnection after event 1 starts with the state as it is (seq 2): nothing is missed
    millA.stop();
    const again = await liveOf(a.id, 'millA', '1');
    await until(() => again.events.length >= 1);
    expect(again.events[0]).toMatchObject({ id: '2', lastSeq: 2, myRank: 2 });
    // an outsider gets no stream
    expect((await sse.open(`/api/auctions/${a.id}/live`, s.outsider)).status).toBe(404);
  });

  it('awards a closed auction through the approval policy, not necessarily to the best bid, and places the order', async () => {
    const a = await running({ visibility: 'rank_only' });
    await ok(await bid(a.id, s.millA, '5900'));
    await ok(await bid(a.id, s.millB, '5880'));
    const award = (companyId: string, by: Session = s.buyer) =>
      call('POST', `/api/auctions/${a.id}/award`, by, {
        companyId,
        justification: '南宁糖业交期不满足，授予桂糖',
      });
    // not before the close
    expect((await award(id.millA)).statusCode).toBe(409);
    await h.db.prisma.auction.update({
      where: { id: a.id },
      data: { currentEnd: new Date(Date.now() - 1000) },
    });
    await h.db.prisma.auction.update({
      where: { id: a.id },
      data: { status: 'closed', version: { increment: 1 } },
    });
    // a participant without a bid, a mill, another buyer: refused
    const noBid = await award(id.millC);
    expect(noBid.statusCode).toBe(422);
    expect(fieldOf(noBid)).toBe('companyId');
    expect((await award(id.millA, s.millA)).statusCode).toBe(403);
    expect((await award(id.millA, s.otherBuyer)).statusCode).toBe(404);
    // the result report: ranking, savings against the opening (6 000) and the last price (5 950) on 500 t
    const result = await ok<{
      ranking: Array<{ companyName: string; price: string }>;
      bids: { total: number; accepted: number };
      reserveMet: boolean | null;
      vsOpening: { perUnit: string; totalMinor: string; bps: number };
      vsLastPrice: { perUnit: string; totalMinor: string; bps: number };
      curve: Array<{ price: string }>;
    }>(await call('GET', `/api/auctions/${a.id}/result`, s.buyer));
    expect(result.ranking.map((r) => [r.companyName, r.price])).toEqual([
      ['南宁糖业', '5880.0000'],
      ['桂糖', '5900.0000'],
    ]);
    expect(result).toMatchObject({
      bids: { total: 2, accepted: 2 },
      reserveMet: false, // 5 850 was the reserve
      vsOpening: { perUnit: '120.0000', totalMinor: '6000000', bps: 200 },
      vsLastPrice: { perUnit: '70.0000', totalMinor: '3500000', bps: 118 },
    });
    expect(result.curve.map((c) => c.price)).toEqual(['5900.0000', '5880.0000']);
    expect((await call('GET', `/api/auctions/${a.id}/result`, s.millA)).statusCode).toBe(403);

    // the award passes the owner's policy: one approval by the approver
    await ok(
      await call('POST', '/api/approval/policies', s.owner, {
        subjectType: 'auction_award',
        name: '竞价授标',
        priority: 1,
        levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
      }),
      201,
    );
    const pending = await ok<AuctionBody & { award: { status: string; price: string } }>(
      await award(id.millA),
    );
    expect(pending).toMatchObject({
      status: 'closed',
      award: {
        status: 'pending_approval',
        price: '5900.0000',
        companyName: '桂糖',
        companyNameEn: 'Guitang Sugar',
      },
    });
    expect(await h.db.prisma.order.count({ where: { sourceId: a.id } })).toBe(0);
    const again = await award(id.millB);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'AUCTION_AWARD_PENDING' });
    // nor can the auction be cancelled under the pending award
    const cancel = await call('POST', `/api/auctions/${a.id}/cancel`, s.buyer, { reason: '取消' });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json()).toMatchObject({ code: 'AUCTION_AWARD_PENDING' });
    const row = await h.db.prisma.auctionAward.findFirstOrThrow({ where: { auctionId: a.id } });
    // the winner's live view hears the award decided in the approvals inbox, without reconnecting
    const live = await liveOf(a.id, 'millA');
    await until(() => live.events.length === 1);
    expect(live.events[0]).toMatchObject({ status: 'closed' });
    await ok(
      await call('POST', `/api/approval/requests/${row.approvalRequestId}/decisions`, s.approver, {
        decision: 'approve',
        comment: '同意',
      }),
    );
    const awarded = await ok<AuctionBody & { award: { status: string; orderId: string } }>(
      await call('GET', `/api/auctions/${a.id}`, s.buyer),
    );
    expect(awarded).toMatchObject({ status: 'awarded', award: { status: 'approved' } });
    await until(() => live.events.some((e) => e['status'] === 'awarded'));
    const order = await h.db.prisma.order.findUniqueOrThrow({
      where: { id: awarded.award.orderId },
      include: { lines: true },
    });
    // 500 t × 5 900 = 2 950 000.00 net, 13 % VAT
    expect(order).toMatchObject({
      source: 'auction_award',
      buyerId: id.buyer,
      sellerId: id.millA,
      netMinor: 295_000_000n,
      taxMinor: 38_350_000n,
      status: 'placed',
    });
    // the winner sees its award and order; the others do not
    const winner = await ok<
      AuctionBody & {
        award: { orderId: string; companyName: string | null; companyNameEn: string | null } | null;
      }
    >(await call('GET', `/api/auctions/${a.id}`, s.millA));
    expect(winner.award?.orderId).toBe(order.id);
    // the winner is not told its own name back: the names are the owner's view
    expect([winner.award?.companyName, winner.award?.companyNameEn]).toEqual([null, null]);
    const loser = await ok<AuctionBody & { award: unknown }>(
      await call('GET', `/api/auctions/${a.id}`, s.millB),
    );
    expect(loser.award).toBeNull();
    expect((await call('GET', `/api/orders/${order.id}`, s.millA)).statusCode).toBe(200);
    expect((await call('GET', `/api/orders/${order.id}`, s.millB)).statusCode).toBe(404);
  });

  it('the owner suspends a participant, whose bids are then refused and recorded, and reinstates it', async () => {
    const a = await running({ visibility: 'rank_only' });
    const set = (companyId: string, status: 'invited' | 'suspended', by: Session = s.buyer) =>
      call('PUT', `/api/auctions/${a.id}/participants/${companyId}`, by, { status, reason: '资质复核中' });
    await ok(await set(id.millB, 'suspended'));
    expect(await ok<Receipt>(await bid(a.id, s.millB, '5900'))).toMatchObject({
      accepted: false,
      code: 'BID_BIDDER_SUSPENDED',
    });
    expect(await ok<Receipt>(await bid(a.id, s.millA, '5950'))).toMatchObject({ accepted: true });
    await ok(await set(id.millB, 'invited'));
    expect(await ok<Receipt>(await bid(a.id, s.millB, '5900'))).toMatchObject({ accepted: true, myRank: 1 });
    // not a participant: 404 on the company; a mill may not; the reason is required
    const stranger = await set(id.outsider, 'suspended');
    expect(stranger.statusCode).toBe(404);
    expect(fieldOf(stranger)).toBe('companyId');
    expect((await set(id.millA, 'suspended', s.millA)).statusCode).toBe(403);
    const noReason = await call('PUT', `/api/auctions/${a.id}/participants/${id.millA}`, s.buyer, {
      status: 'suspended',
    });
    expect(noReason.statusCode).toBe(400);
    expect(fieldOf(noReason)).toBe('reason');
    const audit = await h.db.prisma.auditEntry.findMany({
      where: { subjectId: a.id, action: 'auction.participant' },
    });
    expect(audit.map((e) => (e.after as { status: string }).status)).toEqual(['suspended', 'invited']);
  });
});
