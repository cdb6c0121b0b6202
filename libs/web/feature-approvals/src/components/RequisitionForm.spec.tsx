import { ORPCError } from '@orpc/client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { RequisitionPayload } from '../data/types';
import { emptyRequisition } from '../utils/requisition-form';
import { RequisitionForm } from './RequisitionForm';

const DEPT = '00000000-0000-4000-8000-000000000021';
const departments = [{ id: DEPT, name: '生产部', budgetCode: 'PROD-01', memberCount: 3 }];

function renderForm(
  onSubmit: (p: RequisitionPayload) => Promise<unknown>,
  language: 'zh-CN' | 'en' = 'zh-CN',
) {
  renderWithProviders(
    <RequisitionForm
      initialValues={emptyRequisition()}
      departments={departments}
      categories={[]}
      submitLabel="提交审批"
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
    { language },
  );
  const field = (label: string) => screen.getByLabelText(label);
  return { field, submit: () => userEvent.click(screen.getByTestId('requisition-submit')) };
}

async function fillLine(
  field: (l: string) => HTMLElement,
  n: number,
  v: { d: string; q: string; u: string; p: string },
) {
  await userEvent.type(field(`第 ${n} 行品名及规格`), v.d);
  await userEvent.type(field(`第 ${n} 行数量`), v.q);
  await userEvent.type(field(`第 ${n} 行单位`), v.u);
  await userEvent.type(field(`第 ${n} 行单价（元）`), v.p);
}

describe('requisition form', () => {
  it('checks every field before sending anything', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    const { field, submit } = renderForm(onSubmit);
    await submit();
    expect(await screen.findByText('请输入数量')).toBeTruthy();
    expect(screen.getByText('请输入金额')).toBeTruthy();
    expect(screen.getAllByText('必填')).toHaveLength(3); // title, description, unit
    await userEvent.type(field('第 1 行数量'), '1.2345');
    await userEvent.type(field('第 1 行单价（元）'), '6000.125');
    expect(await screen.findByText('最多 3 位小数')).toBeTruthy();
    expect(await screen.findByText('最多 2 位小数（分）')).toBeTruthy();
    await userEvent.clear(field('第 1 行数量'));
    await userEvent.type(field('第 1 行数量'), '0');
    expect(await screen.findByText('必须大于 0')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('totals the lines as the user types and sends unit prices in fen', async () => {
    const onSubmit = vi.fn((_: RequisitionPayload) => Promise.resolve());
    const { field, submit } = renderForm(onSubmit);
    await userEvent.type(field('标题'), '白砂糖 25 吨');
    await fillLine(field, 1, { d: '白砂糖 一级', q: '25', u: 't', p: '6000' });
    expect(screen.getByTestId('requisition-total').textContent).toBe('¥150,000.00');
    await userEvent.click(screen.getByRole('button', { name: /添加一行/ }));
    expect(screen.getByTestId('requisition-total').textContent).toBe('¥150,000.00');
    expect(screen.getByTestId('incomplete-lines').textContent).toBe('（不含 1 行未填完整）');
    await fillLine(field, 2, { d: '包装袋', q: '3', u: 'piece', p: '0.1' });
    const totals = screen.getAllByTestId('line-total').map((e) => e.textContent);
    expect(totals).toEqual(['¥150,000.00', '¥0.30']);
    expect(screen.getByTestId('requisition-total').textContent).toBe('¥150,000.30');
    expect(screen.queryByTestId('incomplete-lines')).toBeNull();
    await submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      title: '白砂糖 25 吨',
      departmentId: null,
      currency: 'CNY',
      lines: [
        { description: '白砂糖 一级', quantity: '25', unit: 't', unitPriceMinor: '600000' },
        { description: '包装袋', quantity: '3', unit: 'piece', unitPriceMinor: '10' },
      ],
    });
  });

  it('shows what the API refuses on the line field it concerns, the rest above the form', async () => {
    const refusal = new ORPCError('BAD_REQUEST', {
      status: 400,
      message: 'Invalid input',
      data: {
        fields: [
          { path: 'lines.0.quantity', message: 'A positive number with up to 3 decimals' },
          { path: 'currency', message: "Requisitions are in the company's base currency (CNY)" },
        ],
      },
    });
    const onSubmit = vi.fn(() => Promise.reject(refusal));
    const { field, submit } = renderForm(onSubmit);
    await userEvent.type(field('标题'), '白砂糖');
    await fillLine(field, 1, { d: '白砂糖', q: '25', u: 't', p: '6000' });
    await submit();
    const line = (await screen.findAllByTestId('requisition-line'))[0] as HTMLElement;
    expect(await within(line).findByText('请输入最多 3 位小数的正数')).toBeTruthy();
    const alert = screen.getByTestId('form-error');
    expect(alert.textContent).toContain('部分输入无效。');
    expect(alert.textContent).toContain("Requisitions are in the company's base currency (CNY)");
    // the message goes once the field is changed
    await userEvent.type(field('第 1 行数量'), '.5');
    await waitFor(() => expect(within(line).queryByText('请输入最多 3 位小数的正数')).toBeNull());
  });

  it('speaks English too', async () => {
    const { submit } = renderForm(() => Promise.resolve(), 'en');
    expect(screen.getByText('Description')).toBeTruthy();
    await submit();
    expect(await screen.findByText('Enter a quantity')).toBeTruthy();
    expect(screen.getByText('Enter an amount')).toBeTruthy();
  });
});
