import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition, PortalKind } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { OrderView } from '../data/types';
import { ordersPortalParts } from '../portal-parts';
import { json, order, ORDER_ID, refusal, uuid } from '../testing/order-fixtures';

vi.setConfig({ testTimeout: 90_000 });

/** The API stubbed before any import (the typed client binds `fetch` when it loads). */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    order: (() => Response) | null;
    reorder: (() => Response) | null;
    calls: Array<{ method: string; path: string; body: unknown; key: string | null }>;
    original: typeof fetch;
  } = { order: null, reorder: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    state.calls.push({
      method: request.method,
      path,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      key: request.headers.get('Idempotency-Key'),
    });
    if (request.method === 'POST' && /\/reorder$/.test(path) && state.reorder) return state.reorder();
    if (request.method === 'GET' && /^\/api\/orders\/[^/]+$/.test(path) && state.order) return state.order();
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portalOf = (kind: PortalKind): PortalDefinition => ({ kind, ...ordersPortalParts(kind) });
const meOf = (kind: PortalKind, role: BuiltInRole) =>
  kind === 'seller'
    ? testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }])
    : testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]);

const delivered = order({ side: 'buyer', status: 'accepted', version: 6, allowedCommands: [] });

async function open(data: OrderView, kind: PortalKind, role: BuiltInRole, language: Language = 'zh-CN') {
  stub.order = () => json(data);
  const result = renderPortal(portalOf(kind), `/orders/${data.id}`, { me: meOf(kind, role), language });
  await screen.findByTestId('order-number');
  return result;
}
/** The reorder dialog's OK (other sections keep dialogs of their own in the page). */
const okButton = () =>
  screen
    .getByTestId('reorder-form')
    .closest('.ant-modal')
    ?.querySelector('.ant-modal-footer .ant-btn-primary') as HTMLElement;
const reorders = () => stub.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/reorder'));

describe('order again', () => {
  afterEach(() => {
    stub.order = null;
    stub.reorder = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('is offered to a buyer who may place orders, never to the seller or to an approver', async () => {
    const seller = await open({ ...delivered, side: 'seller' }, 'seller', 'owner');
    expect(screen.queryByTestId('order-reorder')).toBeNull();
    seller.unmount();
    const approver = await open(delivered, 'buyer', 'approver');
    expect(screen.queryByTestId('order-reorder')).toBeNull();
    approver.unmount();
    await open(delivered, 'buyer', 'purchaser');
    expect(screen.getByTestId('order-reorder').textContent).toContain('再次下单');
  });

  it('orders again with one key, tells the new number and opens the new order', async () => {
    const fresh = order({ id: uuid(702), number: 'PO-20261126-000099', status: 'placed', version: 1 });
    stub.reorder = () => json({ sourceOrderId: ORDER_ID, orders: [fresh] }, 201);
    const { router } = await open(delivered, 'buyer', 'purchaser');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('order-reorder'));
    await user.type(await screen.findByTestId('reorder-reference'), 'HX-PO-2026-2001');
    await user.click(okButton());
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${fresh.id}`));
    const [call] = reorders();
    expect(call?.body).toMatchObject({ buyerReference: 'HX-PO-2026-2001' });
    expect(call?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('已再次下单：PO-20261126-000099')).toBeTruthy();
  });

  it('names a line that can no longer be quoted, in the page’s language, and stays open', async () => {
    stub.reorder = () =>
      refusal(
        422,
        'REORDER_LINE_NOT_QUOTABLE',
        'The seller no longer offers delivery to your region',
        '卖方已不再向您所在地区送货',
        'lines.0',
      );
    await open(delivered, 'buyer', 'owner', 'en');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('order-reorder'));
    await screen.findByTestId('reorder-form');
    await user.click(okButton());
    const alert = await screen.findByTestId('reorder-error');
    expect(alert.textContent).toContain('Line 1: The seller no longer offers delivery to your region');
    expect(screen.getByTestId('reorder-form')).toBeTruthy();
    expect(reorders()).toHaveLength(1);
  });
});
