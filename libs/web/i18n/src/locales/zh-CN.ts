import type { Texts } from './texts';

/** 简体中文 — the platform's first language. */
export const zhCN = {
  app: {
    name: '商贸通 Tradeway',
    portal: {
      buyer: '采购商门户',
      seller: '供应商门户',
      operator: '运营控制台',
    },
  },
  nav: {
    dashboard: '工作台',
    queues: '任务队列',
    apiDocs: '接口文档',
    mainMenu: '主菜单',
  },
  language: {
    label: '语言',
    'zh-CN': '中文',
    en: 'English',
  },
  dashboard: {
    title: '工作台',
    welcome: {
      buyer: '发起询价、按到岸成本比价、参与团购拼单并跟踪订单。',
      seller: '发布分级保密价格表、响应询价、参与反向竞价。',
      operator: '管理授信、结算与平台运行状态。',
    },
    tools: '运维工具',
    toolsHint: '均在新标签页打开，由 API 提供。',
  },
  health: {
    title: '平台状态',
    overall: '总体',
    status: { ok: '全部正常', degraded: '部分降级' },
    dependency: { up: '正常', down: '不可用' },
    database: '数据库（PostgreSQL）',
    redis: '队列与缓存（Redis）',
    latency: '{{ms}} 毫秒',
    version: 'API 版本',
    uptime: 'API 运行时长',
    checkedAt: '检查时间',
    refresh: '刷新',
    autoRefresh: '每 {{seconds}} 秒自动刷新',
    unreachable: '无法连接 API',
    unreachableHint: '请确认 API 进程正在运行；页面会自动重试。',
  },
  notFound: {
    title: '页面不存在',
    back: '返回工作台',
  },
} satisfies Texts;
