import { ORPCError } from '@orpc/server';
import {
  type ApprovalError,
  approvalErrorMessage,
  APPROVAL_ERRORS,
  type PolicyProblem,
} from '@tradeway/server/approval/domain';

/** `levels[1].slaHours` (domain) → `levels.1.slaHours` (the API's field paths). */
export const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

export function toOrpcError(error: ApprovalError, fieldPrefix = ''): ORPCError<string, unknown> {
  const message = approvalErrorMessage(error.code, 'en');
  const fields =
    error.code === 'POLICY_INVALID'
      ? error.problems.map((p: PolicyProblem) => ({ path: fieldPrefix + dotted(p.path), message: p.message }))
      : undefined;
  return new ORPCError(error.code, {
    status: APPROVAL_ERRORS[error.code].status,
    message,
    data: {
      reason: error.code,
      messageZh: approvalErrorMessage(error.code, 'zh-CN'),
      ...(fields ? { fields } : {}),
      ...(error.code === 'NO_ELIGIBLE_APPROVER' ? { level: error.level } : {}),
    },
  });
}

export const notFound = (what: string) =>
  new ORPCError('NOT_FOUND', { status: 404, message: `${what} not found` });
export const unprocessable = (path: string, message: string) =>
  new ORPCError('UNPROCESSABLE_CONTENT', { status: 422, message, data: { fields: [{ path, message }] } });
export const conflict = (message: string) => new ORPCError('CONFLICT', { status: 409, message });
