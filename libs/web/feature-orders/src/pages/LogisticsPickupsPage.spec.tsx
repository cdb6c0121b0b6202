import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { ordersPortalParts } from '../portal-parts';
import { task, taskPage } from '../testing/fulfilment-fixtures';
import { json, uuid } from '../testing/order-fixtures';

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any
 * import: `state.list` answers `GET /api/logistics/pickups`; every call is recorded.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: { list: ((url: URL) => Response) | null; calls: URL[]; original: typeof fetch } = {
    list: null,
    calls: [],
    original,
  };
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    state.calls.push(url);
    if (url.pathname === '/api/logistics/pickups' && state.list) return Promise.resolve(state.list(url));
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'seller', ...ordersPortalParts('seller') };
const carrier = () =>
  testMe([{ companyName: '青岛嘉运供应链管理有限公司', kinds: ['logistics'], role: 'owner' }]);
const asked = () => stub.calls.filter((u) => u.pathname === '/api/logistics/pickups').map((u) => u.search);

async function openPickups(path = '/pickups', language: Language = 'zh-CN') {
  const result = renderPortal(portal, path, { me: carrier(), language });
  await screen.findAllByTestId('pickup-task');
  return result;
}

// Whole-form journeys through Ant Design: slow on the shared 2-core machine under load.
describe('logistics pickups', { timeout: 60_000 }, () => {
  afterEach(() => {
    stub.list = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('lists what my company may collect — order, goods, warehouse and address, validity, driver — without prices, and shows my platform ID', async () => {
    stub.list = () =>
      json(
        taskPage([
          task(),
          task({ authorisationId: uuid(952), status: 'used', usedAt: '2026-11-27T08:00:00.000Z' }),
        ]),
      );
    await openPickups();
    expect(asked()).toEqual(['?page=1&pageSize=20']);
    const [first, second] = screen.getAllByTestId('pickup-task') as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('task-order').textContent).toBe('PO-20261126-000042');
    expect(within(first).getByTestId('task-shipment').textContent).toBe('PO-20261126-000042-S1');
    expect(within(first).getByTestId('task-buyer').textContent).toBe('华鑫食品集团有限公司');
    expect(within(first).getByTestId('pickup-quantity').textContent).toBe('300 吨');
    expect(within(first).getByTestId('pickup-warehouse').textContent).toContain(
      '广西崇左市江州区糖业大道 8 号',
    );
    expect(within(first).getByTestId('pickup-plate').textContent).toBe('桂A12345');
    expect(within(first).getByTestId('pickup-status').textContent).toBe('有效');
    expect(within(second).getByTestId('pickup-status').textContent).toBe('已提货');
    expect(screen.getByTestId('pickups-table').textContent).not.toMatch(/¥|价/);
    // The ID buyers need to authorise this company (testMe's first company).
    expect(screen.getByTestId('company-id').textContent).toContain(uuid(200));
  });

  it('filters by status on the server, keeps the filter in the address, and pages there', async () => {
    stub.list = (url) =>
      json(taskPage([task()], { total: 45, page: Number(url.searchParams.get('page') ?? '1') }));
    const { router } = await openPickups('/pickups?status=issued');
    expect(asked()).toEqual(['?page=1&pageSize=20&status=issued']);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('filter-expired'));
    await waitFor(() => expect(router.state.location.search).toBe('?status=issued%2Cexpired'));
    await waitFor(() => expect(asked()).toContain('?page=1&pageSize=20&status=issued%2Cexpired'));
    await user.click(screen.getByTitle('3'));
    await waitFor(() => expect(router.state.location.search).toBe('?status=issued%2Cexpired&page=3'));
    await waitFor(() => expect(asked()).toContain('?page=3&pageSize=20&status=issued%2Cexpired'));
    expect(screen.getByText('共 45 条提货授权')).toBeTruthy();
    await user.click(screen.getByTestId('filter-all'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('says when nothing matches, in English on an English page', async () => {
    stub.list = (url) => json(taskPage(url.searchParams.get('status') ? [] : [task()]));
    await openPickups('/pickups', 'en');
    expect(screen.getByText('Pickups', { selector: 'h3' })).toBeTruthy();
    expect(screen.getByTestId('pickup-status').textContent).toBe('Valid');
    // Names and goods in English.
    expect(screen.getByTestId('task-buyer').textContent).toBe('Huaxin Food Group Co., Ltd.');
    expect(screen.getByTestId('pickup-warehouse').textContent).toContain(
      'Chongzuo Sugar Logistics Warehouse',
    );
    expect(screen.getByTestId('pickup-goods').textContent).toContain('Guangxi white cane sugar, grade 1');
    expect(screen.getByTestId('pickup-goods').textContent).not.toContain('广西白砂糖');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('filter-revoked'));
    expect((await screen.findByTestId('pickups-empty')).textContent).toContain('No pickup with this status');
  });
});
