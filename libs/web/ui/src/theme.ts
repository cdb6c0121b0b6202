import type { ThemeConfig } from 'antd';

/** One look for the three portals: a sober blue, dense tables, system fonts with CJK fallbacks. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1554ad',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#0f2a4d', headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0f2a4d', darkSubMenuItemBg: '#0b2140', darkItemSelectedBg: '#1554ad' },
    Table: { headerBg: '#f5f7fa' },
  },
};
