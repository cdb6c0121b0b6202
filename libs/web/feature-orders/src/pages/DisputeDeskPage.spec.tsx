import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@tradeway/web/i18n';
import { type PortalDefinition, visibleNav } from '@tradeway/web/ui';
import { operatorAdmin, renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { DeskRowView, DisputeDetailView } from '../data/receipts.queries';
import { ordersOperatorPart } from '../portal-parts';
import { json, refusal } from '../testing/order-fixtures';
import { deskPage, deskRow, dispute, DISPUTE_ID } from '../testing/receipt-fixtures';

/** The API stubbed before any import: the desk's list, one dispute, and the decision. */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    list: ((query: URLSearchParams) => Response) | null;
    detail: (() => Response) | null;
    decide: ((body: unknown) => Response) | null;
    calls: Array<{ method: string; path: string; query: string; body: unknown }>;
    original: typeof fetch;
  } = { list: null, detail: null, decide: null, calls: [], original };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, path: url.pathname, query: url.search, body });
    if (request.method === 'GET' && url.pathname === '/api/platform/disputes' && state.list)
      return state.list(url.searchParams);
    if (request.method === 'GET' && /^\/api\/platform\/disputes\/[^/]+$/.test(url.pathname) && state.detail)
      return state.detail();
    if (request.method === 'POST' && /\/decide$/.test(url.pathname) && state.decide)
      return state.decide(body);
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'operator', ...ordersOperatorPart() };
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000 - 3_600_000).toISOString();
const listCalls = () => stub.calls.filter((c) => c.method === 'GET' && c.path === '/api/platform/disputes');
const posts = () => stub.calls.filter((c) => c.method === 'POST');

function open(path: string, language: Language = 'zh-CN') {
  return {
    ...renderPortal(portal, path, { me: operatorAdmin(), language }),
    user: userEvent.setup({ delay: null }),
  };
}

const operatorView = (over: Partial<DisputeDetailView> = {}): DisputeDetailView =>
  dispute({
    viewer: 'operator',
    status: 'proposed',
    version: 2,
    proposal: {
      by: 'seller',
      resolution: { kind: 'price_adjustment', creditMinor: '120000' },
      note: '按短重补偿',
      at: '2026-11-28T09:00:00.000Z',
    },
    allowedActions: ['decide'],
    ...over,
  });

