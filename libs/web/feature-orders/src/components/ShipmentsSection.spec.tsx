import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition, PortalKind } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { OrderShipmentsView, ShipmentView } from '../data/fulfilment.queries';
import type { OrderView } from '../data/types';
import { ordersPortalParts } from '../portal-parts';
import {
  CARRIER_ID,
  issued,
  LINE2_ID,
  pickup,
  PICKUP_ID,
  shipment,
  SHIPMENT2_ID,
  SHIPMENT_ID,
  shipments,
  WAREHOUSE2_ID,
  WAREHOUSE_ID,
} from '../testing/fulfilment-fixtures';
import { json, LINE_ID, order, ORDER_ID, refusal, uuid } from '../testing/order-fixtures';

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any
 * import: `state.order` answers `GET /api/orders/:id`, `state.shipments` its shipments,
 * `state.post` every command; every call is recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    order: (() => Response) | null;
    shipments: (() => Response) | null;
    post: ((path: string, body: unknown) => Response) | null;
    calls: Array<{ method: string; path: string; body: unknown }>;
    original: typeof fetch;
  } = { order: null, shipments: null, post: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, path, body });
    if (request.method === 'GET' && /^\/api\/orders\/[^/]+$/.test(path) && state.order) return state.order();
    if (request.method === 'GET' && /^\/api\/orders\/[^/]+\/shipments$/.test(path) && state.shipments)
      return state.shipments();
    if (request.method === 'POST' && state.post) return state.post(path, body);
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portalOf = (kind: PortalKind): PortalDefinition => ({ kind, ...ordersPortalParts(kind) });
const meOf = (kind: PortalKind, role: BuiltInRole) =>
  kind === 'seller'
    ? testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }])
    : testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }]);

const inFulfilment = (over: Partial<OrderView> = {}) =>
  order({
    status: 'in_fulfilment',
    scheduledDate: '2026-12-01',
    version: 3,
    allowedCommands: ['ship'],
    reservations: [
      {
        id: uuid(881),
        orderLineId: LINE_ID,
        locationId: uuid(11),
        locationCode: 'A1',
        warehouseId: WAREHOUSE_ID,
        warehouseName: '崇左糖业物流仓',
        warehouseNameEn: 'Chongzuo Sugar Logistics Warehouse',
        quantity: '700.000',
        createdAt: '2026-11-26T03:00:00.000Z',
        releasedAt: null,
      },
    ],
    ...over,
  });

/** Opens the order's page; `setShipments` changes what the next read of its shipments answers. */
async function openSection(
  data: OrderView,
  view: OrderShipmentsView,
  { role = 'owner', language = 'zh-CN' }: { role?: BuiltInRole; language?: Language } = {},
) {
  let current = view;
  stub.order = () => json(data);
  stub.shipments = () => json(current);
  const result = renderPortal(portalOf(data.side), `/orders/${data.id}`, {
    me: meOf(data.side, role),
    language,
  });
  const section = await screen.findByTestId('section-shipments');
  await within(section).findByTestId('shipping-progress');
  return { ...result, section, setShipments: (next: OrderShipmentsView) => (current = next) };
}

const posts = () => stub.calls.filter((c) => c.method === 'POST');
const shipmentReads = () =>
  stub.calls.filter((c) => c.method === 'GET' && c.path === `/api/orders/${ORDER_ID}/shipments`).length;
const rowOf = (number: string) =>
  screen.getAllByTestId('shipment-row').find((r) => r.textContent?.includes(number)) as HTMLElement;
const actionsIn = (row: HTMLElement) =>
  within(row)
    .queryAllByTestId(/^shipment-action-/)
    .map((b) => b.getAttribute('data-testid')?.replace('shipment-action-', ''));
/** A footer button of the modal or drawer holding `inside` (the user menu keeps a hidden modal of its own). */
const footerButton = (inside: HTMLElement, text: string) => {
  for (let el: HTMLElement | null = inside; el; el = el.parentElement) {
    const found = [...el.querySelectorAll('.ant-modal-footer button, .ant-drawer-footer button')].find(
      (b) => b.textContent?.replace(/\s/g, '') === text,
    );
    if (found) return found as HTMLElement;
  }
  throw new Error(`no button ${text}`);
};
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

