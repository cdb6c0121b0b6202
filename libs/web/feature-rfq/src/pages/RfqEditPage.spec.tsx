import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import { rfqPortalParts } from '../portal-parts';
import {
  CATEGORY_ID,
  json,
  refusal,
  rfq,
  RFQ_ID,
  SELLER2_ID,
  SELLER_ID,
  uuid,
} from '../testing/rfq-fixtures';

// Whole portals rendered in jsdom, typed into and clicked through: on the shared two-core
// machine under load the first test alone (Ant Design's cold start) can pass 30 s.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The typed client binds `fetch` when its module loads, so the API is stubbed before any import:
 * the catalog (categories, products for the seller search) always answers; `state.save` answers
 * `POST /api/rfqs` and `PUT /api/rfqs/{id}`, `state.rfq` the RFQ. Every call is recorded with its body.
 */
const stub = vi.hoisted(() => {
  const original = globalThis.fetch;
  const state: {
    save: ((body: unknown) => Response) | null;
    rfq: (() => Response) | null;
    calls: Array<{ method: string; url: URL; body: unknown }>;
    original: typeof fetch;
  } = { save: null, rfq: null, calls: [], original };
  const respond = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    state.calls.push({ method: request.method, url, body });
    const id = '00000000-0000-4000-8000-000000000301';
    if (url.pathname === '/api/catalog/categories') {
      return respond({
        items: [
          {
            id,
            parentId: null,
            code: 'food-sugar',
            nameZh: '食糖',
            nameEn: 'Sugar',
            taxRateBps: 900,
            productCount: 12,
          },
        ],
      });
    }
    if (url.pathname === '/api/catalog/products') {
      const product = (n: number, sellerId: string, sellerName: string, sellerNameEn: string) => ({
        id: `00000000-0000-4000-8000-0000000004${n}`,
        categoryId: id,
        nameZh: '白砂糖',
        nameEn: 'White sugar',
        sellerName,
        sellerNameEn,
        unit: 't',
        skuCount: 2,
        sellerId,
        code: `sugar-${n}`,
        priceFrom: null,
      });
      const items = url.searchParams.get('q')
        ? [
            product(11, '00000000-0000-4000-8000-000000000201', '广西崇左桂糖制糖有限公司', 'Guitang Sugar'),
            product(12, '00000000-0000-4000-8000-000000000201', '广西崇左桂糖制糖有限公司', 'Guitang Sugar'),
            product(13, '00000000-0000-4000-8000-000000000202', '南宁糖业股份有限公司', 'Nanning Sugar'),
          ]
        : [];
      return respond({ items, page: 1, pageSize: 100, total: items.length, totalIsLowerBound: false });
    }
    if (/^\/api\/rfqs(\/[^/]+)?$/.test(url.pathname)) {
      if (request.method !== 'GET' && state.save) return state.save(body);
      if (request.method === 'GET' && state.rfq) return state.rfq();
    }
    return original(input, init);
  }) as typeof fetch;
  return state;
});

const portal: PortalDefinition = { kind: 'buyer', ...rfqPortalParts('buyer') };
const purchaser = () =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'purchaser' }]);
const saves = () => stub.calls.filter((c) => c.method === 'POST' || c.method === 'PUT');
const fieldError = async (form: HTMLElement, text: string) => within(form).findByText(text);
const itemInput = (form: HTMLElement, testId: string, row = 0) =>
  within(form).getAllByTestId(testId)[row] as HTMLInputElement;

async function openNew() {
  const result = renderPortal(portal, '/rfqs/new', { me: purchaser() });
  const form = await screen.findByTestId('rfq-form');
  return { ...result, form, user: userEvent.setup({ delay: null }) };
}

async function chooseSeller(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(screen.getByLabelText('邀请卖方'), '白砂糖');
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
      (o) => o.textContent === name,
    );
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  await user.click(option);
}

