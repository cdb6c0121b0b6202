import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLE_PERMISSIONS, PERMISSIONS, type Member } from '@tradeway/shared/contracts';
import { createI18n } from '@tradeway/web/i18n';
import {
  areaState,
  builtInRoleCounts,
  groupPermissions,
  PERMISSION_AREAS,
  permissionArea,
  permissionKey,
  pickablePermissions,
  sortPermissions,
  toggleArea,
} from './permissions';

describe('permission grouping', () => {
  it('groups by the part before the colon, in the order of the permission table', () => {
    expect(groupPermissions(['order:view', 'rfq:view', 'rfq:create', 'audit:view', 'order:create'])).toEqual([
      { area: 'audit', permissions: ['audit:view'] },
      { area: 'rfq', permissions: ['rfq:create', 'rfq:view'] },
      { area: 'order', permissions: ['order:create', 'order:view'] },
    ]);
  });

  it('drops unknown permissions and repeats, and gives nothing for nothing', () => {
    expect(groupPermissions(['rfq:view', 'rfq:view', 'rfq:delete_everything', 'nonsense'])).toEqual([
      { area: 'rfq', permissions: ['rfq:view'] },
    ]);
    expect(groupPermissions([])).toEqual([]);
  });

  it('covers every permission exactly once, in as many groups as there are areas', () => {
    const groups = groupPermissions([...PERMISSIONS].reverse());
    expect(groups.map((g) => g.area)).toEqual(PERMISSION_AREAS);
    expect(groups.flatMap((g) => g.permissions)).toEqual([...PERMISSIONS]);
    expect(groups.find((g) => g.area === 'approval_policy')?.permissions).toEqual(['approval_policy:manage']);
    expect(groups.find((g) => g.area === 'approval')?.permissions).toEqual(['approval:decide']);
  });

  it('names areas and translation keys from the code', () => {
    expect(permissionArea('group_buy:join')).toBe('group_buy');
    expect(permissionKey('company:view_children')).toBe('company_view_children');
    expect(sortPermissions(['user:view', 'company:view'])).toEqual(['company:view', 'user:view']);
  });

  it('has a name for every permission and area in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const i18n = createI18n({ language });
      for (const p of PERMISSIONS) expect(i18n.exists(`admin.permission.${permissionKey(p)}`), p).toBe(true);
      for (const a of PERMISSION_AREAS) expect(i18n.exists(`admin.area.${a}`), a).toBe(true);
    }
    expect(createI18n({ language: 'zh-CN' }).t('admin.permission.rfq_create')).toBe('发起询价');
    expect(createI18n({ language: 'en' }).t('admin.permission.rfq_create')).toBe('Create RFQs');
  });
});

describe('what a picker offers', () => {
  it('offers platform permissions only in the operator company', () => {
    expect(pickablePermissions({ isOperator: false }).some((p) => p.startsWith('platform:'))).toBe(false);
    expect(pickablePermissions({ isOperator: true })).toEqual([...PERMISSIONS]);
  });

  it('offers an API key only what its creator holds', () => {
    const purchaser = BUILT_IN_ROLE_PERMISSIONS.purchaser;
    expect(pickablePermissions({ isOperator: false, heldOnly: purchaser })).toEqual(
      sortPermissions(purchaser),
    );
    expect(pickablePermissions({ isOperator: false, heldOnly: ['platform:operate', 'user:view'] })).toEqual([
      'user:view',
    ]);
  });
});

describe('area checkboxes', () => {
  const rfq = ['rfq:create', 'rfq:view', 'rfq:award'] as const;
  it('are on when all of the area is chosen, half when some, off when none', () => {
    expect(areaState(['rfq:create', 'rfq:view', 'rfq:award', 'user:view'], [...rfq])).toBe('all');
    expect(areaState(['rfq:view'], [...rfq])).toBe('some');
    expect(areaState(['user:view'], [...rfq])).toBe('none');
  });

  it('choose or clear the whole area and leave the other areas alone', () => {
    expect(toggleArea(['user:view', 'rfq:view'], [...rfq], true)).toEqual([
      'user:view',
      'rfq:create',
      'rfq:view',
      'rfq:award',
    ]);
    expect(toggleArea(['user:view', 'rfq:view', 'rfq:award'], [...rfq], false)).toEqual(['user:view']);
  });
});

describe('built-in role counts', () => {
  it('counts the active members under each role', () => {
    const m = (role: Member['role'], disabledAt: string | null = null) => ({ role, disabledAt });
    const counts = builtInRoleCounts([
      m('owner'),
      m('purchaser'),
      m('purchaser'),
      m('purchaser', '2026-11-01T00:00:00Z'),
    ]);
    expect(counts).toMatchObject({ owner: 1, purchaser: 2, viewer: 0, admin: 0 });
  });
});
