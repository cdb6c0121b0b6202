import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';

/** The pagination of a table paged on the server: fixed page size, total shown, one page hidden. */
export function useServerPagination(): (a: {
  page: number;
  pageSize: number;
  total: number | undefined;
  onChange: (page: number) => void;
}) => TablePaginationConfig {
  const { t } = useTranslation();
  return ({ page, pageSize, total, onChange }) => ({
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: false,
    hideOnSinglePage: true,
    showTotal: (n) => t('pricing.common.total', { count: n }),
    onChange: (p) => onChange(p),
  });
}
