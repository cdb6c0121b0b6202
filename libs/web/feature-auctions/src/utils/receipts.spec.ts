import { describe, expect, it } from 'vitest';
import type { KeptReceipt } from '../data/types';
import { readReceipts, receiptsKey, shortHash, withReceipt, writeReceipts } from './receipts';

const receipt = (seq: number, over: Partial<KeptReceipt> = {}): KeptReceipt => ({
  seq,
  hash: `${seq}`.repeat(64).slice(0, 64),
  receivedAt: '2026-11-26T08:00:00.000Z',
  accepted: true,
  code: null,
  message: null,
  messageZh: null,
  myRank: 1,
  currentEnd: '2026-11-26T09:00:00.000Z',
  extended: false,
  price: '5990',
  ...over,
});

describe('the bidder’s receipts', () => {
  it('are kept per auction, in sequence order, a receipt of the same sequence replaced', () => {
    const kept = withReceipt(withReceipt([receipt(7)], receipt(3)), receipt(7, { price: '5980' }));
    expect(kept.map((r) => [r.seq, r.price])).toEqual([
      [3, '5990'],
      [7, '5980'],
    ]);
    writeReceipts(localStorage, 'a1', kept);
    expect(readReceipts(localStorage, 'a1')).toEqual(kept);
    expect(readReceipts(localStorage, 'a2')).toEqual([]);
  });

  it('ignore what is not a list of receipts', () => {
    localStorage.setItem(receiptsKey('a1'), '{not json');
    expect(readReceipts(localStorage, 'a1')).toEqual([]);
    localStorage.setItem(receiptsKey('a1'), JSON.stringify([{ seq: 'x' }, receipt(2)]));
    expect(readReceipts(localStorage, 'a1').map((r) => r.seq)).toEqual([2]);
  });

  it('shorten a hash for the eye', () => {
    expect(shortHash('0123456789abcdef0123456789abcdef')).toBe('0123456789…cdef');
    expect(shortHash('abc')).toBe('abc');
  });
});
