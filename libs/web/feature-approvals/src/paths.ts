/** The routes of the approval screens inside a portal. */
export const APPROVALS_PATH = '/approvals';
export const DELEGATIONS_PATH = '/approvals/delegations';
export const REQUISITIONS_PATH = '/requisitions';
export const NEW_REQUISITION_PATH = '/requisitions/new';
export const POLICIES_PATH = '/approval-policies';
export const NEW_POLICY_PATH = '/approval-policies/new';

/** The request's page; `onBehalfOf` preselects the colleague the user stands in for. */
export const requestPath = (requestId: string, onBehalfOf?: string) =>
  `${APPROVALS_PATH}/${requestId}${onBehalfOf ? `?onBehalfOf=${encodeURIComponent(onBehalfOf)}` : ''}`;
export const requisitionPath = (id: string) => `${REQUISITIONS_PATH}/${id}`;
export const editRequisitionPath = (id: string) => `${REQUISITIONS_PATH}/${id}/edit`;
/** An order's page in the same portal (the orders library owns it; features do not import each other). */
export const orderPath = (id: string) => `/orders/${id}`;
export const policyPath = (id: string) => `${POLICIES_PATH}/${id}`;
