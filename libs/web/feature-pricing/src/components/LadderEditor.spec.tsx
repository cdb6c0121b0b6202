import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { LadderRow } from '../utils/ladder';
import { LadderEditor } from './LadderEditor';
import { LadderSummary } from './LadderSummary';

interface Values {
  unitPrice: string;
  ladderMode: 'all_units' | 'graduated';
  ladder: LadderRow[];
}

/** The editor inside a form, as the price drawer holds it. */
function Harness({ initial, onFinish }: { initial: Values; onFinish: (v: Values) => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> form={form} initialValues={initial} onFinish={onFinish}>
      <Form.Item name="unitPrice">
        <Input aria-label="unit price" />
      </Form.Item>
      <LadderEditor unit="吨" />
      <Button htmlType="submit">submit</Button>
    </Form>
  );
}

function renderEditor(initial: Partial<Values> = {}, language: 'zh-CN' | 'en' = 'zh-CN') {
  const onFinish = vi.fn();
  renderWithProviders(
    <Harness
      initial={{ unitPrice: '6000', ladderMode: 'all_units', ladder: [], ...initial }}
      onFinish={onFinish}
    />,
    { language },
  );
  const field = (n: number, name: string) => screen.getByLabelText(`第 ${n} 档${name}`);
  const breaks = () => screen.queryAllByTestId('ladder-break');
  return {
    onFinish,
    field,
    breaks,
    submit: () => userEvent.click(screen.getByRole('button', { name: 'submit' })),
  };
}

describe('ladder editor', () => {
  it('explains each mode in one line', async () => {
    renderEditor();
    expect(screen.getByTestId('ladder-mode-hint').textContent).toContain('全部数量都按该档价格');
    await userEvent.click(screen.getByLabelText('分段累进'));
    expect(screen.getByTestId('ladder-mode-hint').textContent).toContain('每段按各自档位价格');
    expect(screen.getByText('未设置阶梯价：任何数量都按单价计算。')).toBeTruthy();
  });

  it('refuses breaks that do not increase, before anything is sent', async () => {
    const { field, submit, onFinish } = renderEditor({
      ladder: [
        { minQuantity: '100', kind: 'absolute', value: '5950' },
        { minQuantity: '100', kind: 'absolute', value: '5900' },
      ],
    });
    await submit();
    const second = screen.getAllByTestId('ladder-break')[1] as HTMLElement;
    expect(await within(second).findByText('必须大于上一档的数量')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
    // raising the second break clears it; lowering the first below it too
    await userEvent.clear(field(2, '起订数量'));
    await userEvent.type(field(2, '起订数量'), '1000');
    await waitFor(() => expect(within(second).queryByText('必须大于上一档的数量')).toBeNull());
    await submit();
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(onFinish.mock.calls[0]?.[0]).toMatchObject({
      ladder: [
        { minQuantity: '100', kind: 'absolute', value: '5950' },
        { minQuantity: '1000', kind: 'absolute', value: '5900' },
      ],
    });
  });

  it('checks decimals: quantities at most 3, prices at most 4, percentages at most 2', async () => {
    const { field, submit, breaks, onFinish } = renderEditor();
    await userEvent.click(screen.getByTestId('add-break'));
    await userEvent.click(screen.getByTestId('add-break'));
    expect(breaks()).toHaveLength(2);
    await userEvent.type(field(1, '起订数量'), '10.1234');
    await userEvent.type(field(1, '单价或折扣'), '5950.12345');
    await userEvent.type(field(2, '起订数量'), '0');
    await submit();
    const [first, second] = breaks() as [HTMLElement, HTMLElement];
    expect(await within(first).findByText('最多 3 位小数')).toBeTruthy();
    // each field is validated on its own: the messages are awaited, not read at once
    expect(await within(first).findByText('最多 4 位小数')).toBeTruthy();
    expect(await within(second).findByText('必须大于 0')).toBeTruthy();
    expect(await within(second).findByText('请输入单价')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('takes a percentage off the base, shows the unit price it gives, and refuses one above 100', async () => {
    const { field, submit, breaks } = renderEditor({
      ladder: [{ minQuantity: '1000', kind: 'percent', value: '2' }],
    });
    const [only] = breaks() as [HTMLElement];
    expect(within(only).getByTestId('break-gives').textContent).toBe('¥5,880.00');
    await userEvent.clear(field(1, '单价或折扣'));
    await userEvent.type(field(1, '单价或折扣'), '2.125');
    await submit();
    expect(await within(only).findByText('最多 2 位小数')).toBeTruthy();
    await userEvent.clear(field(1, '单价或折扣'));
    await userEvent.type(field(1, '单价或折扣'), '100.5');
    expect(await within(only).findByText('不能超过 100%')).toBeTruthy();
  });

  it('refuses an absolute break above the unit price, and checks again when the unit price changes', async () => {
    const { field, submit, breaks } = renderEditor({
      ladder: [{ minQuantity: '100', kind: 'absolute', value: '6100' }],
    });
    await submit();
    const [only] = breaks() as [HTMLElement];
    expect(await within(only).findByText('不能高于单价')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('unit price'));
    await userEvent.type(screen.getByLabelText('unit price'), '6200');
    await waitFor(() => expect(within(only).queryByText('不能高于单价')).toBeNull());
    expect(field(1, '起订数量')).toBeTruthy();
  });

  it('speaks English', async () => {
    renderWithProviders(
      <Harness
        initial={{
          unitPrice: '6000',
          ladderMode: 'all_units',
          ladder: [{ minQuantity: '', kind: 'absolute', value: '' }],
        }}
        onFinish={() => undefined}
      />,
      { language: 'en' },
    );
    await userEvent.click(screen.getByRole('button', { name: 'submit' }));
    expect(await screen.findByText('Enter a quantity')).toBeTruthy();
    expect(await screen.findByText('Enter a price')).toBeTruthy();
    expect(screen.getByLabelText('Break 1 From quantity')).toBeTruthy();
  });
});

describe('ladder summary', () => {
  it('puts a ladder on one line', () => {
    const ladder = [
      { minQuantity: '100.000', kind: 'absolute' as const, value: '5950.0000' },
      { minQuantity: '1000.000', kind: 'percent' as const, value: '2.00' },
    ];
    const { unmount } = renderWithProviders(<LadderSummary ladder={ladder} unit="t" />, { language: 'en' });
    expect(screen.getByTestId('ladder-summary').textContent).toBe('≥100 t: 5,950 · ≥1,000 t: −2 %');
    unmount();
    renderWithProviders(<LadderSummary ladder={ladder} unit="t" />, { language: 'zh-CN' });
    expect(screen.getByTestId('ladder-summary').textContent).toBe('≥100 吨：5,950 · ≥1,000 吨：−2%');
  });
});
