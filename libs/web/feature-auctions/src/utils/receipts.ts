import type { KeptReceipt } from '../data/types';

/**
 * The bidder's receipts of an auction, kept in the browser (localStorage) so that after the
 * close they can be downloaded with the bid log and checked against it:
 * `npm run verify:bid-log -- log.json receipts.json` (each receipt's `seq` and `hash` are
 * anchors: a log rewritten or cut after the fact no longer matches them).
 */
export const receiptsKey = (auctionId: string) => `tradeway.auction.${auctionId}.receipts`;

const isReceipt = (r: unknown): r is KeptReceipt =>
  typeof r === 'object' &&
  r !== null &&
  typeof (r as KeptReceipt).seq === 'number' &&
  typeof (r as KeptReceipt).hash === 'string' &&
  typeof (r as KeptReceipt).accepted === 'boolean';

/** The receipts kept for an auction, in sequence order; nothing when the storage holds none (or garbage). */
export function readReceipts(storage: Storage, auctionId: string): KeptReceipt[] {
  try {
    const raw = storage.getItem(receiptsKey(auctionId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isReceipt).sort((a, b) => a.seq - b.seq) : [];
  } catch {
    return [];
  }
}

/** The receipts with one more (a receipt of the same sequence number replaced), in sequence order. */
export function withReceipt(receipts: readonly KeptReceipt[], receipt: KeptReceipt): KeptReceipt[] {
  return [...receipts.filter((r) => r.seq !== receipt.seq), receipt].sort((a, b) => a.seq - b.seq);
}

/** Keeps the receipts; a full or refused storage loses nothing on the page (the table keeps them). */
export function writeReceipts(storage: Storage, auctionId: string, receipts: readonly KeptReceipt[]): void {
  try {
    storage.setItem(receiptsKey(auctionId), JSON.stringify(receipts));
  } catch {
    // private mode or quota: the receipts stay on the page until it is left
  }
}

/** `a3f9c2e1…7b04`: enough of a hash to compare by eye. */
export const shortHash = (hash: string) =>
  hash.length > 16 ? `${hash.slice(0, 10)}…${hash.slice(-4)}` : hash;
