import type { SubjectType } from '@tradeway/shared/contracts';
import type { RequestAuth } from '../auth/request-auth';
import type { Prisma } from '../database/prisma';

type Tx = Prisma.TransactionClient;

/** What a policy's conditions look at (DESIGN.md §9), in the company's base currency. */
export interface ApprovalFacts {
  readonly amountMinor: bigint;
  readonly categoryIds: readonly string[];
  readonly newSupplier: boolean;
  /** Discount in basis points; null when the subject has none. */
  readonly discountBps: number | null;
  readonly paymentTermDays: number | null;
  readonly departmentId: string | null;
  readonly overSpendingLimit: boolean;
}

export interface ApprovalSubject {
  type: SubjectType;
  id: string;
  version: number;
  title: string;
}

/** How a subject learns its approval's outcome, inside the transaction of the decision. */
export interface ApprovalSubjectHooks {
  titles(db: Tx, subjectIds: readonly string[]): Promise<Map<string, string>>;
  onDecided(
    tx: Tx,
    subject: { id: string; version: number },
    outcome: 'approved' | 'rejected',
    now: Date,
    /** The deciding approver's comment (a rejection always has one). */
    comment?: string,
  ): Promise<void>;
  /**
   * After the decision's transaction committed (live views, caches): never undoes the decision;
   * a failure is logged.
   */
  afterDecided?(subject: { id: string; version: number }, outcome: 'approved' | 'rejected'): Promise<void>;
}

export interface ApprovalEscalation {
  requestId: string;
  level: number;
  dueAt: Date;
}

/**
 * The approval engine as other features see it: submit a subject under the company's
 * policy, hear the decision back. The approval feature provides it (globally), so a feature
 * that needs approvals (special prices, orders, awards) depends on this port, never on
 * the approval feature itself.
 */
export abstract class ApprovalGateway {
  abstract registerSubject(type: SubjectType, hooks: ApprovalSubjectHooks): void;
  /** Whether the company has an active policy for the subject type (a hot path may skip submitting). */
  abstract hasPolicies(companyId: string, type: SubjectType): Promise<boolean>;
  /** Which of these companies have an active policy for the subject type (a batch at once). */
  abstract companiesWithPolicies(companyIds: readonly string[], type: SubjectType): Promise<Set<string>>;
  abstract submit(
    tx: Tx,
    input: {
      companyId: string;
      subject: ApprovalSubject;
      requesterId: string;
      amountMinor: bigint;
      currency: string;
      facts: ApprovalFacts;
    },
    actor: RequestAuth,
    now: Date,
  ): Promise<{ requestId: string; status: string; escalations: ApprovalEscalation[] }>;
  /**
   * Withdraws the pending approval of a subject version (the subject was cancelled or
   * edited), in the subject's transaction; nothing happens when it is no longer pending.
   */
  abstract withdrawSubject(tx: Tx, subject: ApprovalSubject, actor: RequestAuth, now: Date): Promise<void>;
  /**
   * Whether `amountMinor` goes beyond the member's or their department's remaining spending
   * limit (DESIGN.md §9), counted from approved requisitions and placed orders.
   */
  abstract overSpendingLimit(
    tx: Tx,
    companyId: string,
    requesterId: string,
    departmentId: string | null,
    amountMinor: bigint,
    now: Date,
  ): Promise<boolean>;
  /** Schedules the SLA jobs of a committed submission (after the transaction). */
  abstract schedule(escalations: ApprovalEscalation[], now: Date): Promise<void>;
}
