import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import type { Language } from '@tradeway/web/i18n';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { PickupTaskView } from '../data/fulfilment.queries';
import { ordersPortalParts } from '../portal-parts';
import { SHIPMENT2_ID, SHIPMENT_ID, task, taskPage } from '../testing/fulfilment-fixtures';
import { json, refusal, uuid } from '../testing/order-fixtures';

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any
 * import: `state.list` answers `GET /api/warehouse/pickups`, `state.release` the release;
 * every call is recorded with its query and body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    list: ((url: URL) => Response) | null;
    release: ((body: unknown) => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { list: null, release: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    if (request.method === 'GET' && url.pathname === '/api/warehouse/pickups' && state.list)
      return state.list(url);
    if (request.method === 'POST' && /^\/api\/shipments\/[^/]+\/release$/.test(url.pathname) && state.release)
      return state.release(body);
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'seller', ...ordersPortalParts('seller') };
const warehouseStaff = (role: BuiltInRole = 'warehouse') =>
  testMe([{ companyName: '青岛嘉运供应链管理有限公司', kinds: ['logistics'], role }]);

const second = task({
  authorisationId: uuid(952),
  shipmentId: SHIPMENT2_ID,
  shipmentNumber: 'PO-20261125-000031-S1',
  orderNumber: 'PO-20261125-000031',
  driverName: '李师傅',
  vehiclePlate: '桂B88888',
});

/** Opens the desk with these collections awaiting release (and `used` in the "released" tab). */
async function openDesk(
  awaiting: PickupTaskView[],
  { used = [], language = 'zh-CN' }: { used?: PickupTaskView[]; language?: Language } = {},
) {
  let issued = awaiting;
  stub.list = (url) => json(taskPage(url.searchParams.get('status') === 'used' ? used : issued));
  const result = renderPortal(portal, '/warehouse-release', { me: warehouseStaff(), language });
  await screen.findAllByTestId('release-task');
  return { ...result, setAwaiting: (next: PickupTaskView[]) => (issued = next) };
}

const releases = () => stub.calls.filter((c) => c.method === 'POST');
const listReads = () =>
  stub.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/warehouse/pickups').length;
const form = () => screen.getByTestId('release-form');
const codeInput = () => within(form()).getByTestId('release-code') as HTMLInputElement;

async function enterCode(user: ReturnType<typeof userEvent.setup>, row: number, code: string) {
  await user.click(screen.getAllByTestId('task-release')[row] as HTMLElement);
  await user.clear(codeInput());
  await user.type(codeInput(), code);
  await user.click(screen.getByTestId('release-submit'));
}

// Whole-form journeys through Ant Design: slow on the shared 2-core machine under load.
describe('warehouse release desk', { timeout: 60_000 }, () => {
  afterEach(() => {
    stub.list = null;
    stub.release = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('lists the collections awaiting release with driver, plate and validity; a row fills the form and shows what to check', async () => {
    await openDesk([task(), second]);
    const asked = stub.calls
      .filter((c) => c.url.pathname === '/api/warehouse/pickups')
      .map((c) => c.url.search);
    expect(asked).toContain('?page=1&pageSize=20&status=issued');
    const rows = screen.getAllByTestId('release-task');
    expect(rows.map((r) => within(r).getByTestId('task-shipment').textContent)).toEqual([
      'PO-20261126-000042-S1',
      'PO-20261125-000031-S1',
    ]);
    expect(within(rows[1] as HTMLElement).getByTestId('pickup-plate').textContent).toBe('桂B88888');
    expect(within(rows[0] as HTMLElement).getByTestId('pickup-quantity').textContent).toBe('300 吨');
    expect(document.body.textContent).not.toMatch(/¥|价格/);

    const user = userEvent.setup({ delay: null });
    await user.click(within(rows[1] as HTMLElement).getByTestId('task-release'));
    const check = await screen.findByTestId('release-check');
    expect(within(check).getByTestId('pickup-driver').textContent).toContain('李师傅');
    expect(within(check).getByTestId('pickup-plate').textContent).toBe('桂B88888');
    expect(document.activeElement).toBe(codeInput());
  });

  it('checks the code before sending: it is required and has 12 symbols', async () => {
    await openDesk([task()]);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('release-submit'));
    expect(await within(form()).findByText('请选择发货单')).toBeTruthy();
    expect(within(form()).getByText('请输入司机出示的提货码')).toBeTruthy();
    await enterCode(user, 0, 'k7qm 4xrt');
    expect(codeInput().value).toBe('K7QM-4XRT');
    expect(await within(form()).findByText('提货码为 12 位字母和数字')).toBeTruthy();
    expect(releases()).toEqual([]);
  });

  it('releases against the code, says so, and lists the collections again', async () => {
    stub.release = () =>
      json({
        task: task({ status: 'used', usedAt: '2026-11-27T08:00:00.000Z', shipmentStatus: 'in_transit' }),
        releasedAt: '2026-11-27T08:00:00.000Z',
      });
    const { setAwaiting } = await openDesk([task()]);
    const reads = listReads();
    const user = userEvent.setup({ delay: null });
    setAwaiting([]);
    await enterCode(user, 0, 'k7qm4xrt9wbn');
    await waitFor(() => expect(releases()).toHaveLength(1));
    expect(releases()[0]?.url.pathname).toBe(`/api/shipments/${SHIPMENT_ID}/release`);
    expect(releases()[0]?.body).toEqual({ code: 'K7QM-4XRT-9WBN' });
    const done = await screen.findByTestId('release-success');
    expect(done.textContent).toContain('PO-20261126-000042-S1 已放行给 王师傅（桂A12345）');
    expect(done.textContent).toContain('发货单已转为运输中');
    await waitFor(() => expect(listReads()).toBeGreaterThan(reads));
    await waitFor(() => expect(screen.queryAllByTestId('release-task')).toHaveLength(0));
    expect(codeInput().value).toBe('');
  });

  it('says plainly, in the page’s language, why a code was refused — used, expired, revoked, for another shipment — and releases nothing', async () => {
    const cases: Array<[Response, string, string]> = [
      [
        refusal(
          409,
          'PICKUP_AUTH_USED',
          'This pickup authorisation has been used already',
          '该提货授权已被使用',
        ),
        '该提货码已使用，货物已放行',
        '该提货授权已被使用',
      ],
      [
        refusal(409, 'PICKUP_AUTH_EXPIRED', 'This pickup authorisation has expired', '该提货授权已过期'),
        '该提货授权已过期',
        '该提货授权已过期',
      ],
      [
        refusal(409, 'PICKUP_AUTH_REVOKED', 'This pickup authorisation was revoked', '该提货授权已被撤销'),
        '买方已撤销该提货授权',
        '该提货授权已被撤销',
      ],
      [
        refusal(
          403,
          'PICKUP_AUTH_WRONG_SHIPMENT',
          'The authorisation is for another shipment',
          '该提货授权不属于此发货单',
        ),
        '该提货码不属于所选发货单',
        '该提货授权不属于此发货单',
      ],
    ];
    await openDesk([task()]);
    const user = userEvent.setup({ delay: null });
    for (const [answer, title, detail] of cases) {
      stub.release = () => answer;
      const reads = listReads();
      await enterCode(user, 0, 'K7QM-4XRT-9WBN');
      const alert = await screen.findByTestId('release-error');
      expect(alert.textContent).toContain(title);
      expect(alert.textContent).toContain(detail);
      expect(alert.textContent).toContain('未放行任何货物。');
      expect(screen.queryByTestId('release-success')).toBeNull();
      await waitFor(() => expect(listReads()).toBeGreaterThan(reads));
    }
    expect(releases()).toHaveLength(cases.length);
  });

  it('puts a wrong code on the code field, in English on an English page', async () => {
    stub.release = () =>
      refusal(422, 'PICKUP_CODE_INVALID', 'This pickup code is not valid', '提货码无效', 'code');
    await openDesk([task()], { language: 'en' });
    const user = userEvent.setup({ delay: null });
    await enterCode(user, 0, 'AAAA-BBBB-CCCC');
    expect(await within(form()).findByText('This pickup code is not valid')).toBeTruthy();
    expect(screen.queryByTestId('release-error')).toBeNull();
    expect(screen.getByText('Warehouse release', { selector: 'h3' })).toBeTruthy();
    const row = screen.getAllByTestId('release-task')[0] as HTMLElement;
    expect(row.textContent).toContain('Huaxin Food Group Co., Ltd.');
    expect(row.textContent).toContain('Chongzuo Sugar Logistics Warehouse');
    expect(row.textContent).toContain('Qingdao Jiayun Supply Chain Co., Ltd.');
  });

  it('shows the released collections on their tab, without a release button', async () => {
    const used = task({ authorisationId: uuid(953), status: 'used', usedAt: '2026-11-27T08:00:00.000Z' });
    await openDesk([task()], { used: [used] });
    const user = userEvent.setup({ delay: null });
    await user.click(within(screen.getByTestId('release-tabs')).getByText('已放行'));
    await waitFor(() =>
      expect(
        screen.getAllByTestId('release-task').map((r) => within(r).getByTestId('pickup-status').textContent),
      ).toEqual(['已提货']),
    );
    expect(screen.queryAllByTestId('task-release')).toEqual([]);
  });

  it('is for warehouse staff only', async () => {
    renderPortal(portal, '/warehouse-release', {
      me: testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales' }]),
    });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(stub.calls.filter((c) => c.url.pathname === '/api/warehouse/pickups')).toEqual([]);
  });
});
