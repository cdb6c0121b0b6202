import { describe, expect, it } from 'vitest';
import { orderActions, reasonRequired } from './actions';

describe('order actions', () => {
  it('shows my side the actions the API allows, in button order', () => {
    expect(orderActions('seller', ['cancel', 'reject', 'confirm'])).toEqual(['confirm', 'reject', 'cancel']);
    expect(orderActions('seller', ['ship', 'cancel'])).toEqual(['cancel']);
    expect(orderActions('buyer', ['cancel'])).toEqual(['cancel']);
    expect(orderActions('seller', [])).toEqual([]);
  });

  it('never offers a buyer the seller’s actions, nor the commands of later screens', () => {
    expect(orderActions('buyer', ['confirm', 'reject', 'cancel'])).toEqual(['cancel']);
    expect(orderActions('buyer', ['accept_receipt', 'dispute'])).toEqual([]);
  });

  it('asks a reason for every rejection and a seller’s cancellation only', () => {
    expect(reasonRequired('reject', 'seller')).toBe(true);
    expect(reasonRequired('cancel', 'seller')).toBe(true);
    expect(reasonRequired('cancel', 'buyer')).toBe(false);
    expect(reasonRequired('confirm', 'seller')).toBe(false);
  });
});
