import { createHash } from 'node:crypto';

/**
 * The hash-chained bid log (DESIGN.md §6). Every attempt, accepted or refused, is an entry
 * whose hash covers the previous entry's hash and the entry's own facts:
 *
 *   hash(n) = SHA-256( hash(n−1) ‖ "\n" ‖ canonical(entry n) )      hash(0) = genesis(auction id)
 *
 * where `canonical` is the entry's fields in a fixed order, joined by "|": auction id, seq,
 * bidder alias, price (4 places), receive time (ISO 8601 UTC, milliseconds), outcome
 * (`accepted` or the refusal code). Changing any field of any entry, inserting one or removing
 * one changes every later hash, so a log whose hashes the verifier recomputes tells exactly
 * where it was tampered with. Removing entries at the tail, or rewriting the whole chain,
 * is caught by the head the bidders were shown: each accepted bid's receipt and every live
 * update carry (seq, hash), and the close records the head; `verifyBidLog` checks those too.
 *
 * Bidders appear by alias ("Supplier 3"), never by company: the log can be handed to every
 * participant.
 */

export interface BidLogFacts {
  readonly auctionId: string;
  readonly seq: number;
  /** The bidder's alias in this auction ("Supplier 3", "Buyer 2"). */
  readonly alias: string;
  /** Decimal with exactly 4 places. */
  readonly price: string;
  /** ISO 8601 UTC with milliseconds. */
  readonly receivedAt: string;
  /** `accepted`, or the refusal's code. */
  readonly outcome: string;
}

export interface BidLogEntry extends BidLogFacts {
  /** Lower-case hex SHA-256. */
  readonly hash: string;
}

/** The hash before the first entry: fixed per auction, so two auctions' chains never mix. */
export function genesisHash(auctionId: string): string {
  return createHash('sha256').update(`tradeway-bid-log|${auctionId}`).digest('hex');
}

export function canonicalEntry(facts: BidLogFacts): string {
  return [facts.auctionId, facts.seq, facts.alias, facts.price, facts.receivedAt, facts.outcome].join('|');
}

export function entryHash(previousHash: string, facts: BidLogFacts): string {
  return createHash('sha256')
    .update(`${previousHash}\n${canonicalEntry(facts)}`)
    .digest('hex');
}

/** Chains entries in order (the first after the genesis hash). */
export function chainEntries(
  auctionId: string,
  entries: readonly BidLogFacts[],
  previous = genesisHash(auctionId),
): BidLogEntry[] {
  let last = previous;
  return entries.map((facts) => {
    last = entryHash(last, facts);
    return { ...facts, hash: last };
  });
}

export type BidLogProblem =
  /** An entry's hash is not the hash of its facts after the previous entry: altered, or something before it changed. */
  | 'hash_mismatch'
  /** The sequence numbers do not run 1, 2, 3 … (an entry removed or inserted). */
  | 'sequence_gap'
  /** An entry of another auction. */
  | 'wrong_auction'
  /** A (seq, hash) a bidder holds, or the recorded head, does not match the log. */
  | 'anchor_mismatch'
  /** The log ends before a (seq, hash) a bidder holds or the recorded head. */
  | 'truncated';

export type BidLogVerdict =
  | { readonly ok: true; readonly entries: number; readonly head: string }
  | { readonly ok: false; readonly seq: number; readonly problem: BidLogProblem };

export interface BidLogAnchor {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Verifies a downloaded log: recomputes every hash from the genesis, checks the sequence,
 * then the anchors (receipts, live updates, the recorded head). The verdict names the first
 * sequence number at which the log is wrong.
 */
export function verifyBidLog(
  auctionId: string,
  entries: readonly BidLogEntry[],
  anchors: readonly BidLogAnchor[] = [],
): BidLogVerdict {
  let previous = genesisHash(auctionId);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as BidLogEntry;
    const expectedSeq = i + 1;
    if (entry.auctionId !== auctionId) return { ok: false, seq: entry.seq, problem: 'wrong_auction' };
    if (entry.seq !== expectedSeq) return { ok: false, seq: expectedSeq, problem: 'sequence_gap' };
    if (entryHash(previous, entry) !== entry.hash)
      return { ok: false, seq: entry.seq, problem: 'hash_mismatch' };
    previous = entry.hash;
  }
  for (const anchor of [...anchors].sort((a, b) => a.seq - b.seq)) {
    const entry = entries[anchor.seq - 1];
    if (!entry) return { ok: false, seq: anchor.seq, problem: 'truncated' };
    if (entry.hash !== anchor.hash) return { ok: false, seq: anchor.seq, problem: 'anchor_mismatch' };
  }
  return { ok: true, entries: entries.length, head: previous };
}
