import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PortalDefinition } from '../portal';
import { buyerOwner } from '../testing/me';
import { renderPortal } from '../testing/render-portal';

const portal: PortalDefinition = {
  kind: 'buyer',
  nav: [],
  routes: [{ index: true, element: <p>home page</p> }],
};

async function openMenuItem(name: RegExp) {
  await userEvent.click(screen.getByTestId('user-menu'));
  await userEvent.click(await screen.findByRole('menuitem', { name }));
}

describe('user menu', () => {
  it('shows who is signed in, and changes the password in a dialog that checks every field first', async () => {
    renderPortal(portal, '/', { me: buyerOwner(), language: 'en' });
    expect(screen.getByTestId('user-name').textContent).toBe('王建国');
    await userEvent.click(screen.getByTestId('user-menu'));
    expect(await screen.findByText('buyer.owner@huaxin-food.demo')).toBeTruthy();
    await userEvent.click(screen.getByRole('menuitem', { name: /Change password/ }));

    const dialog = await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter your current password')).toBeTruthy();
    expect(screen.getByText('Enter a new password')).toBeTruthy();
    expect(screen.getByText('Enter the new password again')).toBeTruthy();

    const [current, next, again] = [...dialog.querySelectorAll('input[type="password"]')] as HTMLElement[];
    for (const [input, text] of [
      [current, 'Tradeway-demo-2026'],
      [next, 'onlyletters'],
      [again, 'onlyletters'],
    ] as const) {
      await userEvent.click(input as HTMLElement);
      await userEvent.paste(text);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Needs a digit')).toBeTruthy();
  });

  it('keeps the user signed in and says why when signing out cannot reach the API', async () => {
    const { router } = renderPortal(portal, '/', { me: buyerOwner() });
    await openMenuItem(/退出登录/);
    expect(await screen.findByText('无法连接服务器，请检查网络后重试。')).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(screen.getByText('home page')).toBeTruthy();
  });
});
