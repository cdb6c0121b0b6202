import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';

const admin = api.companyAdmin;

/**
 * After any change of members, roles, departments or keys, the lists, their member counts
 * and the audit log may all have moved: ask again for every company-admin query on screen.
 */
function useInvalidateAdmin() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: admin.key() });
}

// ---------------------------------------------------------------------------- members

export function useMembers(options: { enabled?: boolean } = {}) {
  return useQuery(admin.listMembers.queryOptions({ enabled: options.enabled ?? true }));
}

export function useInviteMember() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.inviteMember.mutationOptions({ onSuccess: invalidate }));
}

export function useUpdateMember() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.updateMember.mutationOptions({ onSuccess: invalidate }));
}

export function useDisableMember() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.disableMember.mutationOptions({ onSuccess: invalidate }));
}

// ---------------------------------------------------------------------------- roles

export function useRoles(options: { enabled?: boolean } = {}) {
  return useQuery(admin.listRoles.queryOptions({ enabled: options.enabled ?? true }));
}

export function useCreateRole() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.createRole.mutationOptions({ onSuccess: invalidate }));
}

export function useUpdateRole() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.updateRole.mutationOptions({ onSuccess: invalidate }));
}

export function useDeleteRole() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.deleteRole.mutationOptions({ onSuccess: invalidate }));
}

// ---------------------------------------------------------------------------- departments

export function useDepartments(options: { enabled?: boolean } = {}) {
  return useQuery(admin.listDepartments.queryOptions({ enabled: options.enabled ?? true }));
}

export function useCreateDepartment() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.createDepartment.mutationOptions({ onSuccess: invalidate }));
}

export function useUpdateDepartment() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.updateDepartment.mutationOptions({ onSuccess: invalidate }));
}

// ---------------------------------------------------------------------------- API keys

export function useApiKeys() {
  return useQuery(admin.listApiKeys.queryOptions());
}

/** Creates a key; the answer carries its secret, which no later request can read again. */
export function useCreateApiKey() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.createApiKey.mutationOptions({ onSuccess: invalidate }));
}

export function useRevokeApiKey() {
  const invalidate = useInvalidateAdmin();
  return useMutation(admin.revokeApiKey.mutationOptions({ onSuccess: invalidate }));
}

// ---------------------------------------------------------------------------- audit

/** What the audit log is asked for: a page and the filters, as the API takes them. */
export interface AuditQuery {
  page: number;
  pageSize: number;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** ISO instant, inclusive */
  from?: string;
  /** ISO instant, exclusive */
  to?: string;
}

/** One page of the company's audit log (and its subsidiaries' for a group admin), filtered on the server. */
export function useAudit(input: AuditQuery) {
  return useQuery(admin.listAudit.queryOptions({ input, placeholderData: keepPreviousData }));
}

/** One page of every company's audit log (operators). */
export function usePlatformAudit(input: AuditQuery & { companyId?: string }) {
  return useQuery(admin.listPlatformAudit.queryOptions({ input, placeholderData: keepPreviousData }));
}

// ---------------------------------------------------------------------------- staff activity

export function useStaffActivity(input: { period: 'day' | 'week'; at?: string }) {
  return useQuery(admin.staffActivity.queryOptions({ input, placeholderData: keepPreviousData }));
}
