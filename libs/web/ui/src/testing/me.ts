import {
  type BuiltInRole,
  effectivePermissions,
  type Me,
  type MembershipSummary,
} from '@tradeway/shared/contracts';

type CompanyKind = MembershipSummary['companyKinds'][number];

export interface TestMembership {
  companyName: string;
  kinds: CompanyKind[];
  role: BuiltInRole;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * A signed-in user as `GET /api/auth/me` describes one, for rendering a portal behind its
 * auth gate. The permissions come from the real role table (`effectivePermissions`), in
 * the first membership unless `active` says which.
 */
export function testMe(
  memberships: TestMembership[] = [{ companyName: '华鑫食品集团有限公司', kinds: ['buyer'], role: 'owner' }],
  options: { active?: number; displayName?: string; email?: string } = {},
): Me {
  const summaries: MembershipSummary[] = memberships.map((m, i) => ({
    membershipId: uuid(100 + i),
    companyId: uuid(200 + i),
    companyName: m.companyName,
    companyNameEn: null,
    companyRegionCode: null,
    companyKinds: m.kinds,
    builtInRoles: [m.role],
    isOwner: m.role === 'owner',
  }));
  const active = memberships[options.active ?? 0] as TestMembership;
  return {
    user: {
      id: uuid(1),
      email: options.email ?? 'buyer.owner@huaxin-food.demo',
      displayName: options.displayName ?? '王建国',
      locale: 'zh-CN',
    },
    activeCompanyId: uuid(200 + (options.active ?? 0)),
    memberships: summaries,
    permissions: [...effectivePermissions([active.role], [], active.kinds.includes('operator'))].sort(),
  };
}

export const buyerOwner = () => testMe();
export const sellerOwner = () =>
  testMe([{ companyName: '广西崇左桂糖制糖有限公司', kinds: ['seller'], role: 'owner' }], {
    displayName: '黄志强',
    email: 'seller.owner@guitang-sugar.demo',
  });
export const operatorAdmin = () =>
  testMe([{ companyName: '上海贸途网络科技有限公司', kinds: ['operator'], role: 'admin' }], {
    displayName: '李静',
    email: 'ops.admin@tradeway.demo',
  });
