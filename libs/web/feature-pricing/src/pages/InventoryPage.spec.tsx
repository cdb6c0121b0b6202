import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { InventoryRowView, StockWarehouseView } from '../data/types';
import { pricingPortalParts } from '../portal-parts';

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any
 * import: each test answers the inventory routes; every call is recorded.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    answer: ((method: string, url: string, body: unknown) => Response | undefined) | null;
    calls: Array<{ method: string; url: string; body: unknown }>;
    original: typeof fetch;
  } = { answer: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url: request.url, body });
    const answer = state.answer?.(request.method, request.url, body);
    return answer ?? original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'seller', ...pricingPortalParts('seller') };
const seller = (role: BuiltInRole) =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }]);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const row = (over: Partial<InventoryRowView>): InventoryRowView => ({
  skuId: uuid(1),
  skuCode: 'white-sugar-gx-g1',
  productId: uuid(100),
  productNameZh: '广西白砂糖 一级',
  productNameEn: 'Guangxi white cane sugar, grade 1',
  unit: 't',
  minOrderQuantity: '10',
  locationId: uuid(11),
  locationCode: 'A1',
  warehouseId: uuid(10),
  warehouseName: '崇左糖业物流仓',
  warehouseNameEn: 'Chongzuo Sugar Logistics Warehouse',
  onHand: '1200',
  reserved: '50',
  available: '1150',
  low: false,
  version: 3,
  updatedAt: '2026-11-20T08:00:00.000Z',
  ...over,
});
const rows: InventoryRowView[] = [
  row({}),
  row({ locationId: uuid(12), locationCode: 'A2', onHand: '5', reserved: '0', available: '5', low: true }),
  row({
    skuId: uuid(2),
    skuCode: 'white-sugar-gx-g2',
    locationId: uuid(12),
    locationCode: 'A2',
    onHand: '30',
    reserved: '30',
    available: '0',
    low: true,
  }),
  row({
    skuId: uuid(3),
    skuCode: 'white-sugar-gx-premium',
    locationId: null,
    locationCode: null,
    warehouseId: null,
    warehouseName: null,
    warehouseNameEn: null,
    onHand: '0',
    reserved: '0',
    available: '0',
    low: true,
    version: 0,
    updatedAt: null,
  }),
];
const warehouses: StockWarehouseView[] = [
  {
    id: uuid(10),
    code: 'chongzuo-sugar-wh',
    name: '崇左糖业物流仓',
    nameEn: 'Chongzuo Sugar Logistics Warehouse',
    city: '崇左',
    locations: [
      { id: uuid(11), code: 'A1' },
      { id: uuid(12), code: 'A2' },
    ],
  },
];

/** The API as the page sees it: the list (filtered by nothing here), the locations, and `put` for saves. */
function answerWith(put: (body: unknown) => Response, list: () => InventoryRowView[] = () => rows) {
  stub.answer = (method, url, body) => {
    const path = new URL(url).pathname;
    if (method === 'GET' && path === '/api/catalog/inventory/locations') return json({ items: warehouses });
    if (method === 'GET' && path === '/api/catalog/inventory') {
      const items = list();
      return json({ items, total: items.length, page: 1, pageSize: 20 });
    }
    if (method === 'PUT' && path.startsWith('/api/catalog/inventory/')) return put(body);
    return undefined;
  };
}

async function openPage(
  role: BuiltInRole = 'sales_manager',
  language: Language = 'zh-CN',
  path = '/inventory',
) {
  const result = renderPortal(portal, path, { me: seller(role), language });
  await screen.findAllByTestId('on-hand');
  return result;
}
const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;
const puts = () => stub.calls.filter((c) => c.method === 'PUT');

