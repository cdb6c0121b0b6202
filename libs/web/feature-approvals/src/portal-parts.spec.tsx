import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type PortalDefinition, visibleNav } from '@tradeway/web/ui';
import { buyerOwner, renderPortal, sellerOwner, testMe } from '@tradeway/web/ui/testing';
import { approvalsPortalParts } from './index';

const portal = (kind: 'buyer' | 'seller'): PortalDefinition => ({ kind, ...approvalsPortalParts(kind) });
const buyer = (role: 'purchaser' | 'approver' | 'finance' | 'viewer' | 'owner') =>
  testMe([{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role }], { displayName: '张伟' });
const seller = (role: 'sales' | 'sales_manager' | 'owner') =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role }]);
const menu = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('menuitem')
    .map((i) => i.textContent);

describe('approval screens in the portals', () => {
  it('gives the buyer portal the inbox and requisitions for everyone, the policies to those who manage them', () => {
    const { nav } = approvalsPortalParts('buyer');
    expect(nav.map((n) => [n.to, n.label, n.permission])).toEqual([
      ['/approvals', 'approvals', undefined],
      ['/requisitions', 'requisitions', undefined],
      ['/approval-policies', 'policies', 'approval_policy:manage'],
    ]);
    expect(visibleNav(nav, buyer('viewer')).map((n) => n.label)).toEqual(['approvals', 'requisitions']);
    expect(visibleNav(nav, buyerOwner()).map((n) => n.label)).toEqual([
      'approvals',
      'requisitions',
      'policies',
    ]);
  });

  it('gives the seller portal the inbox and policies, requisitions only to those who may create them', () => {
    const { nav } = approvalsPortalParts('seller');
    expect(visibleNav(nav, seller('sales_manager')).map((n) => n.label)).toEqual(['approvals']);
    expect(visibleNav(nav, sellerOwner()).map((n) => n.label)).toEqual([
      'approvals',
      'requisitions',
      'policies',
    ]);
    expect(approvalsPortalParts('operator')).toEqual({ nav: [], routes: [] });
  });

  it('shows a purchaser the menu items they may use, in Chinese', () => {
    renderPortal(portal('buyer'), '/approvals', { me: buyer('purchaser') });
    expect(menu()).toEqual(['审批', '采购申请']);
    expect(screen.getByText('审批待办')).toBeTruthy();
    expect(screen.getByText('待我审批')).toBeTruthy();
  });

  it('refuses the policy editor to a purchaser', () => {
    renderPortal(portal('buyer'), '/approval-policies/new', { me: buyer('purchaser') });
    expect(screen.getByText('无权访问')).toBeTruthy();
    expect(screen.queryByTestId('policy-form')).toBeNull();
  });

  it('opens the policy editor for the owner, with spending limits on the policy page', () => {
    renderPortal(portal('buyer'), '/approval-policies', { me: buyerOwner(), language: 'en' });
    expect(screen.getByText('Approval policies', { selector: 'h3' })).toBeTruthy();
    expect(screen.getByText('Spending limits')).toBeTruthy();
    expect(screen.getByTestId('new-policy')).toBeTruthy();
  });

  it('offers a new requisition only with requisition:create, and its form only to them', () => {
    renderPortal(portal('buyer'), '/requisitions', { me: buyer('approver') });
    expect(screen.getByText('采购申请', { selector: 'h3' })).toBeTruthy();
    expect(screen.queryByTestId('new-requisition')).toBeNull();
  });

  it('opens the requisition form for a purchaser', () => {
    renderPortal(portal('buyer'), '/requisitions/new', { me: buyer('purchaser') });
    expect(screen.getByTestId('requisition-form')).toBeTruthy();
    expect(screen.getByText('新建采购申请')).toBeTruthy();
  });

  it('keeps the requisition pages from seller staff who may not create them', () => {
    renderPortal(portal('seller'), '/requisitions', { me: seller('sales') });
    expect(screen.getByText('无权访问')).toBeTruthy();
  });

  it('shows the delegations tab at /approvals/delegations, with the form for approvers', () => {
    renderPortal(portal('buyer'), '/approvals/delegations', { me: buyer('approver') });
    expect(screen.getByRole('tab', { name: '审批委托', selected: true })).toBeTruthy();
    expect(screen.getByTestId('delegation-form')).toBeTruthy();
    // an approver cannot list members (user:view): the page says so rather than offering an empty list
    expect(screen.getByText(/无法查看公司成员列表/)).toBeTruthy();
  });
});
