/**
 * Verifies a downloaded auction bid log (DESIGN.md §6): recomputes every hash of the chain and
 * checks it against the head the platform recorded and against the receipts a bidder kept.
 * Anyone can run it on their own machine: it needs only the file.
 *
 * Usage: npm run verify:bid-log -- <log.json> [receipts.json]
 *   log.json       what GET /api/auctions/{id}/bid-log returned
 *   receipts.json  optional: [{ "seq": 12, "hash": "…" }, …] as the bid answers gave them
 * Exit code 0 when the log verifies, 1 when it does not (the first bad sequence number is
 * printed), 2 for a file that is not a bid log.
 */
import { readFileSync } from 'node:fs';
import { verifyBidLog, type BidLogAnchor, type BidLogEntry } from '@tradeway/server/auction/domain';

interface LogFile {
  auctionId: string;
  number?: string;
  head: BidLogAnchor;
  entries: BidLogEntry[];
}

function read<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const [logPath, receiptsPath] = process.argv.slice(2);
if (!logPath) {
  console.error('usage: npm run verify:bid-log -- <log.json> [receipts.json]');
  process.exit(2);
}
let log: LogFile;
let receipts: BidLogAnchor[] = [];
try {
  log = read<LogFile>(logPath);
  if (receiptsPath) receipts = read<BidLogAnchor[]>(receiptsPath);
  if (typeof log.auctionId !== 'string' || !Array.isArray(log.entries) || !log.head)
    throw new Error('not a bid log');
} catch (e) {
  console.error(`${logPath}: ${(e as Error).message}`);
  process.exit(2);
}
const anchors = log.head.seq > 0 ? [...receipts, log.head] : receipts;
const verdict = verifyBidLog(log.auctionId, log.entries, anchors);
const name = log.number ?? log.auctionId;
if (verdict.ok) {
  console.log(`${name}: the bid log verifies — ${verdict.entries} bids, head ${verdict.head}`);
  process.exit(0);
}
const why = {
  hash_mismatch:
    'its hash is not the hash of its contents after the bid before it (altered, or the chain was broken before it)',
  sequence_gap: 'the sequence jumps here (a bid removed or inserted)',
  wrong_auction: 'it belongs to another auction',
  anchor_mismatch: 'its hash differs from the one the bidder was given (or the recorded head)',
  truncated: 'the log ends before a bid the bidder was given (or the recorded head)',
}[verdict.problem];
console.error(`${name}: the bid log does NOT verify at bid ${verdict.seq}: ${why}`);
process.exit(1);
