import type { ApiClient } from '@tradeway/shared/contracts';

/**
 * What the portal sends and receives, as the typed client sees it: the contract's schemas
 * after JSON (amounts in fen arrive as strings of digits, dates as ISO strings).
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type In<F extends (...args: never[]) => unknown> = Exclude<Parameters<F>[0], undefined>;

export type InboxPage = Out<ApiClient['approval']['inbox']>;
export type InboxItemView = InboxPage['items'][number];
export type ApprovalRequestView = Out<ApiClient['approval']['getRequest']>;
export type ApprovalTaskView = ApprovalRequestView['tasks'][number];
export type PolicyLevelView = ApprovalRequestView['levels'][number];
export type PolicyView = Out<ApiClient['approval']['listPolicies']>['items'][number];
export type PolicyPayload = In<ApiClient['approval']['createPolicy']>;
export type DelegationView = Out<ApiClient['approval']['listDelegations']>['items'][number];
export type SpendingLimitView = Out<ApiClient['approval']['listSpendingLimits']>['items'][number];
export type SpendingLimitPayload = In<ApiClient['approval']['setSpendingLimit']>;
export type RequisitionView = Out<ApiClient['requisitions']['get']>;
export type RequisitionPayload = In<ApiClient['requisitions']['create']>;
export type RequisitionStatus = RequisitionView['status'];
export type RequestStatus = ApprovalRequestView['status'];
export type TaskStatus = ApprovalTaskView['status'];
export type SubjectType = PolicyView['subjectType'];
export type DecisionPayload = In<ApiClient['approval']['decide']>;
export type MemberView = Out<ApiClient['companyAdmin']['listMembers']>['items'][number];
export type DepartmentView = Out<ApiClient['companyAdmin']['listDepartments']>['items'][number];
export type CustomRoleView = Out<ApiClient['companyAdmin']['listRoles']>['custom'][number];
export type CategoryView = Out<ApiClient['catalog']['listCategories']>['items'][number];
