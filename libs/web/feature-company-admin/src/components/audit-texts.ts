import { useTranslation } from 'react-i18next';

/** The subject types the API writes (AuditService callers), each with a name in both languages. */
export const SUBJECT_TYPES = [
  'membership',
  'role',
  'department',
  'api_key',
  'user',
  'approval_policy',
  'approval_request',
  'approval_delegation',
  'spending_limit',
  'purchase_requisition',
  'purchase_order',
  'rfq_award',
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const isSubjectType = (v: string): v is SubjectType =>
  (SUBJECT_TYPES as readonly string[]).includes(v);

/** The actions with a name of their own; any other shows its code. */
const ACTION_KEYS = {
  'member.invite': 'admin.audit.action.member.invite',
  'member.update': 'admin.audit.action.member.update',
  'member.disable': 'admin.audit.action.member.disable',
  'role.create': 'admin.audit.action.role.create',
  'role.update': 'admin.audit.action.role.update',
  'role.delete': 'admin.audit.action.role.delete',
  'department.create': 'admin.audit.action.department.create',
  'department.update': 'admin.audit.action.department.update',
  'apikey.create': 'admin.audit.action.apikey.create',
  'apikey.revoke': 'admin.audit.action.apikey.revoke',
  'user.password_change': 'admin.audit.action.user.password_change',
  'user.password_reset': 'admin.audit.action.user.password_reset',
  'requisition.create': 'admin.audit.action.requisition.create',
  'requisition.update': 'admin.audit.action.requisition.update',
  'requisition.withdraw': 'admin.audit.action.requisition.withdraw',
  'approval.submit': 'admin.audit.action.approval.submit',
  'approval.withdraw': 'admin.audit.action.approval.withdraw',
  'approval.withdrawn': 'admin.audit.action.approval.withdrawn',
  'approval.level_started': 'admin.audit.action.approval.level_started',
  'approval.task_decided': 'admin.audit.action.approval.task_decided',
  'approval.approved': 'admin.audit.action.approval.approved',
  'approval.rejected': 'admin.audit.action.approval.rejected',
  'approval.escalated': 'admin.audit.action.approval.escalated',
  'approval_policy.create': 'admin.audit.action.approval_policy.create',
  'approval_policy.update': 'admin.audit.action.approval_policy.update',
  'approval_policy.delete': 'admin.audit.action.approval_policy.delete',
  'spending_limit.set': 'admin.audit.action.spending_limit.set',
  'spending_limit.delete': 'admin.audit.action.spending_limit.delete',
  'approval_delegation.create': 'admin.audit.action.approval_delegation.create',
  'approval_delegation.delete': 'admin.audit.action.approval_delegation.delete',
} as const;
type KnownAction = keyof typeof ACTION_KEYS;
const isKnownAction = (v: string): v is KnownAction => v in ACTION_KEYS;

/** Prefixes offered in the action filter (it matches actions starting with what is typed). */
export const ACTION_PREFIXES = [
  'member.',
  'role.',
  'department.',
  'apikey.',
  'user.',
  'requisition.',
  'approval.',
  'approval_policy.',
  'approval_delegation.',
  'spending_limit.',
] as const;

/** Fields of before/after with a name of their own. */
const FIELDS = [
  'email',
  'role',
  'customRoleIds',
  'departmentId',
  'name',
  'permissions',
  'budgetCode',
  'prefix',
  'revokedAt',
  'disabledAt',
  'reassignedTo',
  'reassigned',
  'memberCount',
  'status',
] as const;
type KnownField = (typeof FIELDS)[number];
const isKnownField = (v: string): v is KnownField => (FIELDS as readonly string[]).includes(v);

/** What `reassigned.<key>` counts. */
const REASSIGNED_AREAS = {
  requisitions: 'admin.area.requisition',
  approvalTasks: 'admin.area.approval',
  rfqs: 'admin.area.rfq',
  quotes: 'admin.area.quote',
} as const;
const isReassignedKey = (v: string): v is keyof typeof REASSIGNED_AREAS => v in REASSIGNED_AREAS;

/** Names of audit actions, subject types and fields in the page's language (codes when unknown). */
export function useAuditTexts() {
  const { t } = useTranslation();
  return {
    action: (action: string): string | undefined =>
      isKnownAction(action) ? t(ACTION_KEYS[action]) : undefined,
    subjectType: (type: string): string =>
      isSubjectType(type) ? t(`admin.audit.subjectType.${type}`) : type,
    field: (path: string): string => {
      const [top = '', ...rest] = path.split('.');
      const head = isKnownField(top) ? t(`admin.audit.field.${top}`) : top;
      if (rest.length === 0) return head;
      const sub = rest.join('.');
      return `${head} · ${top === 'reassigned' && isReassignedKey(sub) ? t(REASSIGNED_AREAS[sub]) : sub}`;
    },
  };
}
