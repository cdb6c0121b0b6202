import { useQuery } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';

const FIVE_MINUTES = 5 * 60_000;

/**
 * Pick-lists of the approval screens, read from the company-admin and catalog routes
 * (hooks of their own here, so that the company-admin screens keep theirs). Each is asked
 * only when the user holds the permission its route needs (`enabled`).
 */
export function useDepartments(enabled = true) {
  return useQuery(api.companyAdmin.listDepartments.queryOptions({ enabled, staleTime: FIVE_MINUTES }));
}

/** Members of the active company (needs `user:view`). */
export function useMembers(enabled = true) {
  return useQuery(api.companyAdmin.listMembers.queryOptions({ enabled, staleTime: FIVE_MINUTES }));
}

/** Built-in and custom roles (needs `user:view`): custom roles may approve too. */
export function useRoles(enabled = true) {
  return useQuery(api.companyAdmin.listRoles.queryOptions({ enabled, staleTime: FIVE_MINUTES }));
}

/** The catalog's category tree (public). */
export function useCategories(enabled = true) {
  return useQuery(api.catalog.listCategories.queryOptions({ enabled, staleTime: FIVE_MINUTES }));
}
