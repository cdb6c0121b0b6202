import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import { json, LINE_ID, order, ORDER_ID, refusal } from '../testing/order-fixtures';
import { overview, receipt, SHIPMENT_ID, shipments } from '../testing/receipt-fixtures';
import { ReceiptsSection } from './ReceiptsSection';

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * `state.overview` answers the receipt overview, `state.record` the recording; the shipments come
 * from the fixture. Every call is recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    overview: (() => Response) | null;
    record: ((body: unknown) => Response) | null;
    shipments: unknown;
    calls: Array<{ method: string; path: string; body: unknown }>;
    original: typeof fetch;
  } = { overview: null, record: null, shipments: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, path, body });
    if (/\/receipts$/.test(path)) {
      if (request.method === 'POST' && state.record) return state.record(body);
      if (request.method === 'GET' && state.overview) return state.overview();
    }
    if (/\/(accept|disputes)$/.test(path) && request.method === 'POST' && state.record)
      return state.record(body);
    if (/\/shipments$/.test(path) && request.method === 'GET') {
      return new Response(JSON.stringify(state.shipments), {
        headers: { 'content-type': 'application/json' },
      });
    }
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const buyerOrder = order({ side: 'buyer', status: 'in_fulfilment', version: 5, allowedCommands: [] });

async function openForm(language: Language = 'zh-CN') {
  stub.shipments = shipments();
  stub.overview = () => json(overview());
  renderWithProviders(<ReceiptsSection order={buyerOrder} />, { language });
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByTestId('record-receipt'));
  const form = await screen.findByTestId('receipt-form');
  return { user, form };
}
const posts = () => stub.calls.filter((c) => c.method === 'POST');

