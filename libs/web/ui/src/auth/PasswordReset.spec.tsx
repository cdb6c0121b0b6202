import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PortalDefinition } from '../portal';
import { renderPortal } from '../testing/render-portal';

const portal: PortalDefinition = {
  kind: 'buyer',
  nav: [],
  routes: [{ index: true, element: <p>home page</p> }],
};
const TOKEN = 'Zq3k1Jx0aT9cVbN4mR7wE2yU5iO8pL6sD';

describe('password reset pages', () => {
  it('asks for an email before mailing a link, and checks it on blur', async () => {
    renderPortal(portal, '/forgot-password', { me: null, language: 'en' });
    expect(screen.getByText('Forgot your password?')).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox'), 'not an email');
    await userEvent.tab();
    expect(await screen.findByText('Enter a valid email address')).toBeTruthy();
  });

  it('says the link is not valid when the address carries no token, and offers a new one', () => {
    renderPortal(portal, '/reset-password', { me: null });
    expect(screen.getByText(/链接中缺少重置令牌/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '重新申请链接' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('holds a new password to the API’s rule and both entries to be equal, before sending', async () => {
    renderPortal(portal, `/reset-password?token=${TOKEN}`, { me: null });
    const [password, confirm] = [...document.querySelectorAll('input[type="password"]')] as HTMLElement[];
    await userEvent.type(password as HTMLElement, 'short');
    await userEvent.tab();
    expect(await screen.findByText('至少 10 个字符；须包含数字')).toBeTruthy();
    await userEvent.type(password as HTMLElement, 'er-2026');
    await userEvent.type(confirm as HTMLElement, 'shorter-2027');
    await userEvent.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByText('两次输入的密码不一致')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('至少 10 个字符；须包含数字')).toBeNull());
  });
});
