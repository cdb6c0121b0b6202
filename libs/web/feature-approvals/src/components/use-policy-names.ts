import { useMemo } from 'react';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, useSession } from '@tradeway/web/ui';
import { useCategories, useDepartments, useMembers, useRoles } from '../data/company.queries';

/** Names of users, custom roles, departments and categories that policies refer to by id. */
export function usePolicyNames() {
  const me = useSession();
  const { language } = useLanguage();
  const canSeeMembers = hasPermission(me, 'user:view');
  const members = useMembers(canSeeMembers);
  const roles = useRoles(canSeeMembers);
  const departments = useDepartments(hasPermission(me, 'company:view'));
  const categories = useCategories();
  const names = useMemo(() => {
    const people = new Map<string, string>();
    for (const m of members.data?.items ?? []) people.set(m.userId, m.displayName);
    for (const r of roles.data?.custom ?? []) people.set(r.id, r.name);
    return {
      people,
      departments: new Map((departments.data?.items ?? []).map((d) => [d.id, d.name])),
      categories: new Map(
        (categories.data?.items ?? []).map((c) => [c.id, language === 'en' ? c.nameEn : c.nameZh]),
      ),
    };
  }, [members.data, roles.data, departments.data, categories.data, language]);
  return { names, canSeeMembers, members, roles, departments, categories };
}
