import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalEntry,
  chainEntries,
  entryHash,
  genesisHash,
  verifyBidLog,
  type BidLogEntry,
  type BidLogFacts,
} from './bid-log';

const AUCTION = '7b0c2f8e-5d1a-4c3e-9f6b-2a8d4e1c0b9f';
const facts = (seq: number, alias: string, price: string, outcome = 'accepted'): BidLogFacts => ({
  auctionId: AUCTION,
  seq,
  alias,
  price,
  receivedAt: new Date(Date.UTC(2026, 11, 1, 2, 0, seq)).toISOString(),
  outcome,
});
const log = (n: number) =>
  chainEntries(
    AUCTION,
    Array.from({ length: n }, (_, i) =>
      facts(
        i + 1,
        `Supplier ${(i % 3) + 1}`,
        `${6000 - 10 * i}.0000`,
        i % 4 === 3 ? 'BID_STEP_TOO_SMALL' : 'accepted',
      ),
    ),
  );

describe('the hash-chained bid log', () => {
  it('chains each entry to the previous one from a per-auction genesis', () => {
    const [first, second] = log(2) as [BidLogEntry, BidLogEntry];
    expect(canonicalEntry(first)).toBe(`${AUCTION}|1|Supplier 1|6000.0000|2026-12-01T02:00:01.000Z|accepted`);
    expect(first.hash).toBe(entryHash(genesisHash(AUCTION), first));
    expect(second.hash).toBe(entryHash(first.hash, second));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(genesisHash(AUCTION)).not.toBe(genesisHash('another-auction'));
  });

  it('verifies an untouched log and gives its head', () => {
    const entries = log(12);
    expect(verifyBidLog(AUCTION, entries)).toEqual({ ok: true, entries: 12, head: entries[11]?.hash });
    expect(verifyBidLog(AUCTION, [])).toEqual({ ok: true, entries: 0, head: genesisHash(AUCTION) });
  });

  it('names the first bid that was altered, inserted or removed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.nat(),
        fc.constantFrom('price', 'alias', 'receivedAt', 'outcome', 'hash'),
        (n, pick, field) => {
          const entries = log(n);
          const i = pick % n;
          const target = entries[i] as BidLogEntry;
          // altered: any field of one row
          const altered = entries.map((e, k) =>
            k !== i
              ? e
              : {
                  ...e,
                  [field]:
                    field === 'price'
                      ? '1.0000'
                      : field === 'alias'
                        ? 'Supplier 9'
                        : field === 'receivedAt'
                          ? '2026-12-01T01:59:59.000Z'
                          : field === 'outcome'
                            ? 'BID_AUCTION_ENDED'
                            : '0'.repeat(64),
                },
          );
          expect(verifyBidLog(AUCTION, altered)).toEqual({
            ok: false,
            seq: target.seq,
            problem: 'hash_mismatch',
          });
          // removed: one row taken out
          const removed = entries.filter((_, k) => k !== i);
          const verdict = verifyBidLog(AUCTION, removed);
          if (i === n - 1) {
            // the tail: the chain alone cannot tell, the head a bidder holds can
            expect(verdict.ok).toBe(true);
            expect(verifyBidLog(AUCTION, removed, [{ seq: target.seq, hash: target.hash }])).toEqual({
              ok: false,
              seq: target.seq,
              problem: 'truncated',
            });
          } else {
            expect(verdict).toEqual({ ok: false, seq: target.seq, problem: 'sequence_gap' });
          }
          // inserted: a forged bid slipped in before row i, with a seq and a hash of its own
          const forged: BidLogEntry = { ...target, alias: 'Supplier 7', price: '1.0000', hash: target.hash };
          const inserted = [...entries.slice(0, i), forged, ...entries.slice(i)];
          expect(verifyBidLog(AUCTION, inserted)).toMatchObject({ ok: false, seq: target.seq });
        },
      ),
    );
  });

  it('catches a rewritten chain by the hashes bidders were shown', () => {
    const entries = log(6);
    const receipt = { seq: 3, hash: (entries[2] as BidLogEntry).hash };
    // the operator rewrites bid 3 and recomputes every hash from there: the chain is consistent …
    const rewritten = chainEntries(
      AUCTION,
      entries.map((e) => (e.seq === 3 ? { ...e, price: '5000.0000' } : e)),
    );
    expect(verifyBidLog(AUCTION, rewritten).ok).toBe(true);
    // … but the receipt bidder 3 holds no longer matches
    expect(verifyBidLog(AUCTION, rewritten, [receipt])).toEqual({
      ok: false,
      seq: 3,
      problem: 'anchor_mismatch',
    });
  });

  it('refuses entries of another auction', () => {
    const entries = log(3);
    const mixed = entries.map((e) => (e.seq === 2 ? { ...e, auctionId: 'other' } : e));
    expect(verifyBidLog(AUCTION, mixed)).toEqual({ ok: false, seq: 2, problem: 'wrong_auction' });
  });
});