const inTransit = shipment({
  status: 'in_transit',
  carrierName: '顺丰快运',
  trackingNumber: 'SF1234567890',
  departedAt: '2026-11-27T06:00:00.000Z',
  tracking: [
    { id: uuid(961), kind: 'departed', location: '崇左糖业物流仓', note: '', at: '2026-11-27T06:00:00.000Z' },
    {
      id: uuid(962),
      kind: 'location',
      location: 'G75 兰海高速南宁服务区',
      note: '预计明早到达',
      at: '2026-11-27T12:00:00.000Z',
    },
  ],
  authorisations: [pickup({ status: 'used', usedAt: '2026-11-27T06:00:00.000Z' })],
  allowedActions: ['location', 'arrived'],
});
const firstLine = shipment().lines[0] as ShipmentView['lines'][number];
const orderLine = order().lines[0] as OrderView['lines'][number];
const reservation = () => inFulfilment().reservations[0] as OrderView['reservations'][number];
const planned = shipment({
  id: SHIPMENT2_ID,
  number: 'PO-20261126-000042-S2',
  lines: [{ ...firstLine, id: uuid(922), quantity: '200.000' }],
  allowedActions: ['departed', 'cancel'],
});

// Whole-form journeys through Ant Design: slow on the shared 2-core machine under load.
describe('shipments on the order page', { timeout: 60_000 }, () => {
  afterEach(() => {
    stub.order = null;
    stub.shipments = null;
    stub.post = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('shows the seller each line’s progress, the shipments with tracking and authorisations, and only the actions the API allows', async () => {
    const { section } = await openSection(
      inFulfilment(),
      shipments({
        lines: [
          {
            orderLineId: LINE_ID,
            lineNo: 1,
            unit: 't',
            ordered: '1000.000',
            shipped: '500.000',
            remaining: '500.000',
          },
        ],
        shipments: [inTransit, planned],
      }),
    );
    expect(within(section).getByTestId('progress-shipped').textContent).toBe('500 吨');
    expect(within(section).getByTestId('progress-remaining').textContent).toBe('500 吨');
    expect(within(section).getByTestId('progress-bar').textContent).toContain('50%');

    const first = rowOf('PO-20261126-000042-S1');
    expect(within(first).getByTestId('shipment-status').textContent).toBe('运输中');
    expect(within(first).getByTestId('shipment-carrier').textContent).toContain('顺丰快运');
    expect(within(first).getByTestId('shipment-line-quantity').textContent).toBe('300 吨');
    expect(actionsIn(first)).toEqual(['location', 'arrived']);
    const second = rowOf('PO-20261126-000042-S2');
    expect(within(second).getByTestId('shipment-status').textContent).toBe('待发货');
    expect(actionsIn(second)).toEqual(['departed', 'cancel']);
    expect(screen.queryByTestId('shipment-action-authorise_pickup')).toBeNull();
    expect(screen.getByTestId('shipment-new')).toBeTruthy();

    // The latest shipment is open; the first opens onto its tracking and its (used) authorisation.
    expect(screen.getAllByTestId('shipment-details')).toHaveLength(1);
    const user = userEvent.setup({ delay: null });
    await user.click(within(first).getByRole('button', { name: /展开行|expand/i }));
    await waitFor(() => expect(screen.getAllByTestId('shipment-details')).toHaveLength(2));
    const events = screen.getAllByTestId('tracking-event');
    expect(events.map((e) => e.getAttribute('data-kind'))).toEqual(['departed', 'location']);
    expect(events[1]?.textContent).toContain('G75 兰海高速南宁服务区');
    expect(events[1]?.textContent).toContain('预计明早到达');
    const auth = screen.getByTestId('pickup-row');
    expect(within(auth).getByTestId('pickup-company').textContent).toBe('青岛嘉运供应链管理有限公司');
    expect(within(auth).getByTestId('pickup-plate').textContent).toBe('桂A12345');
    expect(within(auth).getByTestId('pickup-status').textContent).toBe('已提货');
    expect(within(auth).queryByTestId('pickup-revoke')).toBeNull();
  });

  it('records a location update only with a location or a note, at the shipment, and reads the shipments again', async () => {
    stub.post = () => json(inTransit, 201);
    await openSection(inFulfilment(), shipments({ shipments: [inTransit] }));
    const reads = shipmentReads();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('shipment-action-location'));
    const form = await screen.findByTestId('tracking-form-location');
    await user.click(footerButton(form, '保存'));
    expect((await within(form).findAllByText('请填写位置或备注')).length).toBeGreaterThan(0);
    expect(posts()).toEqual([]);
    await user.type(input('location'), '  湖南衡阳  ');
    await user.click(footerButton(form, '保存'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toEqual({
      method: 'POST',
      path: `/api/shipments/${SHIPMENT_ID}/tracking`,
      body: { kind: 'location', location: '湖南衡阳', note: '' },
    });
    await waitFor(() => expect(shipmentReads()).toBeGreaterThan(reads));
  });

  it('gives the buyer “authorise pickup” on a planned shipment and “revoke” on an unused authorisation, not the seller’s buttons', async () => {
    const awaiting = shipment({ authorisations: [pickup()], allowedActions: [] });
    const next = shipment({
      id: SHIPMENT2_ID,
      number: 'PO-20261126-000042-S2',
      allowedActions: ['authorise_pickup'],
    });
    stub.post = () => json(pickup({ status: 'revoked', revokedAt: '2026-11-27T08:00:00.000Z' }));
    await openSection(
      order({ side: 'buyer', status: 'in_fulfilment', allowedCommands: [] }),
      shipments({ side: 'buyer', shipments: [awaiting, next] }),
      { role: 'purchaser' },
    );
    expect(actionsIn(rowOf('PO-20261126-000042-S1'))).toEqual([]);
    expect(actionsIn(rowOf('PO-20261126-000042-S2'))).toEqual(['authorise_pickup']);
    expect(screen.queryByTestId('shipment-new')).toBeNull();

    const user = userEvent.setup({ delay: null });
    await user.click(within(rowOf('PO-20261126-000042-S1')).getByRole('button', { name: /展开行|expand/i }));
    const revoke = await screen.findByTestId('pickup-revoke');
    expect(screen.getByTestId('pickup-status').textContent).toBe('有效');
    await user.click(revoke);
    const form = await screen.findByTestId('pickup-revoke-form');
    await user.type(within(form).getByTestId('pickup-revoke-reason'), ' 换车 ');
    await user.click(footerButton(form, '撤销授权'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toEqual({
      method: 'POST',
      path: `/api/pickup-authorisations/${PICKUP_ID}/revoke`,
      body: { reason: '换车' },
    });
  });

  it('folds revoked and expired authorisations away while a valid one is there', async () => {
    const history = [
      pickup({ id: uuid(953), status: 'issued', driverName: '李师傅' }),
      pickup({ id: uuid(954), status: 'revoked', revokedAt: '2026-11-27T02:00:00.000Z' }),
      pickup({ id: uuid(955), status: 'expired' }),
    ];
    await openSection(
      order({ side: 'buyer', status: 'in_fulfilment', allowedCommands: [] }),
      shipments({ side: 'buyer', shipments: [shipment({ authorisations: history })] }),
      { role: 'purchaser' },
    );
    expect(screen.getAllByTestId('pickup-row')).toHaveLength(1);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('pickup-show-past'));
    expect(screen.getAllByTestId('pickup-status').map((s) => s.textContent)).toEqual([
      '有效',
      '已撤销',
      '已过期',
    ]);
    expect(screen.getByTestId('pickup-show-past').textContent).toBe('收起已撤销和过期的授权');
  });

  it('shows a buyer without order:create the shipments but no button', async () => {
    await openSection(
      order({ side: 'buyer', status: 'in_fulfilment', allowedCommands: [] }),
      shipments({ side: 'buyer', shipments: [shipment({ authorisations: [pickup()] })] }),
      { role: 'viewer' },
    );
    expect(screen.queryAllByTestId(/^shipment-action-/)).toEqual([]);
    expect(screen.queryByTestId('pickup-revoke')).toBeNull();
  });

  it('checks a new shipment on its fields before sending: not above what is left, at most three decimals, one line at least', async () => {
    stub.post = () => json(planned, 201);
    await openSection(inFulfilment(), shipments());
    const reads = shipmentReads();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('shipment-new'));
    const form = await screen.findByTestId('shipment-form');
    const quantity = input('lines_0_quantity');
    expect(quantity.value).toBe('700');
    expect(within(form).queryByText('发货仓库')).toBeNull(); // one warehouse: the API chooses it

    await user.clear(quantity);
    await user.type(quantity, '700.5');
    expect(await within(form).findByText('不能超过待发货量 700 吨')).toBeTruthy();
    await user.clear(quantity);
    await user.type(quantity, '12.3456');
    expect(await within(form).findByText('最多 3 位小数')).toBeTruthy();
    await user.clear(quantity);
    await user.type(quantity, '1e3');
    expect(await within(form).findByText('请输入数字，例如 12.5')).toBeTruthy();
    await user.click(footerButton(form, '创建发货单'));
    await waitFor(() => expect(within(form).getByText('请输入数字，例如 12.5')).toBeTruthy());
    expect(posts()).toEqual([]);

    await user.clear(quantity);
    await user.type(quantity, '0');
    await user.click(footerButton(form, '创建发货单'));
    expect((await screen.findByTestId('shipment-form-error')).textContent).toBe('请至少为一行填写本批数量');
    expect(posts()).toEqual([]);

    await user.clear(quantity);
    await user.type(quantity, '250.5');
    await user.type(input('carrierName'), ' 顺丰快运 ');
    await user.click(footerButton(form, '创建发货单'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toEqual({
      method: 'POST',
      path: `/api/orders/${ORDER_ID}/shipments`,
      body: {
        lines: [{ orderLineId: LINE_ID, quantity: '250.5' }],
        carrierName: '顺丰快运',
        trackingNumber: '',
      },
    });
    await waitFor(() => expect(screen.queryByTestId('shipment-form')).toBeNull());
    await waitFor(() => expect(shipmentReads()).toBeGreaterThan(reads));
  });

  it('puts the API’s refusal on the line and the warehouse it names, in the page’s language', async () => {
    const twoLines = inFulfilment({
      lines: [
        orderLine,
        { ...orderLine, id: LINE2_ID, lineNo: 2, skuCode: 'white-sugar-gx-g2', quantity: '100.000' },
      ],
      reservations: [
        { ...reservation(), orderLineId: LINE_ID },
        {
          ...reservation(),
          id: uuid(882),
          orderLineId: LINE2_ID,
          warehouseId: WAREHOUSE2_ID,
          warehouseName: '南宁糖业物流仓',
          warehouseNameEn: 'Nanning Sugar Logistics Warehouse',
          quantity: '100.000',
        },
      ],
    });
    let answer = refusal(
      422,
      'SHIPMENT_EXCEEDS_RESERVED',
      'Only 40 t of line 2 are reserved at this warehouse and not yet in a planned shipment',
      '第 2 行在该仓库预留且尚未安排发货的数量仅剩 40 t',
      'lines.0.quantity',
    );
    stub.post = () => answer;
    await openSection(
      twoLines,
      shipments({
        shipments: [],
        lines: [
          {
            orderLineId: LINE_ID,
            lineNo: 1,
            unit: 't',
            ordered: '1000.000',
            shipped: '0.000',
            remaining: '1000.000',
          },
          {
            orderLineId: LINE2_ID,
            lineNo: 2,
            unit: 't',
            ordered: '100.000',
            shipped: '0.000',
            remaining: '100.000',
          },
        ],
      }),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('shipment-new'));
    const form = await screen.findByTestId('shipment-form');
    // Stock at two warehouses: the seller says which one the goods leave from.
    await user.click(footerButton(form, '创建发货单'));
    expect(await within(form).findByText('请选择发货仓库')).toBeTruthy();
    expect(posts()).toEqual([]);
    await user.click(within(form).getByLabelText('发货仓库'));
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
        (o) => o.textContent === '南宁糖业物流仓',
      );
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    await user.click(option);
    await user.clear(input('lines_0_quantity'));
    await user.click(footerButton(form, '创建发货单'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.body).toEqual({
      lines: [{ orderLineId: LINE2_ID, quantity: '100' }],
      warehouseId: WAREHOUSE2_ID,
      carrierName: '',
      trackingNumber: '',
    });
    // The API's first line sent is the form's second row.
    const rows = within(form).getAllByRole('row').slice(1);
    expect(
      await within(rows[1] as HTMLElement).findByText('第 2 行在该仓库预留且尚未安排发货的数量仅剩 40 t'),
    ).toBeTruthy();
    expect(within(rows[0] as HTMLElement).queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('shipment-form-error')).toBeNull();

    answer = refusal(
      422,
      'SHIPMENT_WAREHOUSE_INVALID',
      'The goods of this order are not reserved at this warehouse',
      '该订单的货物未在此仓库预留',
      'warehouseId',
    );
    await user.clear(input('lines_1_quantity'));
    await user.type(input('lines_1_quantity'), '40');
    await user.click(footerButton(form, '创建发货单'));
    expect(await within(form).findByText('该订单的货物未在此仓库预留')).toBeTruthy();
    expect(screen.queryByTestId('shipment-form-error')).toBeNull();
  });

  it('shows the pickup code once, with a copy button and a warning, and never again', async () => {
    const next = shipment({ allowedActions: ['authorise_pickup'] });
    const { setShipments } = await openSection(
      order({ side: 'buyer', status: 'in_fulfilment', allowedCommands: [] }),
      shipments({ side: 'buyer', shipments: [next] }),
      { role: 'purchaser' },
    );
    stub.post = () => {
      setShipments(shipments({ side: 'buyer', shipments: [shipment({ authorisations: [pickup()] })] }));
      return json(issued(), 201);
    };
    const user = userEvent.setup({ delay: null }); // gives the page a clipboard
    await user.click(screen.getByTestId('shipment-action-authorise_pickup'));
    const form = await screen.findByTestId('pickup-form');
    await user.type(input('logisticsCompanyId'), 'jiayun-logistics');
    await user.type(input('driverName'), '王师傅');
    await user.click(footerButton(form, '授权'));
    expect(await within(form).findByText(/请输入物流公司的平台编号/)).toBeTruthy();
    expect(await within(form).findByText('请填写车牌号')).toBeTruthy();
    expect(posts()).toEqual([]);

    await user.clear(input('logisticsCompanyId'));
    await user.type(input('logisticsCompanyId'), CARRIER_ID);
    await user.type(input('vehiclePlate'), '桂A12345');
    const before = Date.now();
    await user.click(footerButton(form, '授权'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    const sent = posts()[0] as { path: string; body: Record<string, string> };
    expect(sent.path).toBe(`/api/shipments/${SHIPMENT_ID}/pickup-authorisations`);
    expect(sent.body).toMatchObject({
      logisticsCompanyId: CARRIER_ID,
      driverName: '王师傅',
      vehiclePlate: '桂A12345',
    });
    // From now (the server's default) for two days.
    expect(sent.body['validFrom']).toBeUndefined();
    const until = Date.parse(sent.body['validUntil'] as string) - before;
    expect(until).toBeGreaterThan(47 * 3_600_000);
    expect(until).toBeLessThanOrEqual(48 * 3_600_000);

    const modal = await screen.findByTestId('pickup-code-modal');
    expect(within(modal).getByTestId('pickup-code').textContent).toBe('K7QM-4XRT-9WBN');
    expect(within(modal).getByTestId('pickup-code-warning').textContent).toContain('提货码仅显示这一次');
    expect(within(modal).getByTestId('pickup-code-warning').textContent).toContain(
      '关闭后任何人都无法再次查看',
    );
    await user.click(within(modal).getByTestId('pickup-code-copy'));
    expect(await navigator.clipboard.readText()).toBe('K7QM-4XRT-9WBN');
    await user.click(within(modal).getByTestId('pickup-code-copy-details'));
    const details = await navigator.clipboard.readText();
    expect(details).toContain('提货码：K7QM-4XRT-9WBN');
    expect(details).toContain('司机：王师傅（桂A12345）');

    await user.click(screen.getByTestId('pickup-code-done'));
    await waitFor(() => expect(screen.queryByTestId('pickup-code-modal')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('pickup-status').textContent).toBe('有效'));
    expect(document.body.textContent).not.toContain('K7QM');
  });

  it('speaks English', async () => {
    await openSection(inFulfilment(), shipments({ shipments: [inTransit] }), { language: 'en' });
    const section = screen.getByTestId('section-shipments');
    expect(within(section).getByText('Shipments and pickup')).toBeTruthy();
    expect(within(section).getByTestId('progress-remaining').textContent).toBe('700 t');
    expect(within(section).getByTestId('shipment-status').textContent).toBe('In transit');
    expect(within(section).getByTestId('shipment-action-arrived').textContent).toBe('Arrived');
    // The warehouse and the goods in English.
    expect(within(section).getAllByText('Chongzuo Sugar Logistics Warehouse').length).toBeGreaterThan(0);
    expect(within(section).getAllByText('Guangxi white cane sugar, grade 1').length).toBeGreaterThan(0);
    expect(within(section).getAllByText('Qingdao Jiayun Supply Chain Co., Ltd.').length).toBeGreaterThan(0);
  });

  it('says nothing of shipments before the seller confirmed', async () => {
    stub.order = () => json(order());
    renderPortal(portalOf('seller'), `/orders/${ORDER_ID}`, { me: meOf('seller', 'owner') });
    await screen.findByTestId('order-number');
    expect(screen.queryByTestId('section-shipments')).toBeNull();
    expect(shipmentReads()).toBe(0);
  });
});
