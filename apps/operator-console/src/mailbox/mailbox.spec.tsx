import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Mail } from '@tradeway/shared/contracts';
import { renderWithProviders } from '@tradeway/web/ui/testing';
import { splitLinks } from './linkify';
import { MailboxTable } from './MailboxTable';

const link = 'http://127.0.0.1:4201/reset-password?token=Zq3k1Jx0aT9cVbN4mR7wE2yU5iO8pL6sD';
const mails: Mail[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    to: 'buyer.approver@huaxin-food.demo',
    subject: 'Tradeway 密码重置 / Password reset',
    text: `刘洋，您好：\n\n请在 30 分钟内打开以下链接设置新密码：\n${link}\n\nIf you did not ask for it, ignore this mail.`,
    createdAt: '2026-11-25T08:00:00.000Z',
    sentAt: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    to: 'seller.owner@guitang-sugar.demo',
    subject: 'Welcome',
    text: 'Hello',
    createdAt: '2026-11-24T08:00:00.000Z',
    sentAt: '2026-11-24T08:00:03.000Z',
  },
];

describe('dev mailbox', () => {
  it('finds the links in a mail', () => {
    expect(splitLinks(`open\n${link}\nwithin 30 minutes`)).toEqual([
      { text: 'open\n' },
      { text: link, href: link },
      { text: '\nwithin 30 minutes' },
    ]);
    expect(splitLinks('链接：https://tradeway.example/a）。')).toEqual([
      { text: '链接：' },
      { text: 'https://tradeway.example/a', href: 'https://tradeway.example/a' },
      { text: '）。' },
    ]);
  });

  it('lists recipient, subject, when created and when sent (in the browser’s time zone)', () => {
    renderWithProviders(<MailboxTable items={mails} loading={false} />, { language: 'en' });
    const rows = within(screen.getByTestId('mailbox-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByText('buyer.approver@huaxin-food.demo')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('Not sent')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByText('Not sent')).toBeNull();
    expect(screen.queryByTestId('mail-text')).toBeNull();
  });

  it('opens a row to show the text, its link clickable', async () => {
    renderWithProviders(<MailboxTable items={mails} loading={false} />, { language: 'zh-CN' });
    await userEvent.click(screen.getByText('buyer.approver@huaxin-food.demo'));
    const text = await screen.findByTestId('mail-text');
    expect(text.textContent).toContain('请在 30 分钟内打开以下链接设置新密码');
    expect(within(text).getByRole('link', { name: link }).getAttribute('href')).toBe(link);
  });

  it('says when there is no mail', () => {
    renderWithProviders(<MailboxTable items={[]} loading={false} />, { language: 'zh-CN' });
    expect(screen.getAllByText('没有邮件').length).toBeGreaterThan(0);
  });
});
