/**
 * The vocabulary of the approval engine (DESIGN.md §9). One engine serves every company and
 * every subject type; a company's policies decide which subjects need which approvers.
 * Everything here is plain data: the engine's functions never mutate it.
 */

import { SUBJECT_TYPES } from '@tradeway/shared/contracts';

/** The subject types are the contract's: one list for the API and the engine. */
export { SUBJECT_TYPES };

export type SubjectType = (typeof SUBJECT_TYPES)[number];

export function isSubjectType(value: string): value is SubjectType {
  return (SUBJECT_TYPES as readonly string[]).includes(value);
}

/** What the policies look at, taken from the subject when approval is requested. */
export interface SubjectFacts {
  /** In the company's base currency, minor units (fen). */
  readonly amountMinor: bigint;
  readonly categoryIds: readonly string[];
  readonly newSupplier: boolean;
  /** Discount in basis points (1 % = 100 bps); null when the subject has no discount. */
  readonly discountBps: number | null;
  /** Payment term in days; null when the subject has no payment term. */
  readonly paymentTermDays: number | null;
  readonly departmentId: string | null;
  /** The purchase is beyond the requester's remaining spending limit (see spending-limit.ts). */
  readonly overSpendingLimit: boolean;
}

/**
 * Conditions of a policy. Every condition is optional and every condition that is set must
 * hold. An empty `categoryIds` or `departmentIds` list counts as not set.
 */
export interface PolicyConditions {
  /** Inclusive: amount ≥ min. */
  readonly minAmountMinor?: bigint;
  /** Exclusive: amount < max, so that adjacent bands [a, b) and [b, c) never overlap. */
  readonly maxAmountMinor?: bigint;
  /** Matches when the subject has at least one of these categories. */
  readonly categoryIds?: readonly string[];
  readonly newSupplier?: boolean;
  /** Discount ≥ this many basis points; a subject without discount does not match. */
  readonly minDiscountBps?: number;
  /** Payment term days strictly greater than this (DESIGN: "payment term days > Z"). */
  readonly minPaymentTermDays?: number;
  /** The subject's department is one of these; a subject without department does not match. */
  readonly departmentIds?: readonly string[];
  readonly overSpendingLimit?: boolean;
}

export type EscalationRule =
  | { readonly kind: 'notify' }
  | { readonly kind: 'next_level' }
  | { readonly kind: 'user'; readonly userId: string };

export type LevelMode = 'any' | 'all';

export interface PolicyLevel {
  /** 1-based; the levels of a policy are numbered 1..n without gaps. */
  readonly order: number;
  /** `any`: one approval completes the level; `all`: every approver must approve. */
  readonly mode: LevelMode;
  readonly approverRoles: readonly string[];
  readonly approverUserIds: readonly string[];
  /** Hours after the level starts before it escalates; null: never escalates. */
  readonly slaHours: number | null;
  readonly escalation: EscalationRule;
}

export interface ApprovalPolicy {
  readonly id: string;
  readonly subjectType: SubjectType;
  readonly name: string;
  /** Lower first; ties are broken by id so that selection is deterministic. */
  readonly priority: number;
  readonly active: boolean;
  readonly conditions: PolicyConditions;
  /** Zero levels: a matching subject needs no approval. */
  readonly levels: readonly PolicyLevel[];
}

/** A member of the requesting company, as far as approvals care. */
export interface Member {
  readonly userId: string;
  readonly roles: readonly string[];
  readonly disabled: boolean;
  /** The owner account (母账号); holds the `owner` role even when `roles` omits it. */
  readonly isOwner: boolean;
}

/** `fromUserId` lets `toUserId` decide in their name while startsAt ≤ now < endsAt. */
export interface Delegation {
  readonly fromUserId: string;
  readonly toUserId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export type TaskStatus = 'pending' | 'approved' | 'rejected' | 'skipped';

export interface ApprovalTask {
  readonly level: number;
  readonly approverUserId: string;
  readonly status: TaskStatus;
  /** Who decided: the approver, or a delegate acting for them; null while pending or skipped. */
  readonly decidedByUserId: string | null;
  readonly comment: string | null;
  /** When the task was approved or rejected; null while pending and for skipped tasks. */
  readonly decidedAt: Date | null;
  readonly dueAt: Date | null;
  /** When the level escalated while this task was still pending. */
  readonly escalatedAt: Date | null;
  /** Added by an escalation to a named user (escalation kind `user`). */
  readonly addedByEscalation: boolean;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface ApprovalState {
  readonly status: ApprovalStatus;
  readonly requesterId: string;
  /** The level being decided; null once the request is no longer pending. */
  readonly currentLevel: number | null;
  /** Snapshot of the chosen policy's levels, sorted by order: later policy edits do not apply. */
  readonly levels: readonly PolicyLevel[];
  /** Append-only: a task is never removed or reordered, and a closed task never changes. */
  readonly tasks: readonly ApprovalTask[];
}

export type Decision = 'approve' | 'reject';

/** What happened, for notifications, the inbox and the audit log. */
export type ApprovalEvent =
  | {
      readonly type: 'level_started';
      readonly level: number;
      readonly approverUserIds: readonly string[];
      readonly dueAt: Date | null;
    }
  | {
      readonly type: 'task_decided';
      readonly level: number;
      readonly approverUserId: string;
      readonly decidedByUserId: string;
      readonly decision: Decision;
      readonly comment: string | null;
    }
  | {
      readonly type: 'escalated';
      readonly level: number;
      /** The action actually taken (a `user` or `next_level` rule that cannot apply notifies). */
      readonly kind: EscalationRule['kind'];
      readonly toUserId?: string;
    }
  | { readonly type: 'approved' }
  | { readonly type: 'rejected'; readonly byUserId: string; readonly comment: string }
  | { readonly type: 'withdrawn' };

/** The outcome of every state transition: the new state and what happened. */
export interface Transition {
  readonly state: ApprovalState;
  readonly events: readonly ApprovalEvent[];
}
