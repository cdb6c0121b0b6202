import { DashboardOutlined, MailOutlined } from '@ant-design/icons';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PortalDefinition } from '../portal';
import { buyerOwner, sellerOwner, testMe } from '../testing/me';
import { renderPortal } from '../testing/render-portal';
import { RequirePermission } from './RequirePermission';

const buyerPortal: PortalDefinition = {
  kind: 'buyer',
  nav: [
    { to: '/', label: 'dashboard', icon: <DashboardOutlined /> },
    { to: '/approvals', label: 'mailbox', icon: <MailOutlined />, permission: 'approval:decide' },
  ],
  routes: [
    { index: true, element: <p>home page</p> },
    { path: 'rfqs/:id', element: <p>an RFQ</p> },
    {
      path: 'approvals',
      element: (
        <RequirePermission permission="approval:decide">
          <p>approval inbox</p>
        </RequirePermission>
      ),
    },
  ],
};

const groupFinance = () =>
  testMe(
    [
      { companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'finance' },
      { companyName: '山东华鑫烘焙食品有限公司', kinds: ['buyer'], role: 'finance' },
      { companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'sales' },
    ],
    { displayName: '陈静', email: 'group.finance@huaxin-food.demo' },
  );

describe('auth gate', () => {
  it('sends a visitor to sign in, with the page asked for as next', async () => {
    const { router } = renderPortal(buyerPortal, '/rfqs/42?tab=quotes', { me: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('?next=%2Frfqs%2F42%3Ftab%3Dquotes');
    expect(screen.getByTestId('sign-in-form')).toBeTruthy();
    expect(screen.queryByText('an RFQ')).toBeNull();
    expect(screen.queryByTestId('portal-title')).toBeNull();
  });

  it('sends a visitor of the dashboard to plain /sign-in', async () => {
    const { router } = renderPortal(buyerPortal, '/', { me: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe('');
  });

  it('takes a signed-in user away from the sign-in page, to next', async () => {
    const { router } = renderPortal(buyerPortal, '/sign-in?next=%2Frfqs%2F42', { me: buyerOwner() });
    await waitFor(() => expect(router.state.location.pathname).toBe('/rfqs/42'));
    expect(screen.getByText('an RFQ')).toBeTruthy();
  });

  it('never follows next off the portal', async () => {
    const { router } = renderPortal(buyerPortal, '/sign-in?next=%2F%2Fevil.example%2Fx', {
      me: buyerOwner(),
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(screen.getByText('home page')).toBeTruthy();
  });

  it('shows the page in the shell, with the company, the user and the menu the permissions allow', () => {
    renderPortal(buyerPortal, '/', { me: buyerOwner() });
    expect(screen.getByText('home page')).toBeTruthy();
    expect(screen.getByTestId('active-company').textContent).toBe('华鑫食品集团有限公司');
    expect(screen.queryByTestId('company-switcher')).toBeNull(); // one company: nothing to switch
    expect(screen.getByTestId('user-name').textContent).toBe('王建国');
    expect(within(screen.getByRole('navigation')).getByText('开发邮箱')).toBeTruthy(); // owner may decide
  });

  it('hides a menu item and refuses its page to a role without its permission', () => {
    const purchaser = testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'purchaser' }]);
    renderPortal(buyerPortal, '/approvals', { me: purchaser });
    expect(within(screen.getByRole('navigation')).queryByText('开发邮箱')).toBeNull();
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByText('approval inbox')).toBeNull();
  });

  it('tells a seller that the buyer portal is not for their company, offering only sign-out', () => {
    renderPortal(buyerPortal, '/', { me: sellerOwner() });
    expect(screen.getByTestId('wrong-company').textContent).toBe(
      '广西崇左桂糖制糖有限公司 不能使用采购商门户',
    );
    expect(screen.getByText(/您所属的公司都不能使用此门户/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /退出登录/ })).toBeTruthy();
    expect(screen.queryByText('home page')).toBeNull();
  });

  it('offers the companies of the user that fit, when the active one does not', () => {
    renderPortal(buyerPortal, '/', {
      me: testMe(groupFinance().memberships.map(toTest), { active: 2 }),
      language: 'en',
    });
    expect(screen.getByTestId('wrong-company').textContent).toBe(
      '广西崇左桂糖制糖有限公司 cannot use the Buyer portal',
    );
    expect(screen.getByRole('button', { name: /华鑫食品集团有限公司/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /山东华鑫烘焙食品有限公司/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeTruthy();
  });

  it('lists every company of the user in the switcher, those of another kind not selectable', async () => {
    renderPortal(buyerPortal, '/', { me: groupFinance() });
    await userEvent.click(screen.getByTestId('company-switcher'));
    await screen.findByText('切换公司');
    const items = screen.getAllByRole('menuitem').filter((item) => !item.closest('nav'));
    expect(items.map((i) => [i.textContent, i.getAttribute('aria-disabled')])).toEqual([
      ['华鑫食品集团有限公司采购商', 'false'],
      ['山东华鑫烘焙食品有限公司采购商', 'false'],
      ['广西崇左桂糖制糖有限公司供应商不适用于本门户', 'true'],
    ]);
  });

  it('waits for the session without showing the page, then offers a retry when the API is down', async () => {
    renderPortal(buyerPortal, '/', { language: 'en' });
    expect(screen.getByText('Checking your session…')).toBeTruthy();
    expect(await screen.findByText('The API cannot be reached', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Try again/ })).toBeTruthy();
    expect(screen.queryByText('home page')).toBeNull();
  });
});

function toTest(m: ReturnType<typeof groupFinance>['memberships'][number]) {
  return {
    companyName: m.companyName,
    kinds: m.companyKinds,
    role: m.builtInRoles[0] ?? 'viewer',
  } as const;
}
