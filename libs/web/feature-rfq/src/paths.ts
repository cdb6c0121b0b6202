/** The routes of the RFQ screens: the buyer's list, form and page; the seller's inbox and page. */
export const RFQS_PATH = '/rfqs';
export const NEW_RFQ_PATH = '/rfqs/new';
export const rfqPath = (rfqId: string) => `${RFQS_PATH}/${rfqId}`;
export const editRfqPath = (rfqId: string) => `${RFQS_PATH}/${rfqId}/edit`;
export const RFQ_INBOX_PATH = '/rfq-inbox';

/** Screens of other features an RFQ links to (same portal; features do not import each other). */
export const approvalPath = (requestId: string) => `/approvals/${requestId}`;
export const orderPath = (orderId: string) => `/orders/${orderId}`;
