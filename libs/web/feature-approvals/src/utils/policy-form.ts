import { BUILT_IN_ROLES, type BuiltInRole } from '@tradeway/shared/contracts';
import type { PolicyPayload, PolicyView, SubjectType } from '../data/types';
import { bpsToPercent, minorToYuanText, parseYuan, percentToBps } from './money';

/** A yes/no condition that may also be left out. */
export type TriState = 'any' | 'yes' | 'no';
export type EscalationKind = 'notify' | 'next_level' | 'user';

/** One level as the editor holds it; its order is its position in the list. */
export interface PolicyLevelValues {
  mode: 'any' | 'all';
  approverRoles: string[];
  approverUserIds: string[];
  slaHours: number | null;
  escalation: EscalationKind;
  escalationUserId?: string | undefined;
}

/** Conditions as the editor holds them: amounts in yuan text, discount in percent text. */
export interface PolicyConditionValues {
  minAmount: string;
  maxAmount: string;
  categoryIds: string[];
  newSupplier: TriState;
  minDiscountPercent: string;
  minPaymentTermDays: number | null;
  departmentIds: string[];
  overSpendingLimit: TriState;
}

export interface PolicyFormValues {
  name: string;
  subjectType: SubjectType;
  priority: number;
  active: boolean;
  conditions: PolicyConditionValues;
  levels: PolicyLevelValues[];
}

export const SUBJECT_TYPES: readonly SubjectType[] = [
  'purchase_requisition',
  'purchase_order',
  'rfq_publication',
  'rfq_award',
  'auction_award',
  'special_price',
  'group_buy_commitment',
  'credit_limit_change',
  'loan_disbursement',
];

export const isBuiltInRole = (role: string): role is BuiltInRole =>
  (BUILT_IN_ROLES as readonly string[]).includes(role);

export const emptyLevel = (): PolicyLevelValues => ({
  mode: 'any',
  approverRoles: [],
  approverUserIds: [],
  slaHours: 24,
  escalation: 'notify',
});

export const emptyPolicy = (subjectType: SubjectType = 'purchase_requisition'): PolicyFormValues => ({
  name: '',
  subjectType,
  priority: 10,
  active: true,
  conditions: {
    minAmount: '',
    maxAmount: '',
    categoryIds: [],
    newSupplier: 'any',
    minDiscountPercent: '',
    minPaymentTermDays: null,
    departmentIds: [],
    overSpendingLimit: 'any',
  },
  levels: [],
});

const triToBool = (v: TriState): boolean | undefined => (v === 'any' ? undefined : v === 'yes');
const boolToTri = (v: boolean | undefined): TriState => (v === undefined ? 'any' : v ? 'yes' : 'no');
const blank = (s: string | undefined | null) => (s ?? '').trim() === '';

/**
 * The editor's values → the body of `POST/PUT /api/approval/policies`: amounts in fen (as
 * digit strings), discount in basis points, levels numbered by position, and only the
 * conditions that are set. Assumes the values passed the form's validation.
 */
export function toPolicyPayload(values: PolicyFormValues): PolicyPayload {
  const c = values.conditions;
  const conditions: NonNullable<PolicyPayload['conditions']> = {};
  if (!blank(c.minAmount)) conditions.minAmountMinor = String(parseYuan(c.minAmount));
  if (!blank(c.maxAmount)) conditions.maxAmountMinor = String(parseYuan(c.maxAmount));
  if (c.categoryIds.length) conditions.categoryIds = [...c.categoryIds];
  const newSupplier = triToBool(c.newSupplier);
  if (newSupplier !== undefined) conditions.newSupplier = newSupplier;
  if (!blank(c.minDiscountPercent)) conditions.minDiscountBps = percentToBps(c.minDiscountPercent);
  if (c.minPaymentTermDays !== null && c.minPaymentTermDays !== undefined)
    conditions.minPaymentTermDays = c.minPaymentTermDays;
  if (c.departmentIds.length) conditions.departmentIds = [...c.departmentIds];
  const over = triToBool(c.overSpendingLimit);
  if (over !== undefined) conditions.overSpendingLimit = over;

  return {
    subjectType: values.subjectType,
    name: values.name.trim(),
    priority: values.priority,
    active: values.active,
    conditions,
    levels: values.levels.map((level, i) => ({
      order: i + 1,
      mode: level.mode,
      approverRoles: [...level.approverRoles],
      approverUserIds: [...level.approverUserIds],
      slaHours: level.slaHours ?? null,
      escalation:
        level.escalation === 'user'
          ? { kind: 'user' as const, userId: level.escalationUserId ?? '' }
          : { kind: level.escalation },
    })),
  };
}

