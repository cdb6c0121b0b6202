/** 简体中文 texts of the admin screens (merged into zh-CN.ts under `admin`). */
export const adminZhCN = {
  title: '企业管理',
};
