import { ORPCError } from '@orpc/client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { PriceItemPayload, PriceItemView } from '../data/types';
import { PriceItemDrawer } from './PriceItemDrawer';

const LIST = '00000000-0000-4000-8000-000000000051';
const SKU = '00000000-0000-4000-8000-000000000052';
const item: PriceItemView = {
  skuId: SKU,
  skuCode: 'SUGAR-1-50KG',
  productNameZh: '白砂糖 一级',
  productNameEn: 'White sugar, grade 1',
  unit: 't',
  unitPrice: '6000.0000',
  floorPrice: '5700.0000',
  ladderMode: 'all_units',
  ladder: [
    { minQuantity: '100.000', kind: 'absolute', value: '5950.0000' },
    { minQuantity: '1000.000', kind: 'percent', value: '2.00' },
  ],
};

function renderDrawer(onSave: (p: PriceItemPayload) => Promise<unknown>, language: 'zh-CN' | 'en' = 'zh-CN') {
  renderWithProviders(
    <PriceItemDrawer
      open
      listId={LIST}
      item={item}
      currency="CNY"
      onSave={onSave}
      onClose={() => undefined}
    />,
    { language },
  );
}

describe('price item drawer', () => {
  it('shows the stored prices as typed and sends them back unchanged', async () => {
    const onSave = vi.fn((_: PriceItemPayload) => Promise.resolve());
    renderDrawer(onSave);
    expect((screen.getByLabelText('单价') as HTMLInputElement).value).toBe('6000');
    expect((screen.getByLabelText('第 2 档单价或折扣') as HTMLInputElement).value).toBe('2');
    await userEvent.click(screen.getByTestId('price-item-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      listId: LIST,
      skuId: SKU,
      unitPrice: '6000',
      floorPrice: '5700',
      ladderMode: 'all_units',
      ladder: [
        { minQuantity: '100', kind: 'absolute', value: '5950' },
        { minQuantity: '1000', kind: 'percent', value: '2' },
      ],
    });
  });

  it('checks the prices before sending', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    renderDrawer(onSave);
    await userEvent.clear(screen.getByLabelText('单价'));
    await userEvent.type(screen.getByLabelText('单价'), '6000.12345');
    await userEvent.type(screen.getByLabelText('底价'), 'x');
    await userEvent.click(screen.getByTestId('price-item-save'));
    expect(await screen.findByText('最多 4 位小数')).toBeTruthy();
    expect(screen.getByText('请输入价格，如 5950 或 5950.5')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('puts what the API refuses on the break it concerns', async () => {
    const refusal = new ORPCError('PRICE_ITEM_INVALID', {
      status: 422,
      message: 'The price item is invalid',
      data: {
        messageZh: '价格条目无效',
        fields: [
          {
            path: 'ladder.1.value',
            message: 'a ladder price must not be above the base price 6000',
            messageZh: '阶梯价不能高于基础价 6000',
          },
          { path: 'listId', message: 'The list is archived', messageZh: '价格表已归档' },
        ],
      },
    });
    renderDrawer(() => Promise.reject(refusal));
    await userEvent.click(screen.getByTestId('price-item-save'));
    const second = screen.getAllByTestId('ladder-break')[1] as HTMLElement;
    expect(await within(second).findByText('阶梯价不能高于基础价 6000')).toBeTruthy();
    const alert = screen.getByTestId('form-error');
    expect(alert.textContent).toContain('价格条目无效');
    expect(alert.textContent).toContain('价格表已归档');
  });
});
