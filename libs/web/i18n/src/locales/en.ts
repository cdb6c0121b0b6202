/** English texts. The source of the keys: zh-CN must have exactly the same ones (see i18n.spec.ts). */
export const en = {
  app: {
    name: 'Tradeway',
    portal: {
      buyer: 'Buyer portal',
      seller: 'Seller portal',
      operator: 'Operator console',
    },
  },
  nav: {
    dashboard: 'Dashboard',
    queues: 'Queue dashboard',
    apiDocs: 'API reference',
    mainMenu: 'Main menu',
  },
  language: {
    label: 'Language',
    'zh-CN': '中文',
    en: 'English',
  },
  dashboard: {
    title: 'Dashboard',
    welcome: {
      buyer: 'Run RFQs, compare landed costs, pool demand in group buys and follow your orders.',
      seller: 'Publish tiered, confidential price lists, answer RFQs and bid in reverse auctions.',
      operator: 'Manage credit, settlement and the health of the platform.',
    },
    tools: 'Operator tools',
    toolsHint: 'Both open in a new tab and are served by the API.',
  },
  health: {
    title: 'Platform status',
    overall: 'Overall',
    status: { ok: 'All systems operational', degraded: 'Degraded' },
    dependency: { up: 'Up', down: 'Down' },
    database: 'Database (PostgreSQL)',
    redis: 'Queues and cache (Redis)',
    latency: '{{ms}} ms',
    version: 'API version',
    uptime: 'API uptime',
    checkedAt: 'Checked at',
    refresh: 'Refresh',
    autoRefresh: 'Refreshes every {{seconds}} s',
    unreachable: 'The API cannot be reached',
    unreachableHint: 'Check that the API process is running; the page retries by itself.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to the dashboard',
  },
} as const;
