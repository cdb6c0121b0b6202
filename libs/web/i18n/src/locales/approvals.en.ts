/** English texts of the approvals screens (merged into en.ts under `approvals`). */
export const approvalsEn = {
  title: 'Approvals',
};
