import { err, type Result } from '@tradeway/shared/kernel';

/**
 * Error codes of the approval context, each with a message in both languages
 * (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 *
 * Statuses: 409 for a conflict with the request's current state, 403 for a caller who may
 * not act, 422 for input or configuration that cannot be processed.
 */
export const APPROVAL_ERRORS = {
  APPROVAL_NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
  NOT_PENDING: {
    status: 409,
    zh: '该审批已结束，不能再操作',
    en: 'This approval is no longer pending',
  },
  ALREADY_DECIDED: {
    status: 409,
    zh: '该审批任务已处理，决定不可更改',
    en: 'This approval task has already been decided; decisions cannot be changed',
  },
  SELF_APPROVAL: {
    status: 403,
    zh: '不能审批自己提交的申请',
    en: 'No one may approve their own request',
  },
  DELEGATION_NOT_ACTIVE: {
    status: 403,
    zh: '没有在当前时间有效的审批委托',
    en: 'There is no delegation in force at this time',
  },
  NOT_REQUESTER: {
    status: 403,
    zh: '只有申请人可以撤回申请',
    en: 'Only the requester may withdraw the request',
  },
  NOT_AN_APPROVER: {
    status: 403,
    zh: '您不是当前审批环节的审批人',
    en: 'You are not an approver of the current approval level',
  },
  COMMENT_REQUIRED: {
    status: 422,
    zh: '驳回时必须填写意见',
    en: 'A comment is required to reject',
  },
  NO_ELIGIBLE_APPROVER: {
    status: 422,
    zh: '没有符合条件的审批人（申请人不能审批自己的申请）',
    en: 'No eligible approver (the requester cannot approve their own request)',
  },
  POLICY_INVALID: {
    status: 422,
    zh: '审批策略配置无效',
    en: 'The approval policy is invalid',
  },
} as const;

export type ApprovalErrorCode = keyof typeof APPROVAL_ERRORS;

export function approvalErrorMessage(code: ApprovalErrorCode, locale: 'zh-CN' | 'en'): string {
  const entry = APPROVAL_ERRORS[code];
  return locale === 'en' ? entry.en : entry.zh;
}

/** One problem found in a policy: a field path (`levels[1].slaHours`) and what is wrong. */
export interface PolicyProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The typed failure of every approval operation. Two codes carry details: the level that has
 * nobody to approve it, and the list of problems of an invalid policy.
 */
export type ApprovalError =
  | { readonly code: 'NO_ELIGIBLE_APPROVER'; readonly level: number }
  | { readonly code: 'POLICY_INVALID'; readonly problems: readonly PolicyProblem[] }
  | { readonly code: Exclude<ApprovalErrorCode, 'NO_ELIGIBLE_APPROVER' | 'POLICY_INVALID'> };

export type ApprovalResult<T> = Result<T, ApprovalError>;

/** A failed result with a code that carries no details. */
export function approvalFailure(
  code: Exclude<ApprovalErrorCode, 'NO_ELIGIBLE_APPROVER' | 'POLICY_INVALID'>,
): ApprovalResult<never> {
  return err({ code });
}
