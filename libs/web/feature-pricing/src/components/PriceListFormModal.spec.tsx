import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import { PriceListFormModal } from './PriceListFormModal';

describe('new price list', () => {
  it('checks the fields before anything is sent, asking for the buyer of a contract', async () => {
    renderWithProviders(<PriceListFormModal open defaultKind="contract" onClose={() => undefined} />, {
      language: 'zh-CN',
    });
    expect(screen.getByText('与单个客户一对一约定的价格，优先于其他所有价格表。')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('编码'), 'HX 2026');
    await userEvent.clear(screen.getByLabelText('报价有效期'));
    await userEvent.type(screen.getByLabelText('报价有效期'), '120');
    await userEvent.click(screen.getByRole('button', { name: /创\s*建/ }));
    expect(await screen.findByText('请选择客户')).toBeTruthy();
    expect(screen.getByText('只能使用字母、数字、- 和 _，最多 40 位')).toBeTruthy();
    expect(screen.getByText('必填')).toBeTruthy();
    expect(screen.getByText('请输入 1 到 90 的整数天数')).toBeTruthy();
  });

  it('asks for the grade of a grade list', async () => {
    renderWithProviders(<PriceListFormModal open onClose={() => undefined} />, { language: 'en' });
    await userEvent.click(screen.getByText('Grade list'));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.getByText('Choose a grade')).toBeTruthy());
    expect(screen.queryByText('Choose a customer')).toBeNull();
  });
});
