import type { BuiltInRole, Permission } from '@tradeway/shared/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type PermissionArea, permissionKey } from '../utils/permissions';

/** Names of permissions, areas and built-in roles in the page's language. */
export function useAdminTexts() {
  const { t } = useTranslation();
  const permission = useCallback((p: Permission) => t(`admin.permission.${permissionKey(p)}`), [t]);
  const area = useCallback((a: PermissionArea) => t(`admin.area.${a}`), [t]);
  const role = useCallback((r: BuiltInRole) => t(`admin.role.${r}`), [t]);
  return { permission, area, role };
}