describe('the dispute desk', () => {
  afterEach(() => {
    stub.list = null;
    stub.detail = null;
    stub.decide = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('is for platform:operate only', () => {
    const { nav } = ordersOperatorPart();
    expect(nav.map((n) => [n.to, n.label, n.permission])).toEqual([
      ['/disputes', 'disputes', 'platform:operate'],
    ]);
    expect(visibleNav(nav, operatorAdmin()).map((n) => n.label)).toEqual(['disputes']);
    const auditor = testMe([
      { companyName: '上海贸途网络科技有限公司', kinds: ['operator'], role: 'viewer' },
    ]);
    expect(visibleNav(nav, auditor)).toEqual([]);
    renderPortal(portal, '/disputes', { me: auditor });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(listCalls()).toEqual([]);
  });

  it('lists disputes oldest first with their age and amount at stake, filtered and searched on the server', async () => {
    const rows: DeskRowView[] = [
      deskRow(1, { openedAt: daysAgo(15), evidenceCount: 3 }),
      deskRow(2, {
        openedAt: daysAgo(2),
        status: 'proposed',
        proposedBy: 'seller',
        orderTotalMinor: '123456789',
      }),
    ];
    stub.list = () => json(deskPage(rows, 2));
    const { user, router } = open('/disputes');
    const table = await screen.findByTestId('desk-table');
    await waitFor(() => expect(within(table).getAllByTestId('desk-row')).toHaveLength(2));
    expect(
      within(table)
        .getAllByTestId('desk-order')
        .map((o) => o.textContent),
    ).toEqual(['PO-20261121-000041', 'PO-20261122-000042']);
    expect(
      within(table)
        .getAllByTestId('desk-age')
        .map((a) => a.textContent),
    ).toEqual(['15 天', '2 天']);
    expect(
      within(table)
        .getAllByTestId('desk-at-stake')
        .map((a) => a.textContent),
    ).toEqual(['¥59,500.00', '¥1,234,567.89']);
    expect(within(table).getByText('卖方已提方案')).toBeTruthy();
    expect(listCalls()[0]?.query).toBe('?page=1&pageSize=20');

    await user.click(within(screen.getByTestId('desk-status')).getByText('已解决'));
    await waitFor(() => expect(listCalls().at(-1)?.query).toBe('?page=1&pageSize=20&status=resolved'));
    expect(router.state.location.search).toBe('?status=resolved');
    await user.type(within(screen.getByTestId('desk-search')).getByRole('searchbox'), 'PO-20261122{Enter}');
    await waitFor(() =>
      expect(listCalls().at(-1)?.query).toBe('?page=1&pageSize=20&status=resolved&q=PO-20261122'),
    );
    await user.click(within(screen.getByTestId('desk-status')).getByText('全部'));
    await waitFor(() =>
      expect(new URLSearchParams(listCalls().at(-1)?.query).get('status')).toBe('open,proposed,resolved'),
    );
  });

  it('decides a dispute: the proposal pre-filled, the note required, the API’s refusal on the field', async () => {
    stub.detail = () => json(operatorView());
    const { user } = open(`/disputes/${DISPUTE_ID}`, 'en');
    const form = await screen.findByTestId('decision-form');
    expect(screen.getByTestId('dispute-proposal-text').textContent).toBe('Credit ¥1,200.00 to the buyer');
    expect(screen.getByTestId('desk-summary').textContent).toContain('Huaxin Food Group Co., Ltd.');
    expect(screen.getByTestId('desk-summary').textContent).toContain(
      'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
    );
    expect(screen.getAllByText('Guangxi white cane sugar, grade 1').length).toBeGreaterThan(0);
    expect(screen.getByTestId('desk-max-credit').textContent).toBe('¥6,754,675.61');
    expect(screen.getByTestId('receipt-disputed-here')).toBeTruthy();
    expect(screen.getByTestId('evidence-download').getAttribute('href')).toMatch(
      new RegExp(`^/api/platform/disputes/${DISPUTE_ID}/evidence/`),
    );
    expect(within(form).getByTestId('decision-prefilled')).toBeTruthy();
    const credit = within(form).getByTestId('credit-input') as HTMLInputElement;
    expect(credit.value).toBe('1200.00');

    // The note is required before anything is sent.
    await user.click(within(form).getByTestId('decide-submit'));
    expect(await within(form).findByText('Explain the decision: both parties read it')).toBeTruthy();
    expect(posts()).toEqual([]);

    // The API refuses the amount: shown on the credit field.
    stub.decide = () =>
      refusal(
        422,
        'DISPUTE_CREDIT_EXCEEDS_ORDER_TOTAL',
        'The credit must not exceed 6754675.61 (the order total less credits already agreed)',
        '调价金额不能超过 6754675.61（订单金额减去已同意的调价）',
        'resolution.creditMinor',
      );
    await user.clear(credit);
    await user.type(credit, '1356.5');
    await user.type(within(form).getByTestId('resolution-note'), '0.2 t short');
    await user.click(within(form).getByTestId('decide-submit'));
    await user.click(await screen.findByTestId('decide-confirm'));
    expect(
      await within(form).findByText(
        'The credit must not exceed 6754675.61 (the order total less credits already agreed)',
      ),
    ).toBeTruthy();
    expect(posts()).toEqual([
      {
        method: 'POST',
        path: `/api/platform/disputes/${DISPUTE_ID}/decide`,
        query: '',
        body: {
          resolution: { kind: 'price_adjustment', creditMinor: '135650' },
          note: '0.2 t short',
          version: 2,
        },
      },
    ]);
  });

  it('shows the outcome once decided, and the desk’s list is read again without the dispute', async () => {
    let rows = [
      deskRow(1, { id: DISPUTE_ID, openedAt: daysAgo(4), status: 'proposed', proposedBy: 'seller' }),
    ];
    stub.list = () => json(deskPage(rows));
    stub.detail = () => json(operatorView({ proposal: null, status: 'open', version: 1 }));
    const { user } = open('/disputes', 'en');
    await user.click(await screen.findByTestId('desk-row'));
    const form = await screen.findByTestId('decision-form');
    expect(
      (within(form).getByTestId('resolution-kind').querySelector('input:checked') as HTMLInputElement).value,
    ).toBe('accept');

    const decided = operatorView({
      status: 'resolved',
      version: 2,
      proposal: null,
      outcome: {
        resolution: { kind: 'accept' },
        decidedBy: 'operator',
        note: 'Within scale error',
        at: '2026-11-29T09:00:00.000Z',
      },
      allowedActions: [],
    });
    stub.decide = () => json(decided);
    stub.detail = () => json(decided);
    rows = [];
    const before = listCalls().length;
    await user.type(within(form).getByTestId('resolution-note'), 'ok');
    await user.click(within(form).getByTestId('decide-submit'));
    await user.click(await screen.findByTestId('decide-confirm'));
    expect((await screen.findByTestId('dispute-outcome-text')).textContent).toBe('Accept as received');
    expect(screen.queryByTestId('decision-form')).toBeNull();
    expect(posts()[0]?.body).toEqual({ resolution: { kind: 'accept' }, note: 'ok', version: 1 });

    await user.click(screen.getByTestId('desk-back'));
    expect(await screen.findByTestId('desk-empty')).toBeTruthy();
    expect(listCalls().length).toBeGreaterThan(before);
  });
});
