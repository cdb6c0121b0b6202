import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition, PortalKind } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { OrderView } from '../data/types';
import { ordersPortalParts } from '../portal-parts';
import { json, LINE_ID, order, ORDER_ID, QUOTE_ID, refusal, uuid } from '../testing/order-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 90_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any
 * import: `state.order` answers `GET /api/orders/:id`, `state.command` the commands; every
 * call is recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    order: (() => Response) | null;
    command: ((action: string, body: unknown) => Response) | null;
    calls: Array<{ method: string; path: string; body: unknown }>;
    original: typeof fetch;
  } = { order: null, command: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, path, body });
    const command = /^\/api\/orders\/[^/]+\/(confirm|reject|cancel)$/.exec(path);
    if (request.method === 'POST' && command && state.command)
      return state.command(command[1] as string, body);
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

async function openOrder(
  data: OrderView,
  {
    kind = data.side,
    role = 'owner',
    language = 'zh-CN',
  }: { kind?: PortalKind; role?: BuiltInRole; language?: Language } = {},
) {
  let current = data;
  stub.order = () => json(current);
  const result = renderPortal(portalOf(kind), `/orders/${data.id}`, { me: meOf(kind, role), language });
  await screen.findByTestId('order-number');
  return { ...result, setOrder: (next: OrderView) => (current = next) };
}
const actionButtons = () =>
  screen.queryAllByTestId(/^order-action-/).map((b) => b.getAttribute('data-testid'));
const commands = () => stub.calls.filter((c) => c.method === 'POST');
const orderReads = () => stub.calls.filter((c) => c.method === 'GET' && c.path === `/api/orders/${ORDER_ID}`);
const modalButton = (text: string) =>
  [...document.querySelectorAll('.ant-modal-footer button')].find(
    (b) => b.textContent?.replace(/\s/g, '') === text,
  ) as HTMLElement;

const confirmedForSeller = order({
  status: 'confirmed',
  scheduledDate: '2026-12-01',
  confirmedAt: '2026-11-26T03:00:00.000Z',
  version: 2,
  allowedCommands: ['ship', 'cancel'],
  reservations: [
    {
      id: uuid(901),
      orderLineId: LINE_ID,
      locationId: uuid(11),
      locationCode: 'A1',
      warehouseId: uuid(10),
      warehouseName: '崇左糖业物流仓',
      warehouseNameEn: 'Chongzuo Sugar Logistics Warehouse',
      quantity: '800.000',
      createdAt: '2026-11-26T03:00:00.000Z',
      releasedAt: null,
    },
    {
      id: uuid(902),
      orderLineId: LINE_ID,
      locationId: uuid(12),
      locationCode: 'B2',
      warehouseId: uuid(10),
      warehouseName: '崇左糖业物流仓',
      warehouseNameEn: 'Chongzuo Sugar Logistics Warehouse',
      quantity: '200.000',
      createdAt: '2026-11-26T03:00:00.000Z',
      releasedAt: '2026-11-27T03:00:00.000Z',
    },
  ],
  events: [
    ...order().events,
    {
      id: uuid(802),
      kind: 'order.confirmed',
      actor: 'seller',
      at: '2026-11-26T03:00:00.000Z',
      data: { from: 'placed', to: 'confirmed', scheduledDate: '2026-12-01' },
    },
  ],
});

