import { act, cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BuiltInRole } from '@tradeway/shared/contracts';
import { api } from '@tradeway/web/data-access';
import type { PortalDefinition } from '@tradeway/web/ui';
import { renderPortal, testMe } from '@tradeway/web/ui/testing';
import type { PriceListView } from '../data/types';
import { pricingPortalParts } from '../portal-parts';

const portal: PortalDefinition = { kind: 'seller', ...pricingPortalParts('seller') };
const seller = (role: BuiltInRole) =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }]);
const LIST = '00000000-0000-4000-8000-000000000061';
const list: PriceListView = {
  id: LIST,
  kind: 'contract',
  gradeId: null,
  gradeNameZh: null,
  gradeNameEn: null,
  buyerId: '00000000-0000-4000-8000-000000000062',
  buyerName: '华鑫食品集团有限公司',
  buyerNameEn: 'Huaxin Food Group Co., Ltd.',
  code: 'HX-2026',
  name: '华鑫 2026 合同价',
  currency: 'CNY',
  validFrom: '2026-01-01',
  validTo: '2027-01-01',
  status: 'draft',
  terms: { annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} },
  delivery: null,
  quoteValidityDays: 14,
  itemCount: 3,
  version: 4,
  updatedAt: '2026-02-20T08:00:00.000Z',
};

function renderEditor(role: BuiltInRole, data: PriceListView = list, language: 'zh-CN' | 'en' = 'zh-CN') {
  const { queryClient } = renderPortal(portal, `/price-lists/${LIST}`, { me: seller(role), language });
  act(
    () => void queryClient.setQueryData(api.pricing.getPriceList.queryKey({ input: { listId: LIST } }), data),
  );
}

describe('price list editor', () => {
  it('shows the header with the status actions a draft allows, the exports and the tabs', async () => {
    renderEditor('sales_manager');
    expect((await screen.findByTestId('list-name')).textContent).toBe('华鑫 2026 合同价');
    expect(screen.getByTestId('list-status').textContent).toBe('草稿');
    expect(screen.getByTestId('list-kind').textContent).toBe('合同价 · 华鑫食品集团有限公司');
    // validTo is exclusive: the last day shown is the day before
    expect(screen.getByTestId('validity').textContent).toBe('2026年1月1日 至 2026年12月31日');
    // Ant Design spaces out a two-character Chinese button label (发 布)
    const label = (id: string) => screen.getByTestId(id).textContent?.replace(/\s/g, '');
    expect(label('status-published')).toBe('发布');
    expect(label('status-archived')).toBe('归档');
    expect(screen.queryByTestId('status-draft')).toBeNull();
    expect(screen.getByTestId('export-xlsx')).toBeTruthy();
    expect(screen.getByTestId('export-csv')).toBeTruthy();
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['商品价格（3）', '付款条件', '交货方式']);
    expect(screen.getByTestId('add-price-item')).toBeTruthy();
    expect(screen.getByText('返回合同价')).toBeTruthy();
  });

  it('names the contract buyer in English on an English page', async () => {
    renderEditor('sales_manager', list, 'en');
    await screen.findByTestId('list-name');
    expect(screen.getByTestId('list-kind').textContent).toBe('Contract · Huaxin Food Group Co., Ltd.');
  });

  it('names a contract buyer without an English name by its Chinese name on an English page', async () => {
    renderEditor('sales_manager', { ...list, buyerNameEn: null }, 'en');
    await screen.findByTestId('list-name');
    expect(screen.getByTestId('list-kind').textContent).toBe('Contract · 华鑫食品集团有限公司');
  });

  it('names the grade of a grade list in the page language only', async () => {
    const graded: PriceListView = {
      ...list,
      kind: 'grade',
      gradeId: '00000000-0000-4000-8000-000000000063',
      gradeNameZh: '战略客户',
      gradeNameEn: 'Strategic',
      buyerId: null,
      buyerName: null,
      buyerNameEn: null,
    };
    renderEditor('sales_manager', graded);
    await screen.findByTestId('list-name');
    expect(screen.getByTestId('list-kind').textContent).toBe('分级价 · 战略客户');
    cleanup();
    renderEditor('sales_manager', graded, 'en');
    await screen.findByTestId('list-name');
    expect(screen.getByTestId('list-kind').textContent).toBe('Grade list · Strategic');
  });

  it('offers back to draft and archive on a published list', async () => {
    renderEditor('owner', { ...list, status: 'published' });
    expect(await screen.findByTestId('status-draft')).toBeTruthy();
    expect(screen.getByTestId('status-archived')).toBeTruthy();
    expect(screen.queryByTestId('status-published')).toBeNull();
  });

  it('lets a sales rep read the list and export it, without editing controls', async () => {
    renderEditor('sales');
    expect(await screen.findByTestId('list-name')).toBeTruthy();
    expect(screen.queryByTestId('status-published')).toBeNull();
    expect(screen.queryByTestId('edit-list')).toBeNull();
    expect(screen.queryByTestId('add-price-item')).toBeNull();
    expect(screen.getByTestId('export-xlsx')).toBeTruthy();
  });

  it('shows the terms with their preview on the terms tab', async () => {
    const { queryClient, router } = renderPortal(portal, `/price-lists/${LIST}?tab=terms`, {
      me: seller('sales'),
    });
    act(
      () =>
        void queryClient.setQueryData(api.pricing.getPriceList.queryKey({ input: { listId: LIST } }), list),
    );
    const preview = await screen.findByTestId('terms-preview');
    expect(within(preview).getByTestId('preview-net60').textContent).toBe('+¥131.51');
    expect(screen.queryByTestId('terms-save')).toBeNull();
    expect(router.state.location.search).toBe('?tab=terms');
  });
});
