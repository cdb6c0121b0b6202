import {
  judgeBid,
  openingState,
  type AuctionLiveState,
  type AuctionRules,
  type AuctionStatus,
  type BidAttempt,
  type BidOutcome,
} from './bid-rules';

/** A recorded attempt as the log holds it: what came in, and what was decided. */
export interface RecordedAttempt extends BidAttempt {
  readonly seq: number;
  /** `accepted`, or the refusal's code. */
  readonly outcome: string;
}

export type ReplayVerdict =
  | { readonly ok: true; readonly state: AuctionLiveState; readonly outcomes: BidOutcome[] }
  | { readonly ok: false; readonly seq: number; readonly recorded: string; readonly replayed: string };

/**
 * Replays recorded attempts, in sequence order, through the pure rules from the opening state
 * and compares every decision with the recorded one: the proof that what the database holds
 * is what the rules decide (the concurrency tests and the audit use it). `status` is the
 * auction's status while bids came in.
 */
export function replayBids(
  rules: AuctionRules,
  attempts: readonly RecordedAttempt[],
  status: AuctionStatus = 'running',
): ReplayVerdict {
  let state = openingState(rules, status);
  const outcomes: BidOutcome[] = [];
  for (const attempt of [...attempts].sort((a, b) => a.seq - b.seq)) {
    const outcome = judgeBid(rules, state, attempt);
    const decided = outcome.accepted ? 'accepted' : outcome.error.code;
    if (outcome.seq !== attempt.seq || decided !== attempt.outcome) {
      return { ok: false, seq: attempt.seq, recorded: attempt.outcome, replayed: decided };
    }
    outcomes.push(outcome);
    state = outcome.state;
  }
  return { ok: true, state, outcomes };
}
