import { useCallback, useEffect, useState } from 'react';
import type { KeptReceipt } from '../data/types';
import { readReceipts, withReceipt, writeReceipts } from '../utils/receipts';

/**
 * The bidder's receipts of an auction, kept in this browser (see utils/receipts.ts). The
 * console using it is keyed by the auction, so one auction's receipts never show in another.
 */
export function useReceipts(auctionId: string) {
  const [receipts, setReceipts] = useState(() => readReceipts(localStorage, auctionId));
  useEffect(() => writeReceipts(localStorage, auctionId, receipts), [auctionId, receipts]);
  const add = useCallback((receipt: KeptReceipt) => setReceipts((prev) => withReceipt(prev, receipt)), []);
  return { receipts, add };
}
