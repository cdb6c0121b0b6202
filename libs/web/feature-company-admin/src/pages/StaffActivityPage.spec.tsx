import { screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { StaffActivityRow } from '@tradeway/shared/contracts';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { companyAdminPortalParts } from '../portal-parts';

// A whole portal in jsdom: Ant Design's cold start on a busy two-core machine can take a while.
vi.setConfig({ testTimeout: 90_000 });

/** The typed client binds `fetch` when its module loads, so the API is stubbed before any import. */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: { rows: unknown[]; original: typeof fetch } = { rows: [], original };
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (new URL(request.url).pathname === '/api/company/staff-activity') {
      const body = {
        period: 'day',
        windowStart: '2026-11-23T16:00:00.000Z',
        windowEnd: '2026-11-24T16:00:00.000Z',
        rows: state.rows,
      };
      return Promise.resolve(
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
      );
    }
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const row = (name: string, email: string, values: Partial<StaffActivityRow>): StaffActivityRow => ({
  userId: `00000000-0000-4000-8000-00000000000${name.length}`,
  displayName: name,
  email,
  role: 'sales',
  disabled: false,
  signIns: 1,
  requisitionsSubmitted: 0,
  quotesSent: 0,
  rfqsAnswered: 0,
  avgRfqResponseMinutes: null,
  approvalsDecided: 0,
  actions: 0,
  lastActiveAt: null,
  ...values,
});

const seller = () => testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'owner' }]);
const portal: PortalDefinition = { kind: 'seller', ...companyAdminPortalParts('seller') };

describe('the staff activity page', () => {
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it("shows each sales rep's RFQs answered and average response time, in Chinese", async () => {
    stub.rows = [
      row('周敏', 'seller.sales@guitang-sugar.demo', { rfqsAnswered: 3, avgRfqResponseMinutes: 95 }),
      row('黄磊', 'seller.sales2@guitang-sugar.demo', { rfqsAnswered: 1, avgRfqResponseMinutes: 40 }),
      row('韦强', 'seller.manager@guitang-sugar.demo', {}),
    ];
    renderPortal(portal, '/company/staff-activity', { language: 'zh-CN', me: seller() });
    const table = await screen.findByTestId('activity-table');
    const cells = async (email: string) => {
      const r = (await within(table).findByText(email)).closest('tr') as HTMLElement;
      return within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    };
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const answered = headers.indexOf('应答询价');
    const average = headers.indexOf('平均询价响应');
    expect(answered).toBeGreaterThan(0);
    expect(average).toBe(answered + 1);
    expect((await cells('seller.sales@guitang-sugar.demo')).slice(answered, average + 1)).toEqual([
      '3',
      '1 小时 35 分钟',
    ]);
    expect((await cells('seller.sales2@guitang-sugar.demo')).slice(answered, average + 1)).toEqual([
      '1',
      '40 分钟',
    ]);
    expect((await cells('seller.manager@guitang-sugar.demo')).slice(answered, average + 1)).toEqual([
      '0',
      '–',
    ]);
  });
});
