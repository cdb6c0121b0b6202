/** 简体中文 texts of the approvals screens (merged into zh-CN.ts under `approvals`). */
export const approvalsZhCN = {
  title: '审批',
};