describe('the RFQ form', () => {
  afterEach(() => {
    stub.save = null;
    stub.rfq = null;
    stub.calls = [];
  });
  afterAll(() => {
    globalThis.fetch = stub.original;
  });

  it('validates on the field before sending anything', async () => {
    const { form, user } = await openNew();
    // sensible defaults: a week to quote, the usual terms, 6 % cost of capital
    expect((within(form).getByTestId('rfq-cost-of-capital') as HTMLInputElement).value).toBe('6');
    expect(
      within(form)
        .getAllByRole('checkbox', { checked: true })
        .map((c) => (c as HTMLInputElement).value),
    ).toEqual(['prepayment', 'cash', 'net30']);

    await user.click(screen.getByTestId('rfq-save'));
    expect(await fieldError(form, '请填写标题')).toBeTruthy();
    expect(await fieldError(form, '请填写品名')).toBeTruthy();
    expect(await fieldError(form, '请填写数量')).toBeTruthy();
    expect(await fieldError(form, '请至少邀请一家卖方，或向该品类的卖方开放')).toBeTruthy();

    // as it is typed: three decimals at most, more than zero
    await user.type(itemInput(form, 'item-quantity'), '12.3456');
    expect(await fieldError(form, '数量最多 3 位小数，例如 100 或 2.5')).toBeTruthy();
    await user.clear(itemInput(form, 'item-quantity'));
    await user.type(itemInput(form, 'item-quantity'), '0');
    expect(await fieldError(form, '数量必须大于零')).toBeTruthy();

    // open to the category's sellers: then the category is needed, and invitations are not
    await user.click(within(form).getByTestId('rfq-open-switch'));
    await user.click(screen.getByTestId('rfq-save'));
    expect(await fieldError(form, '请选择开放报价的品类')).toBeTruthy();
    await waitFor(() =>
      expect(within(form).queryByText('请至少邀请一家卖方，或向该品类的卖方开放')).toBeNull(),
    );

    // no payment term accepted
    for (const box of within(form).getAllByRole('checkbox', { checked: true })) await user.click(box);
    await user.click(screen.getByTestId('rfq-save'));
    expect(await fieldError(form, '请至少接受一种付款方式')).toBeTruthy();

    // items can be added and removed, the last one stays
    await user.click(within(form).getByTestId('item-add'));
    expect(within(form).getAllByTestId('item-description')).toHaveLength(2);
    await user.click(within(form).getAllByTestId('item-remove')[1] as HTMLElement);
    expect(within(form).getAllByTestId('item-description')).toHaveLength(1);
    expect((within(form).getByTestId('item-remove') as HTMLButtonElement).disabled).toBe(true);
    expect(saves()).toEqual([]);
  });

  it('sends the draft and puts the server’s field refusal on its field', async () => {
    const { form, user, router } = await openNew();
    await user.type(within(form).getByTestId('rfq-title-input'), '一季度生产用白砂糖');
    await user.type(itemInput(form, 'item-description'), '白砂糖 一级');
    await user.type(itemInput(form, 'item-specification'), 'GB/T 317');
    await user.type(itemInput(form, 'item-quantity'), '300');
    await user.click(within(form).getByTestId('item-add'));
    await user.type(itemInput(form, 'item-description', 1), '绵白糖');
    await user.type(itemInput(form, 'item-quantity', 1), '40');
    await chooseSeller(user, '广西崇左桂糖制糖有限公司');
    // the region was left empty (the test company has none)
    await user.click(screen.getByTestId('rfq-save'));
    expect(await fieldError(form, '请填写交货地区')).toBeTruthy();
    await user.click(screen.getByLabelText('交货地区'));
    await user.type(screen.getByLabelText('交货地区'), '广东');
    await user.click(
      await waitFor(() => {
        const found = [...document.querySelectorAll('.ant-select-item-option-content')].find(
          (o) => o.textContent === '广东',
        );
        expect(found).toBeTruthy();
        return found as HTMLElement;
      }),
    );

    stub.save = () =>
      refusal(
        422,
        'RFQ_ITEM_QUANTITY_INVALID',
        'The quantity of item 2 is not allowed for this unit',
        '第 2 项的数量不符合该单位要求',
        'items.1.quantity',
      );
    await user.click(screen.getByTestId('rfq-save'));
    expect(await fieldError(form, '第 2 项的数量不符合该单位要求')).toBeTruthy();
    // on the second row's quantity, not in an alert
    const row2 = itemInput(form, 'item-quantity', 1).closest('.ant-form-item') as HTMLElement;
    expect(row2.textContent).toContain('第 2 项的数量不符合该单位要求');
    expect(screen.queryByTestId('rfq-form-alert')).toBeNull();

    const sent = saves()[0];
    expect(sent?.method).toBe('POST');
    expect(sent?.url.pathname).toBe('/api/rfqs');
    const body = sent?.body as Record<string, unknown>;
    expect(body['items']).toEqual([
      { skuId: null, description: '白砂糖 一级', specification: 'GB/T 317', quantity: '300', unit: 't' },
      { skuId: null, description: '绵白糖', specification: '', quantity: '40', unit: 't' },
    ]);
    expect(body['invitedSellerIds']).toEqual([SELLER_ID]);
    expect(body['deliveryRegion']).toBe('CN-GD');
    expect(body['acceptedPaymentTerms']).toEqual(['prepayment', 'cash', 'net30']);
    expect([
      body['costOfCapitalBps'],
      body['vatRecoverable'],
      body['sealed'],
      body['openToCategory'],
    ]).toEqual([600, true, false, false]);
    // a week ahead at 17:00 local, the goods two weeks later
    const deadline = new Date(body['deadline'] as string);
    expect(deadline.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect([deadline.getHours(), deadline.getMinutes()]).toEqual([17, 0]);
    expect(body['deliveryDate'] as string).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // corrected, the draft is saved and its page opens
    stub.save = () => json(rfq({ status: 'draft', deadline: body['deadline'] as string }), 201);
    stub.rfq = () => json(rfq({ status: 'draft' }));
    await user.clear(itemInput(form, 'item-quantity', 1));
    await user.type(itemInput(form, 'item-quantity', 1), '40.5');
    await user.click(screen.getByTestId('rfq-save'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/rfqs/${RFQ_ID}`));
    expect(saves()).toHaveLength(2);
  });

  it('changes a draft: its values in the form, everything sent again with its version', async () => {
    const draft = rfq({
      status: 'draft',
      categoryId: CATEGORY_ID,
      deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      invitations: [
        {
          sellerId: SELLER2_ID,
          sellerName: '南宁糖业股份有限公司',
          sellerNameEn: 'Nanning Sugar Co., Ltd.',
          invited: true,
          firstViewedAt: null,
          firstQuotedAt: null,
          quoted: null,
        },
      ],
      costOfCapitalBps: 725,
    });
    stub.rfq = () => json(draft);
    stub.save = () => json({ ...draft, version: 4 });
    const { router } = renderPortal(portal, `/rfqs/${RFQ_ID}/edit`, { me: purchaser(), language: 'en' });
    const form = await screen.findByTestId('rfq-form');
    expect(screen.getByText('Edit RFQ RFQ-20261126-000007', { selector: 'h3' })).toBeTruthy();
    const title = within(form).getByTestId('rfq-title-input') as HTMLInputElement;
    expect(title.value).toBe('一季度生产用白砂糖');
    expect(itemInput(form, 'item-quantity', 0).value).toBe('300');
    expect((within(form).getByTestId('rfq-cost-of-capital') as HTMLInputElement).value).toBe('7.25');
    expect(within(form).getByTestId('rfq-sellers').textContent).toContain('Nanning Sugar Co., Ltd.');

    const user = userEvent.setup({ delay: null });
    await user.clear(title);
    await user.type(title, 'White sugar, Q1');
    await user.click(screen.getByTestId('rfq-save'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/rfqs/${RFQ_ID}`));
    const sent = saves()[0];
    expect(sent?.method).toBe('PUT');
    const body = sent?.body as Record<string, unknown>;
    expect([body['title'], body['version'], body['categoryId'], body['costOfCapitalBps']]).toEqual([
      'White sugar, Q1',
      3,
      CATEGORY_ID,
      725,
    ]);
    expect(body['invitedSellerIds']).toEqual([SELLER2_ID]);
    expect(body['items']).toHaveLength(2);
  });

  it('does not edit what is no longer a draft', async () => {
    stub.rfq = () => json(rfq({ status: 'open', id: uuid(901) }));
    renderPortal(portal, `/rfqs/${RFQ_ID}/edit`, { me: purchaser() });
    expect((await screen.findByTestId('rfq-not-draft')).textContent).toContain('已不是草稿');
    expect(screen.queryByTestId('rfq-form')).toBeNull();
  });
});