describe('order detail', () => {
  afterEach(() => {
    stub.order = null;
    stub.command = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('shows the seller a new order: terms, lines, timeline, and confirm, reject and cancel', async () => {
    await openOrder(order());
    expect(screen.getByTestId('order-number').textContent).toBe('PO-20261126-000042');
    expect(screen.getByTestId('order-status').textContent).toBe('已下单');
    expect(screen.getByText('买方：华鑫食品集团有限公司')).toBeTruthy();
    expect(screen.getByTestId('order-state').textContent).toContain('新订单：请确认并给出计划交货日期');
    expect(actionButtons()).toEqual(['order-action-confirm', 'order-action-reject', 'order-action-cancel']);

    const summary = screen.getByTestId('order-summary');
    expect(within(summary).getByTestId('order-counterparty').textContent).toBe('华鑫食品集团有限公司');
    expect(within(summary).getByTestId('order-total').textContent).toBe('¥6,754,675.61');
    expect(within(summary).getByTestId('order-payment-term').textContent).toBe('账期 60 天');
    expect(within(summary).getByTestId('order-delivery').textContent).toBe('送货至广东');
    expect(within(summary).getByTestId('order-scheduled-date').textContent).toBe('卖方确认时给出');
    expect(within(summary).getByTestId('order-reference').textContent).toBe('ERP-PO-7781');
    expect(within(summary).getByTestId('order-note').textContent).toBe('请提前一天电话联系仓库');
    // the quote is the buyer's: no link for the seller
    expect(within(summary).queryByTestId('order-quote-link')).toBeNull();

    const lines = screen.getByTestId('order-lines');
    expect(within(lines).getByTestId('line-sku').textContent).toBe('white-sugar-gx-g1');
    expect(within(lines).getByTestId('line-quantity').textContent).toBe('1,000 吨');
    expect(within(lines).getByTestId('line-unit-price').textContent).toBe('¥5,977.589/吨');
    expect(within(lines).getByText('13%')).toBeTruthy();
    expect(within(lines).getByTestId('order-sum').textContent).toBe('¥6,754,675.61');
    expect(screen.queryByTestId('section-reservations')).toBeNull();

    const [event] = screen.getAllByTestId('order-event') as [HTMLElement];
    expect(within(event).getByTestId('event-title').textContent).toBe('已下单');
    expect(within(event).getByTestId('event-actor').textContent).toBe('买方 · 华鑫食品集团有限公司');
    expect(event.textContent).toContain('下单方式：半自动（自助下单）');
    expect(event.textContent).toContain('来自报价单 QT-2026-000042');
  });

  it('gives the buyer only "cancel", a link to the quote, and never the seller’s stock', async () => {
    await openOrder(
      order({ side: 'buyer', allowedCommands: ['cancel'], reservations: confirmedForSeller.reservations }),
    );
    expect(actionButtons()).toEqual(['order-action-cancel']);
    expect(screen.getByText('卖方：广西崇左桂糖制糖有限公司')).toBeTruthy();
    expect(screen.getByTestId('order-state').textContent).toBe('等待卖方确认并给出交货日期。');
    expect(screen.getByTestId('order-quote-link').getAttribute('href')).toBe(`/quotes/${QUOTE_ID}`);
    expect(screen.queryByTestId('section-reservations')).toBeNull();
    expect(screen.getByTestId('event-actor').textContent).toBe('买方 · 华鑫食品集团有限公司（本公司）');
  });

  it('shows no action the API does not allow, nor commands of later screens', async () => {
    await openOrder(order({ allowedCommands: [] }), { role: 'viewer' });
    expect(actionButtons()).toEqual([]);
  });

  it('shows the seller a confirmed order with its date, reservations and newest event first', async () => {
    await openOrder(confirmedForSeller);
    expect(actionButtons()).toEqual(['order-action-cancel']);
    expect(screen.getByTestId('order-scheduled-date').textContent).toBe('2026年12月1日');
    expect(screen.getByTestId('order-state').textContent).toBe(
      '已确认，计划于 2026年12月1日 交货；库存已预留。',
    );
    const reservations = screen.getByTestId('section-reservations');
    expect(
      within(reservations)
        .getAllByTestId('reservation-quantity')
        .map((q) => q.textContent),
    ).toEqual(['800 吨', '200 吨']);
    expect(within(reservations).getByTestId('reservation-held').textContent).toBe('预留中');
    expect(within(reservations).getByTestId('reservation-released').textContent).toMatch(
      /^已于 2026年11月27日/,
    );
    const titles = screen.getAllByTestId('event-title').map((e) => e.textContent);
    expect(titles).toEqual(['卖方已确认', '已下单']);
    expect(screen.getByTestId('event-transition').textContent).toBe('已下单 → 已确认');
    expect(screen.getByTestId('event-date').textContent).toBe('计划交货日期：2026年12月1日');
  });

  it('confirms at the version seen with a date, checked first, and shows the confirmed order', async () => {
    stub.command = (_action, body) =>
      json({ ...confirmedForSeller, scheduledDate: (body as { scheduledDate: string }).scheduledDate });
    await openOrder(order());
    const user = userEvent.setup();
    await user.click(screen.getByTestId('order-action-confirm'));
    const form = await screen.findByTestId('command-form-confirm');
    await user.click(modalButton('确认'));
    expect(await within(form).findByText('请选择交货日期')).toBeTruthy();
    expect(commands()).toEqual([]);

    const input = form.querySelector('.ant-picker input') as HTMLInputElement;
    await user.click(input);
    await user.paste('2099-12-01');
    await user.keyboard('{Enter}');
    await user.click(modalButton('确认'));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]).toEqual({
      method: 'POST',
      path: `/api/orders/${ORDER_ID}/confirm`,
      body: { scheduledDate: '2099-12-01', version: 1 },
    });
    await waitFor(() => expect(screen.queryByTestId('command-form-confirm')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('order-status').textContent).toBe('已确认'));
    expect(screen.getByTestId('order-scheduled-date').textContent).toBe('2099年12月1日');
  });

  it("puts the server's refusal of the date on the field, in the page's language", async () => {
    stub.command = () =>
      refusal(
        422,
        'ORDER_SCHEDULED_DATE_IN_PAST',
        'The scheduled date must not be before today (2099-12-02)',
        '计划交货日期不能早于今天（2099-12-02）',
        'scheduledDate',
      );
    await openOrder(order());
    const user = userEvent.setup();
    await user.click(screen.getByTestId('order-action-confirm'));
    const form = await screen.findByTestId('command-form-confirm');
    const input = form.querySelector('.ant-picker input') as HTMLInputElement;
    await user.click(input);
    await user.paste('2099-12-01');
    await user.keyboard('{Enter}');
    await user.click(modalButton('确认'));
    expect(await within(form).findByText('计划交货日期不能早于今天（2099-12-02）')).toBeTruthy();
    expect(screen.queryByTestId('command-error')).toBeNull();
    expect(screen.getByTestId('command-form-confirm')).toBeTruthy();
  });

  it('asks a reason to reject before sending, and sends it trimmed', async () => {
    stub.command = () =>
      json(order({ status: 'rejected', rejectionReason: '库存不足', allowedCommands: [], version: 2 }));
    await openOrder(order());
    const user = userEvent.setup();
    await user.click(screen.getByTestId('order-action-reject'));
    const form = await screen.findByTestId('command-form-reject');
    await user.click(modalButton('拒绝订单'));
    expect(await within(form).findByText('请填写原因')).toBeTruthy();
    expect(commands()).toEqual([]);
    await user.click(within(form).getByTestId('command-reason'));
    await user.paste('  库存不足  ');
    await user.click(modalButton('拒绝订单'));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]?.body).toEqual({ reason: '库存不足', version: 1 });
    await waitFor(() => expect(screen.getByTestId('order-state').textContent).toContain('原因：库存不足'));
    expect(actionButtons()).toEqual([]);
  });

  it('lets the buyer cancel without a reason, and offers to reload an order changed meanwhile', async () => {
    stub.command = () =>
      refusal(
        409,
        'ORDER_VERSION_CONFLICT',
        'The order was changed meanwhile (it is now at version 2); reload it and try again',
        '订单已被他人修改（当前版本 2），请刷新后重试',
        'version',
      );
    const { setOrder } = await openOrder(order({ side: 'buyer', allowedCommands: ['cancel'] }));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('order-action-cancel'));
    const form = await screen.findByTestId('command-form-cancel');
    expect(form.textContent).toContain('原因（选填）');
    await user.click(modalButton('取消订单'));
    await waitFor(() => expect(commands()).toHaveLength(1));
    expect(commands()[0]?.body).toEqual({ version: 1 });
    const alert = await screen.findByTestId('command-error');
    expect(alert.textContent).toContain('您查看期间订单已有变化，请刷新后查看最新状态。');
    expect((modalButton('取消订单') as HTMLButtonElement).disabled).toBe(true);

    setOrder(
      order({
        side: 'buyer',
        status: 'confirmed',
        scheduledDate: '2026-12-01',
        version: 2,
        allowedCommands: [],
      }),
    );
    const readsBefore = orderReads().length;
    await user.click(within(alert).getByTestId('command-reload'));
    await waitFor(() => expect(screen.getByTestId('order-status').textContent).toBe('已确认'));
    expect(orderReads().length).toBe(readsBefore + 1);
    expect(screen.queryByTestId('command-form-cancel')).toBeNull();
    expect(actionButtons()).toEqual([]);
  });

  it('tells the seller which line lacks stock, without a reload prompt', async () => {
    stub.command = () =>
      refusal(
        409,
        'INSUFFICIENT_STOCK',
        'Not enough stock: line 1 (white-sugar-gx-g1) needs 1000 t, only 640 t available',
        '库存不足：第 1 行 white-sugar-gx-g1 需要 1000 t，可用仅 640 t',
        'lines.0.quantity',
      );
    await openOrder(order());
    const user = userEvent.setup();
    await user.click(screen.getByTestId('order-action-confirm'));
    const form = await screen.findByTestId('command-form-confirm');
    const input = form.querySelector('.ant-picker input') as HTMLInputElement;
    await user.click(input);
    await user.paste('2099-12-01');
    await user.keyboard('{Enter}');
    await user.click(modalButton('确认'));
    const alert = await screen.findByTestId('command-error');
    expect(alert.textContent).toContain('库存不足：第 1 行 white-sugar-gx-g1 需要 1000 t，可用仅 640 t');
    expect(within(alert).queryByTestId('command-reload')).toBeNull();
  });

  it('says "not found" for an order of other companies', async () => {
    stub.order = () =>
      json({ defined: false, code: 'NOT_FOUND', status: 404, message: 'Order not found' }, 404);
    renderPortal(portalOf('seller'), `/orders/${ORDER_ID}`, { me: meOf('seller', 'owner') });
    expect((await screen.findByTestId('order-not-found')).textContent).toContain(
      '订单不存在，或本公司不是该订单的当事方',
    );
  });

  it('speaks English: status, timeline and actions', async () => {
    await openOrder(confirmedForSeller, { language: 'en' });
    expect(screen.getByTestId('order-status').textContent).toBe('Confirmed');
    expect(screen.getByText('Ordered by Huaxin Food Group Co., Ltd.')).toBeTruthy();
    expect(screen.getByTestId('order-counterparty').textContent).toBe('Huaxin Food Group Co., Ltd.');
    expect(screen.getAllByTestId('event-title').map((e) => e.textContent)).toEqual([
      'Confirmed by the seller',
      'Order placed',
    ]);
    expect(screen.getAllByTestId('event-actor')[0]?.textContent).toBe(
      'Seller · Guangxi Chongzuo Guitang Sugar Co., Ltd. (you)',
    );
    expect(screen.getByTestId('order-action-cancel').textContent).toBe('Cancel order');
    expect(screen.getByTestId('line-quantity').textContent).toBe('1,000 t');
    // Names and line descriptions in English: the English names, the English part of the line.
    expect(screen.getByTestId('line-description').textContent).toBe('Guangxi white cane sugar, grade 1');
    expect(screen.getAllByTestId('reservation-warehouse').map((w) => w.textContent)).toEqual([
      'Chongzuo Sugar Logistics Warehouse',
      'Chongzuo Sugar Logistics Warehouse',
    ]);
  });

  it('falls back to the legal name on English pages when a company gave no English name', async () => {
    await openOrder({ ...confirmedForSeller, buyerNameEn: null }, { language: 'en' });
    expect(screen.getByText('Ordered by 华鑫食品集团有限公司')).toBeTruthy();
  });

  it('shows the Chinese names and the Chinese part of the line on Chinese pages', async () => {
    await openOrder(confirmedForSeller);
    expect(screen.getByTestId('order-counterparty').textContent).toBe('华鑫食品集团有限公司');
    expect(screen.getByTestId('line-description').textContent).toBe('广西白砂糖 一级');
    expect(screen.getAllByTestId('reservation-warehouse')[0]?.textContent).toBe('崇左糖业物流仓');
  });
});
