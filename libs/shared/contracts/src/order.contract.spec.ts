import { describe, expect, it } from 'vitest';
import { issuePath } from './errors';
import { ListOrdersQuerySchema, PlaceOrderInputSchema } from './order.contract';

describe('order contract', () => {
  it('reads several statuses from one comma-separated parameter or an array', () => {
    expect(ListOrdersQuerySchema.parse({ status: 'placed, confirmed' }).status).toEqual([
      'placed',
      'confirmed',
    ]);
    expect(ListOrdersQuerySchema.parse({ status: ['cancelled'] }).status).toEqual(['cancelled']);
    const bad = ListOrdersQuerySchema.safeParse({ status: 'placed,lost' });
    expect(bad.error?.issues.map((i) => issuePath(i.path))).toEqual(['status.1']);
  });

  it('pages at most 100 orders, 20 by default', () => {
    expect(ListOrdersQuerySchema.parse({})).toMatchObject({ page: 1, pageSize: 20 });
    expect(
      ListOrdersQuerySchema.safeParse({ pageSize: '101' }).error?.issues.map((i) => issuePath(i.path)),
    ).toEqual(['pageSize']);
  });

  it('places from a quote id, self-service by default, with trimmed references', () => {
    const quoteId = '00000000-0000-4000-8000-000000000001';
    expect(PlaceOrderInputSchema.parse({ quoteId, buyerReference: ' PO-7 ' })).toEqual({
      quoteId,
      buyerReference: 'PO-7',
      note: '',
      channel: 'self_service',
    });
    expect(
      PlaceOrderInputSchema.safeParse({ quoteId: 'x', channel: 'fax' })
        .error?.issues.map((i) => issuePath(i.path))
        .sort(),
    ).toEqual(['channel', 'quoteId']);
  });
});
