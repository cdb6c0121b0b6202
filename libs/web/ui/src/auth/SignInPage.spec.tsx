import { ORPCError } from '@orpc/client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { PortalDefinition } from '../portal';
import { renderWithProviders } from '../testing/render';
import { renderPortal } from '../testing/render-portal';
import { SignInForm, type SignInValues } from './SignInPage';

const portal: PortalDefinition = {
  kind: 'buyer',
  nav: [],
  routes: [{ index: true, element: <p>home page</p> }],
};

function renderForm(onSubmit: (values: SignInValues) => Promise<void>, language: 'zh-CN' | 'en' = 'zh-CN') {
  return renderWithProviders(
    <MemoryRouter>
      <SignInForm onSubmit={onSubmit} />
    </MemoryRouter>,
    { language },
  );
}

async function fillIn(email: string, password: string) {
  if (email) await userEvent.type(screen.getByRole('textbox'), email);
  if (password)
    await userEvent.type(document.querySelector('input[type="password"]') as HTMLElement, password);
}

const submit = () => userEvent.click(screen.getByRole('button', { name: /登\s*录|Sign in/ }));

describe('sign-in form', () => {
  it('checks both fields on submit and sends nothing while they are wrong', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderForm(onSubmit);
    await submit();
    expect(await screen.findByText('请输入邮箱')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('checks the email when leaving the field, and clears the message as soon as it is fixed', async () => {
    renderForm(() => Promise.resolve(), 'en');
    const email = screen.getByRole('textbox');
    await userEvent.type(email, 'buyer.owner');
    expect(screen.queryByText('Enter a valid email address')).toBeNull(); // not while typing
    await userEvent.tab();
    expect(await screen.findByText('Enter a valid email address')).toBeTruthy();
    await userEvent.type(email, '@huaxin-food.demo');
    await waitFor(() => expect(screen.queryByText('Enter a valid email address')).toBeNull());
  });

  it('sends the trimmed email and the password as typed', async () => {
    const onSubmit = vi.fn((_: SignInValues) => Promise.resolve());
    renderForm(onSubmit);
    await fillIn('  buyer.owner@huaxin-food.demo ', ' Tradeway-demo-2026');
    await submit();
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        email: 'buyer.owner@huaxin-food.demo',
        password: ' Tradeway-demo-2026',
      }),
    );
  });

  it('shows wrong credentials above the form, in Chinese from the API', async () => {
    renderForm(() =>
      Promise.reject(
        new ORPCError('INVALID_CREDENTIALS', {
          status: 401,
          message: 'Wrong email or password',
          data: { reason: 'INVALID_CREDENTIALS', messageZh: '邮箱或密码错误' },
        }),
      ),
    );
    await fillIn('buyer.owner@huaxin-food.demo', 'not-the-password');
    await submit();
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe('邮箱或密码错误');
  });

  it('tells how many minutes to wait when sign-in is throttled', async () => {
    const throttled = new ORPCError('TOO_MANY_ATTEMPTS', {
      status: 429,
      message: 'Too many attempts; try again later',
      data: { messageZh: '尝试次数过多，请稍后再试', retryAfterSeconds: 781 },
    });
    renderForm(() => Promise.reject(throttled), 'en');
    await fillIn('buyer.owner@huaxin-food.demo', 'Tradeway-demo-2026');
    await submit();
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Too many attempts. Try again in 14 minutes.',
    );
  });

  it('puts a field error of the API on its field, not in the alert', async () => {
    renderForm(
      () =>
        Promise.reject(
          new ORPCError('BAD_REQUEST', {
            status: 400,
            message: 'Invalid input',
            data: { fields: [{ path: 'email', message: 'Invalid email address' }] },
          }),
        ),
      'en',
    );
    await fillIn('buyer.owner@huaxin-food.demo', 'x');
    await submit();
    const item = (await screen.findByText('Invalid email address')).closest('.ant-form-item') as HTMLElement;
    expect(within(item).getByRole('textbox')).toBeTruthy();
    expect(screen.queryByTestId('sign-in-error')).toBeNull();
  });

  it('in the portal, says so when the API cannot be reached', async () => {
    renderPortal(portal, '/sign-in', { me: null });
    await fillIn('buyer.owner@huaxin-food.demo', 'Tradeway-demo-2026');
    await submit();
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      '无法连接服务器，请检查网络后重试。',
    );
  });

  it('links to the forgotten-password page, carrying the email typed so far', async () => {
    const { router } = renderPortal(portal, '/sign-in', { me: null });
    await fillIn('buyer.owner@huaxin-food.demo', '');
    await userEvent.click(screen.getByTestId('forgot-password-link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/forgot-password'));
    expect(screen.getByRole('textbox')).toHaveProperty('value', 'buyer.owner@huaxin-food.demo');
  });
});
