import { ORPCError } from '@orpc/client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import type { PaymentTermsRule } from '../data/types';
import { TermsEditor } from './TermsEditor';
import { TermsPreview } from './TermsPreview';

const EIGHT_PERCENT: PaymentTermsRule = { annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} };
const preview = (term: string) => screen.getByTestId(`preview-${term}`).textContent;

describe('payment terms preview', () => {
  it('shows each term on 10 000.00 of goods, to the fen', () => {
    renderWithProviders(<TermsPreview rule={EIGHT_PERCENT} />, { language: 'en' });
    expect(screen.getByTestId('terms-preview').textContent).toContain('On goods of ¥10,000.00');
    expect(preview('prepayment')).toBe('-¥65.75');
    expect(preview('cash')).toBe('¥0.00');
    expect(preview('net30')).toBe('+¥65.75');
    expect(preview('net60')).toBe('+¥131.51');
    expect(preview('net90')).toBe('+¥197.26');
  });
});

describe('payment terms editor', () => {
  const renderEditor = (
    rule: PaymentTermsRule | null,
    onSave = vi.fn((_: PaymentTermsRule | null) => Promise.resolve()),
  ) => {
    renderWithProviders(<TermsEditor rule={rule} kind="grade" currency="CNY" canManage onSave={onSave} />, {
      language: 'zh-CN',
    });
    return onSave;
  };

  it('follows every keystroke in the preview and sends the rule in basis points', async () => {
    const onSave = renderEditor(EIGHT_PERCENT);
    expect(preview('net60')).toBe('+¥131.51');
    await userEvent.clear(screen.getByLabelText('年化资金成本'));
    await userEvent.type(screen.getByLabelText('年化资金成本'), '6.5');
    expect(preview('net60')).toBe('+¥106.85'); // 10 000 × 6.5 % × 60 / 365 = 106.849…
    await userEvent.click(screen.getByRole('checkbox', { name: '账期 90 天' }));
    await userEvent.type(screen.getByLabelText('账期 90 天固定费率'), '1.2');
    expect(preview('net90')).toBe('+¥120.00');
    await userEvent.click(screen.getByTestId('terms-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      annualCostOfCapitalBps: 650,
      prepaymentDays: 30,
      overridesBps: { net90: 120 },
    });
  });

  it('keeps a prepayment override a discount', async () => {
    const onSave = renderEditor(EIGHT_PERCENT);
    await userEvent.click(screen.getByRole('checkbox', { name: '预付' }));
    await userEvent.type(screen.getByLabelText('预付固定费率'), '0.5');
    await userEvent.click(screen.getByTestId('terms-save'));
    expect(await screen.findByText('预付为优惠（小于或等于 0），账期为加价（大于或等于 0）')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('inherits with null', async () => {
    const onSave = renderEditor(null);
    expect(screen.getByText('此价格表使用公开价表的付款条件。')).toBeTruthy();
    expect(screen.queryByTestId('terms-preview')).toBeNull();
    await userEvent.click(screen.getByTestId('terms-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(null));
  });

  it('shows what the API refuses on the field it concerns, in Chinese', async () => {
    const refusal = new ORPCError('PAYMENT_TERMS_INVALID', {
      status: 422,
      message: 'The payment terms are invalid',
      data: {
        messageZh: '付款条件设置无效',
        fields: [
          {
            path: 'terms.prepaymentDays',
            message: 'must be a whole number from 0 to 365',
            messageZh: '必须是 0 到 365 之间的整数',
          },
        ],
      },
    });
    renderEditor(
      EIGHT_PERCENT,
      vi.fn(() => Promise.reject(refusal)),
    );
    await userEvent.click(screen.getByTestId('terms-save'));
    const days = screen.getByLabelText('预付天数').closest('.ant-form-item') as HTMLElement;
    expect(await within(days).findByText('必须是 0 到 365 之间的整数')).toBeTruthy();
    expect(screen.queryByTestId('form-error')).toBeNull();
  });
});