describe('the receipt form', () => {
  afterEach(() => {
    stub.overview = null;
    stub.record = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('shows the shipped quantity, the ordered grade and the tolerance, and the variance live in colour', async () => {
    const { user, form } = await openForm();
    expect(within(form).getByTestId('receipt-shipped').textContent).toBe('10 吨');
    expect((within(form).getByTestId('receipt-grade') as HTMLInputElement).value).toBe('一级');
    expect(within(form).getByTestId('receipt-tolerance').textContent).toBe('允差 ±0.5%');
    expect(screen.getByTestId('receipt-summary').textContent).toBe('请填写每行的实收数量。');

    const received = within(form).getByTestId('receipt-received');
    await user.type(received, '9.96');
    // the variance follows the typing through the form's watch: awaited, not read at once
    await waitFor(() => expect(within(form).getByTestId('receipt-variance').textContent).toBe('-0.4%'));
    expect(within(form).getByTestId('receipt-variance').getAttribute('data-within')).toBe('yes');
    expect(screen.getByTestId('receipt-summary').textContent).toBe('各行均在允差内。');
    expect(screen.queryByTestId('receipt-outside')).toBeNull();

    // Exactly on the boundary is within; a kilogram more short is not.
    await user.clear(received);
    await user.type(received, '9.95');
    await waitFor(() => expect(within(form).getByTestId('receipt-variance').textContent).toBe('-0.5%'));
    expect(within(form).getByTestId('receipt-variance').getAttribute('data-within')).toBe('yes');
    await user.clear(received);
    await user.type(received, '9.949');
    await waitFor(() =>
      expect(within(form).getByTestId('receipt-variance').getAttribute('data-within')).toBe('no'),
    );

    await user.clear(received);
    await user.type(received, '9.8');
    await waitFor(() => expect(within(form).getByTestId('receipt-variance').textContent).toBe('-2%'));
    const outside = within(form).getByTestId('receipt-variance');
    expect(outside.getAttribute('data-within')).toBe('no');
    expect(within(form).getByTestId('receipt-variance-cell').textContent).toContain('-0.2 吨');
    expect(screen.getByTestId('receipt-outside')).toBeTruthy();
    expect(screen.getByTestId('receipt-summary').textContent).toBe('1 行超出允差或等级不符：将发起争议。');

    // Another grade than ordered is flagged too.
    const grade = within(form).getByTestId('receipt-grade');
    await user.clear(grade);
    await user.type(grade, '二级');
    expect((await within(form).findByTestId('receipt-grade-differs')).textContent).toContain('订购为 一级');
  });

  it('validates before sending — required, a number, three decimals — and sends nothing', async () => {
    const { user, form } = await openForm('en');
    // The line in English, the whole description as its tooltip.
    expect(within(form).getByText('Guangxi white cane sugar, grade 1')).toBeTruthy();
    expect(form.textContent).not.toContain('广西白砂糖');
    await user.click(screen.getByTestId('receipt-submit'));
    expect(await within(form).findByText('Enter the quantity received')).toBeTruthy();

    const received = within(form).getByTestId('receipt-received');
    await user.type(received, '9.8765');
    expect(await within(form).findByText('At most 3 decimal places')).toBeTruthy();
    await user.clear(received);
    await user.type(received, '-1');
    expect(await within(form).findByText('Enter a number of at least 0')).toBeTruthy();
    await user.click(screen.getByTestId('receipt-submit'));
    await waitFor(() => expect(within(form).getByText('Enter a number of at least 0')).toBeTruthy());
    expect(posts()).toEqual([]);
  });

  it('sends every line with the order version, shows the API’s refusal on the field, then closes when recorded', async () => {
    const { user, form } = await openForm();
    stub.record = () =>
      refusal(
        422,
        'RECEIPT_QUANTITY_INVALID',
        'The received quantity must be a number of at least 0 with at most 3 decimals',
        '实收数量须为不小于 0、最多 3 位小数的数字',
        'lines.0.receivedQuantity',
      );
    await user.click(within(form).getByTestId('receipt-fill-shipped'));
    expect((within(form).getByTestId('receipt-received') as HTMLInputElement).value).toBe('10');
    const received = within(form).getByTestId('receipt-received');
    await user.clear(received);
    await user.type(received, '9.8');
    await user.type(within(form).getByTestId('receipt-note-input'), '地磅单 No. 20261128-17');
    await user.click(screen.getByTestId('receipt-submit'));

    expect(await within(form).findByText('实收数量须为不小于 0、最多 3 位小数的数字')).toBeTruthy();
    expect(screen.queryByTestId('receipt-form-error')).toBeNull();
    expect(posts()).toEqual([
      {
        method: 'POST',
        path: `/api/orders/${ORDER_ID}/receipts`,
        body: {
          shipmentId: SHIPMENT_ID,
          lines: [{ lineId: LINE_ID, receivedQuantity: '9.8', grade: '一级' }],
          note: '地磅单 No. 20261128-17',
          version: 5,
        },
      },
    ]);

    // Recorded outside tolerance on a delivered order: the API opened a dispute.
    const recorded = overview({
      status: 'disputed',
      version: 7,
      shipments: overview().shipments.map((x) => ({ ...x, receiptId: receipt().id })),
      receipts: [receipt()],
      allowedActions: [],
    });
    stub.record = () => json(recorded, 201);
    stub.overview = () => json(recorded);
    await user.click(screen.getByTestId('receipt-submit'));
    await waitFor(() => expect(screen.queryByTestId('receipt-form')).toBeNull());
    expect(await screen.findByText('PO-20261126-000042-S1 已登记收货：超出允差')).toBeTruthy();
    const shown = await screen.findByTestId('receipt');
    expect(within(shown).getByTestId('receipt-outcome').textContent).toBe('超出允差');
    expect(within(shown).getByTestId('variance').textContent).toBe('-2%');
    expect(screen.queryByTestId('record-receipt')).toBeNull();
  });

  it('offers accept and dispute on a delivered order as the API allows, the dispute with a reason', async () => {
    const delivered = overview({
      status: 'delivered',
      deliveredAt: '2026-11-28T06:00:00.000Z',
      autoAcceptDueAt: '2026-12-05T06:00:00.000Z',
      shipments: overview().shipments.map((x) => ({ ...x, receiptId: receipt().id })),
      receipts: [receipt({ outcome: 'accepted' })],
      allowedActions: ['accept', 'dispute'],
    });
    stub.shipments = shipments();
    stub.overview = () => json(delivered);
    const { unmount } = renderWithProviders(
      <ReceiptsSection order={{ ...buyerOrder, status: 'delivered' }} />,
      {
        language: 'en',
      },
    );
    const decide = await screen.findByTestId('receipts-decide');
    expect(within(decide).getByTestId('receipts-accept')).toBeTruthy();
    expect(decide.textContent).toContain('Everything arrived within tolerance');
    expect(screen.getByTestId('order-tolerance').textContent).toBe('±0.5 %');

    const user = userEvent.setup({ delay: null });
    await user.click(within(decide).getByTestId('receipts-dispute'));
    const form = await screen.findByTestId('open-dispute-form');
    await user.click(screen.getByTestId('open-dispute-submit'));
    expect(await within(form).findByText('Give the reason for the dispute')).toBeTruthy();
    expect(posts()).toEqual([]);
    stub.record = () => refusal(422, 'ORDER_REASON_REQUIRED', 'A reason is required', '请填写原因', 'reason');
    await user.type(within(form).getByTestId('open-dispute-reason'), '包装破损');
    await user.click(screen.getByTestId('open-dispute-submit'));
    expect(await within(form).findByText('A reason is required')).toBeTruthy();
    expect(posts()).toEqual([
      { method: 'POST', path: `/api/orders/${ORDER_ID}/disputes`, body: { reason: '包装破损', version: 5 } },
    ]);
    unmount();

    // The seller reads the same receipts, and acts on none of them.
    stub.overview = () => json({ ...delivered, side: 'seller', allowedActions: [] });
    renderWithProviders(<ReceiptsSection order={{ ...buyerOrder, side: 'seller', status: 'delivered' }} />, {
      language: 'en',
    });
    expect(await screen.findByTestId('receipts-waiting')).toBeTruthy();
    expect(screen.queryByTestId('receipts-accept')).toBeNull();
    expect(screen.queryByTestId('receipts-dispute')).toBeNull();
    expect(screen.getByTestId('receipt-outcome').textContent).toBe('Within tolerance');
  });
});