describe('inventory page', () => {
  afterEach(() => {
    stub.answer = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('lists stock per location with reserved, available and low stock, in Chinese', async () => {
    answerWith(() => json({}, 500));
    await openPage();
    expect(screen.getByText('库存', { selector: 'h3' })).toBeTruthy();
    const menu = within(screen.getByRole('navigation')).getAllByRole('menuitem');
    expect(menu.map((m) => m.textContent)).toContain('库存');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['商品 / SKU', '库位 · 仓库', '在库', '已预留', '可用', '更新时间']);
    const first = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getByTestId('location').textContent).toBe('A1崇左糖业物流仓');
    expect(within(first).getByTestId('sku-code').textContent).toBe('white-sugar-gx-g1');
    expect(within(first).getByTestId('on-hand').textContent).toBe('1,200');
    expect(within(first).getByTestId('available').textContent).toBe('1,150吨');
    expect(screen.getAllByTestId('low-tag').map((t) => t.textContent)).toEqual([
      '低库存',
      '无可用',
      '无可用',
    ]);
    const premium = rowOf('white-sugar-gx-premium');
    expect(within(premium).getByTestId('no-position').textContent).toContain('未登记库存');
    expect(within(premium).queryByTestId('edit-on-hand')).toBeNull();
  });

  it('speaks English, with the warehouses in English', async () => {
    answerWith(() => json({}, 500));
    await openPage('owner', 'en');
    expect(screen.getByText('Inventory', { selector: 'h3' })).toBeTruthy();
    expect(screen.getAllByTestId('location').map((l) => l.textContent)).toEqual([
      'A1Chongzuo Sugar Logistics Warehouse',
      'A2Chongzuo Sugar Logistics Warehouse',
      'A2Chongzuo Sugar Logistics Warehouse',
    ]);
    expect(screen.getAllByText('Guangxi white cane sugar, grade 1')).toHaveLength(4);
    expect(screen.getAllByTestId('low-tag').map((t) => t.textContent)).toEqual([
      'Low',
      'None available',
      'None available',
    ]);
    expect(screen.getByTestId('add-stock').textContent).toBe('Record stock');
  });

  it('checks on hand as it is typed: decimals, sign and the reserved quantity, sending nothing refused', async () => {
    answerWith(() => json({}, 500));
    await openPage();
    const user = userEvent.setup();
    await user.click(within(screen.getAllByRole('row')[1] as HTMLElement).getByTestId('edit-on-hand'));
    const input = screen.getByTestId('on-hand-input');
    for (const [typed, problem] of [
      ['49.5', '不能少于订单已预留的 50'],
      ['-1', '不能为负数'],
      ['1.2345', '最多 3 位小数'],
    ] as const) {
      await user.clear(input);
      // one paste is one change: the same check as typing, a fraction of the renders
      await user.paste(typed);
      await user.click(screen.getByTestId('on-hand-save'));
      expect(await screen.findByText(problem)).toBeTruthy();
    }
    expect(puts()).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('on-hand-input')).toBeNull();
  });

  it("shows the server's refusal on the field, in the page's language", async () => {
    answerWith(() =>
      json(
        {
          defined: false,
          code: 'ON_HAND_BELOW_RESERVED',
          status: 422,
          message: 'On hand cannot be less than the 70 already reserved for orders',
          data: {
            reason: 'ON_HAND_BELOW_RESERVED',
            messageZh: '在库数量不能少于已预留的 70（已被订单占用）',
            fields: [
              {
                path: 'onHand',
                message: 'On hand cannot be less than the 70 already reserved for orders',
                messageZh: '在库数量不能少于已预留的 70（已被订单占用）',
              },
            ],
          },
        },
        422,
      ),
    );
    await openPage();
    const user = userEvent.setup();
    await user.click(within(screen.getAllByRole('row')[1] as HTMLElement).getByTestId('edit-on-hand'));
    const input = screen.getByTestId('on-hand-input');
    await user.clear(input);
    await user.type(input, '60{Enter}');
    expect(await screen.findByText('在库数量不能少于已预留的 70（已被订单占用）')).toBeTruthy();
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.url).toContain(`/api/catalog/inventory/${uuid(1)}/${uuid(11)}`);
    expect(puts()[0]?.body).toEqual({ onHand: '60', expectedVersion: 3 });
    expect(screen.getByTestId('on-hand-input')).toBeTruthy();
  });

  it('saves at the version shown, then shows the stored quantity', async () => {
    let current = rows;
    answerWith(
      (body) => {
        const saved = row({ onHand: (body as { onHand: string }).onHand, available: '1450', version: 4 });
        current = [saved, ...rows.slice(1)];
        return json(saved);
      },
      () => current,
    );
    await openPage();
    const user = userEvent.setup();
    const first = () => screen.getAllByRole('row')[1] as HTMLElement;
    await user.click(within(first()).getByTestId('edit-on-hand'));
    const input = screen.getByTestId('on-hand-input');
    await user.clear(input);
    await user.type(input, '1500.5');
    await user.click(screen.getByTestId('on-hand-save'));
    await waitFor(() => expect(within(first()).getByTestId('on-hand').textContent).toBe('1,500.5'));
    expect(puts()[0]?.body).toEqual({ onHand: '1500.5', expectedVersion: 3 });
    expect(
      await screen.findByText('white-sugar-gx-g1 在 崇左糖业物流仓 · A1 的在库数量已改为 1,500.5 吨'),
    ).toBeTruthy();
  });

  it('asks the server for low stock in one warehouse, and keeps the filters in the address', async () => {
    answerWith(() => json({}, 500));
    const { router } = await openPage('sales_manager', 'zh-CN', `/inventory?warehouse=${uuid(10)}`);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('only-low'));
    await waitFor(() => expect(router.state.location.search).toBe(`?warehouse=${uuid(10)}&low=1`));
    await waitFor(() =>
      expect(
        stub.calls.some((c) => c.url.includes('onlyLow=true') && c.url.includes(`warehouseId=${uuid(10)}`)),
      ).toBe(true),
    );
    // in one warehouse, a SKU without stock there says so
    expect(within(rowOf('white-sugar-gx-premium')).getByTestId('no-position').textContent).toContain(
      '该仓库无库存',
    );
  });

  it('records a first stock position from a SKU without stock, refusing one that exists (409)', async () => {
    answerWith(() =>
      json(
        {
          defined: false,
          code: 'CONFLICT',
          status: 409,
          message: 'Someone changed this stock meanwhile',
          data: { reason: 'INVENTORY_CHANGED', messageZh: '此库存已被他人修改', fields: [] },
        },
        409,
      ),
    );
    await openPage();
    const user = userEvent.setup();
    await user.click(within(rowOf('white-sugar-gx-premium')).getByTestId('record-stock'));
    const form = await screen.findByTestId('add-stock-form');
    expect(within(form).getByText('white-sugar-gx-premium')).toBeTruthy();
    await user.click(within(form).getByLabelText('仓库库位'));
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
        (o) => o.textContent === '崇左糖业物流仓 · A1',
      );
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    await user.click(option);
    await user.type(within(form).getByLabelText('在库数量'), '12.5{Enter}');
    expect(await within(form).findByText('该 SKU 在此库位已有库存，请在表格中修改')).toBeTruthy();
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.url).toContain(`/api/catalog/inventory/${uuid(3)}/${uuid(11)}`);
    expect(puts()[0]?.body).toEqual({ onHand: '12.5', expectedVersion: 0 });
  });

  it('is not for sales reps', () => {
    renderPortal(portal, '/inventory', { me: seller('sales') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('inventory-table')).toBeNull();
  });
});
