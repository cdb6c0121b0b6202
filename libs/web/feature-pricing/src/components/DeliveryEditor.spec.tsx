import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { DeliveryRule } from '../data/types';
import { DeliveryEditor } from './DeliveryEditor';

const stored: DeliveryRule = {
  pickups: [],
  zones: [
    {
      code: 'SOUTH',
      nameZh: '华南',
      nameEn: 'South China',
      regions: ['CN-GD', 'CN-GX'],
      freightPerUnit: '85.0000',
      perShipmentFeeMinor: '30000',
    },
  ],
};

function renderEditor(
  rule: DeliveryRule | null,
  onSave = vi.fn((_: DeliveryRule | null) => Promise.resolve()),
) {
  renderWithProviders(
    <DeliveryEditor rule={rule} kind="grade" currency="CNY" canManage warehouses={[]} onSave={onSave} />,
    { language: 'zh-CN' },
  );
  return onSave;
}

describe('delivery editor', () => {
  it('shows the fee per shipment in yuan and sends it in fen, exactly', async () => {
    const onSave = renderEditor(stored);
    const fee = screen.getByLabelText('第 1 个区域每单固定费') as HTMLInputElement;
    expect(fee.value).toBe('300.00');
    await userEvent.clear(fee);
    await userEvent.type(fee, '1234.29');
    await userEvent.click(screen.getByTestId('delivery-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      pickups: [],
      zones: [
        {
          code: 'SOUTH',
          nameZh: '华南',
          nameEn: 'South China',
          regions: ['CN-GD', 'CN-GX'],
          freightPerUnit: '85',
          perShipmentFeeMinor: '123429',
        },
      ],
    });
  });

  it('refuses a fee with fractions of a fen and a repeated zone code', async () => {
    const onSave = renderEditor(stored);
    const fee = screen.getByLabelText('第 1 个区域每单固定费');
    await userEvent.clear(fee);
    await userEvent.type(fee, '300.005');
    await userEvent.click(screen.getByTestId('add-zone'));
    await userEvent.type(screen.getByLabelText('第 2 个区域代码'), 'south');
    await userEvent.click(screen.getByTestId('delivery-save'));
    const [first, second] = screen.getAllByTestId('zone-row') as [HTMLElement, HTMLElement];
    expect(await within(first).findByText('最多 2 位小数（分）')).toBeTruthy();
    // each field's message appears when its own validation settles: wait for each
    expect(await within(second).findByText('已有区域使用此代码', {}, { timeout: 5000 })).toBeTruthy();
    expect(await within(second).findByText('请至少选择一个地区', {}, { timeout: 5000 })).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('inherits with null', async () => {
    const onSave = renderEditor(null);
    expect(screen.getByText('此价格表使用公开价表的自提仓库和配送区域。')).toBeTruthy();
    await userEvent.click(screen.getByTestId('delivery-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(null));
  });
});
