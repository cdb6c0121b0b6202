import { Alert, Card, Flex, Segmented } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { AuditEntry } from '@tradeway/shared/contracts';
import { hasPermission, PageHeader, type PortalKind, useErrorText, useSession } from '@tradeway/web/ui';
import type { AuditLookups } from '../components/AuditDiff';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { AuditTable } from '../components/AuditTable';
import { useAudit, useDepartments, useMembers, usePlatformAudit, useRoles } from '../data';
import {
  type AuditFilters,
  auditQuery,
  browserTimeZone,
  filtersFromSearch,
  filtersToSearch,
} from '../utils/audit-filters';

export const COMPANY_AUDIT_PATH = '/company/audit';
export const PLATFORM_AUDIT_PATH = '/platform/audit';

/** The filters of the address, and a way to change them (which also changes the address). */
function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const apply = (next: AuditFilters) => setParams(filtersToSearch(next));
  const merge = (partial: Partial<AuditFilters>) =>
    apply({ ...filters, ...partial, page: partial.page ?? 1 });
  return { filters, apply, merge };
}

/** In the operator console, operators switch between their company's log and the platform's. */
function ScopeSwitch({ kind, current }: { kind: PortalKind; current: 'company' | 'platform' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSession();
  if (kind !== 'operator' || !hasPermission(me, 'platform:operate')) return null;
  return (
    <Segmented
      data-testid="audit-scope"
      value={current}
      options={[
        { value: 'company', label: t('admin.audit.scope.company') },
        { value: 'platform', label: t('admin.audit.scope.platform') },
      ]}
      onChange={(v) => void navigate(v === 'platform' ? PLATFORM_AUDIT_PATH : COMPANY_AUDIT_PATH)}
    />
  );
}

function AuditBody({
  filters,
  data,
  isError,
  error,
  loading,
  lookups,
  platform,
  onApply,
  onMerge,
}: {
  filters: AuditFilters;
  data: { items: AuditEntry[]; total: number } | undefined;
  isError: boolean;
  error: unknown;
  loading: boolean;
  lookups?: AuditLookups;
  platform: boolean;
  onApply: (f: AuditFilters) => void;
  onMerge: (f: Partial<AuditFilters>) => void;
}) {
  const errorText = useErrorText();
  const timeZone = browserTimeZone();
  return (
    <Card>
      <Flex vertical gap={16}>
        <AuditFilterBar filters={filters} withCompany={platform} onApply={onApply} />
        {isError && <Alert type="error" showIcon title={errorText(error)} />}
        <AuditTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={filters.page}
          pageSize={filters.pageSize}
          loading={loading}
          timeZone={timeZone}
          lookups={lookups}
          showCompany={platform}
          onPage={(page, pageSize) => onMerge({ page: pageSize === filters.pageSize ? page : 1, pageSize })}
          onFilter={onMerge}
        />
      </Flex>
    </Card>
  );
}

/** Names for the ids in the company's audit entries, from the lists the user may read. */
function useCompanyLookups(): AuditLookups {
  const me = useSession();
  const canSeeMembers = hasPermission(me, 'user:view');
  const members = useMembers({ enabled: canSeeMembers });
  const roles = useRoles({ enabled: canSeeMembers });
  const departments = useDepartments({ enabled: hasPermission(me, 'company:view') });
  return useMemo(() => {
    const byUser = new Map(members.data?.items.map((m) => [m.userId, m.displayName]));
    const byMembership = new Map(members.data?.items.map((m) => [m.membershipId, m.displayName]));
    const byRole = new Map(roles.data?.custom.map((r) => [r.id, r.name]));
    const byDepartment = new Map(departments.data?.items.map((d) => [d.id, d.name]));
    return {
      user: (id) => byUser.get(id),
      membership: (id) => byMembership.get(id),
      role: (id) => byRole.get(id),
      department: (id) => byDepartment.get(id),
    };
  }, [members.data, roles.data, departments.data]);
}

/** The audit log of the active company (and its subsidiaries for a group admin). */
export function AuditPage({ kind }: { kind: PortalKind }) {
  const { t } = useTranslation();
  const { filters, apply, merge } = useAuditFilters();
  const audit = useAudit(auditQuery(filters, browserTimeZone()));
  const lookups = useCompanyLookups();
  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('admin.audit.title')}
        hint={t('admin.audit.hint')}
        extra={<ScopeSwitch kind={kind} current="company" />}
      />
      <AuditBody
        filters={filters}
        data={audit.data}
        isError={audit.isError}
        error={audit.error}
        loading={audit.isPending || audit.isPlaceholderData}
        lookups={lookups}
        platform={false}
        onApply={apply}
        onMerge={merge}
      />
    </Flex>
  );
}

/** Every company's audit log, for operators, with a company filter. */
export function PlatformAuditPage() {
  const { t } = useTranslation();
  const { filters, apply, merge } = useAuditFilters();
  const audit = usePlatformAudit(auditQuery(filters, browserTimeZone()));
  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('admin.audit.platformTitle')}
        hint={t('admin.audit.platformHint')}
        extra={<ScopeSwitch kind="operator" current="platform" />}
      />
      <AuditBody
        filters={filters}
        data={audit.data}
        isError={audit.isError}
        error={audit.error}
        loading={audit.isPending || audit.isPlaceholderData}
        platform
        onApply={apply}
        onMerge={merge}
      />
    </Flex>
  );
}