/** A stored policy → the editor's values (levels in their order). */
export function toPolicyFormValues(policy: PolicyView): PolicyFormValues {
  const c = policy.conditions;
  return {
    name: policy.name,
    subjectType: policy.subjectType,
    priority: policy.priority,
    active: policy.active,
    conditions: {
      minAmount: c.minAmountMinor !== undefined ? minorToYuanText(c.minAmountMinor) : '',
      maxAmount: c.maxAmountMinor !== undefined ? minorToYuanText(c.maxAmountMinor) : '',
      categoryIds: [...(c.categoryIds ?? [])],
      newSupplier: boolToTri(c.newSupplier),
      minDiscountPercent: c.minDiscountBps !== undefined ? bpsToPercent(c.minDiscountBps) : '',
      minPaymentTermDays: c.minPaymentTermDays ?? null,
      departmentIds: [...(c.departmentIds ?? [])],
      overSpendingLimit: boolToTri(c.overSpendingLimit),
    },
    levels: [...policy.levels]
      .sort((a, b) => a.order - b.order)
      .map((l) => ({
        mode: l.mode,
        approverRoles: [...l.approverRoles],
        approverUserIds: [...l.approverUserIds],
        slaHours: l.slaHours,
        escalation: l.escalation.kind,
        ...(l.escalation.kind === 'user' ? { escalationUserId: l.escalation.userId } : {}),
      })),
  };
}

/** The API's name of a policy field → the editor's field, for the names that differ. */
const CONDITION_FIELDS: Record<string, keyof PolicyConditionValues> = {
  minAmountMinor: 'minAmount',
  maxAmountMinor: 'maxAmount',
  minDiscountBps: 'minDiscountPercent',
  minPaymentTermDays: 'minPaymentTermDays',
  categoryIds: 'categoryIds',
  departmentIds: 'departmentIds',
  newSupplier: 'newSupplier',
  overSpendingLimit: 'overSpendingLimit',
};
const LEVEL_FIELDS: Record<string, keyof PolicyLevelValues> = {
  mode: 'mode',
  approverRoles: 'approverRoles',
  approverUserIds: 'approverUserIds',
  slaHours: 'slaHours',
  escalation: 'escalation',
};

/**
 * Where an API field error (`levels.1.approverRoles.0`, `conditions.minAmountMinor`) shows
 * in the policy editor (`['levels', 1, 'approverRoles']`, `['conditions', 'minAmount']`);
 * null for a path the editor has no field for (the levels' order, which is their position).
 */
export function policyFieldName(path: string): Array<string | number> | null {
  const parts = path.split('.');
  const [head, second, third, fourth] = parts;
  if (head === 'name' || head === 'subjectType' || head === 'priority' || head === 'active') return [head];
  if (head === 'conditions') {
    const field = second ? CONDITION_FIELDS[second] : undefined;
    return field ? ['conditions', field] : null;
  }
  if (head === 'levels' && second !== undefined && /^\d+$/.test(second)) {
    const index = Number(second);
    if (third === 'escalation')
      return ['levels', index, fourth === 'userId' ? 'escalationUserId' : 'escalation'];
    const field = third ? LEVEL_FIELDS[third] : undefined;
    return field ? ['levels', index, field] : null;
  }
  return null;
}

/** Policies by subject type, each in the order the engine tries them: priority, then id. */
export function sortPolicies(items: readonly PolicyView[]): PolicyView[] {
  return [...items].sort(
    (a, b) =>
      SUBJECT_TYPES.indexOf(a.subjectType) - SUBJECT_TYPES.indexOf(b.subjectType) ||
      a.priority - b.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
