import { Alert, Flex, Progress, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { ImportJobView, ImportRejectionView } from '../data/types';
import { importPercent, isImportRunning, strictRefused } from '../utils/import-job';
import { ImportStatusTag } from './StatusTags';

const BREAK_COLUMN = /^break(\d+)_(min_qty|price)$/;

/**
 * One import as it runs and when it ends: a progress bar of the rows processed with the
 * status, then the applied and rejected counts, the first rejections (row, column, reason in
 * the user's language) and the full report to download (`reportButton`).
 */
export function ImportProgress({ job, reportButton }: { job: ImportJobView; reportButton?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const running = isImportRunning(job.status);
  const percent = importPercent(job);
  const columns: TableColumnsType<ImportRejectionView> = [
    { title: t('pricing.imports.row'), dataIndex: 'rowNumber', width: 80, align: 'right' },
    {
      title: t('pricing.imports.column'),
      dataIndex: 'column',
      width: 170,
      render: (key: string) => {
        // the column's header as the template writes it ("SKU编码 (sku_code)"): name, then code
        const br = BREAK_COLUMN.exec(key);
        const name = br
          ? t(
              br[2] === 'price'
                ? 'pricing.imports.columns.breakPrice'
                : 'pricing.imports.columns.breakMinQty',
              {
                n: br[1],
              },
            )
          : i18n.exists(`pricing.imports.columns.${key}`)
            ? t(`pricing.imports.columns.${key}` as 'pricing.imports.columns.sku_code')
            : null;
        return name ? (
          <Flex vertical gap={0}>
            <span>{name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {key}
            </Typography.Text>
          </Flex>
        ) : (
          key
        );
      },
    },
    {
      title: t('pricing.imports.reason'),
      key: 'reason',
      render: (_, r) => (language === 'zh-CN' ? r.messageZh : r.message),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="import-progress">
      <Flex gap={12} align="center" wrap>
        <Typography.Text strong>{job.fileName}</Typography.Text>
        <ImportStatusTag status={job.status} />
        <Typography.Text type="secondary">
          {job.strict ? t('pricing.imports.strictOn') : t('pricing.imports.strictOff')}
        </Typography.Text>
      </Flex>
      <div>
        <Progress
          percent={percent}
          status={job.status === 'failed' ? 'exception' : running ? 'active' : 'success'}
          data-testid="import-bar"
          aria-valuenow={percent}
        />
        <Typography.Text type="secondary" data-testid="import-rows">
          {job.totalRows > 0
            ? t('pricing.imports.rows', { processed: job.processedRows, total: job.totalRows })
            : t('pricing.imports.counting')}
          {' · '}
          {t(`pricing.importStatusHint.${job.status}`)}
        </Typography.Text>
      </div>
      {job.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          data-testid="import-failed"
          title={t('pricing.imports.failed')}
          description={job.error ?? undefined}
        />
      )}
      {!running && job.status !== 'failed' && (
        <>
          <Flex gap={48} wrap>
            <Statistic
              title={t('pricing.imports.applied')}
              value={job.appliedRows}
              data-testid="import-applied"
            />
            <Statistic
              title={t('pricing.imports.rejected')}
              value={job.rejectedRows}
              styles={{ content: job.rejectedRows > 0 ? { color: '#cf1322' } : {} }}
              data-testid="import-rejected"
            />
          </Flex>
          {strictRefused(job) ? (
            <Alert
              type="warning"
              showIcon
              data-testid="strict-refused"
              title={t('pricing.imports.strictRefused')}
            />
          ) : job.rejectedRows > 0 ? (
            <Alert
              type="info"
              showIcon
              title={t('pricing.imports.partlyApplied', { count: job.appliedRows })}
            />
          ) : (
            <Alert
              type="success"
              showIcon
              title={t('pricing.imports.allApplied', { count: job.appliedRows })}
            />
          )}
        </>
      )}
      {job.rejections.length > 0 && (
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text strong>
              {job.rejectedRows > job.rejections.length
                ? t('pricing.imports.firstRejections', {
                    shown: job.rejections.length,
                    total: job.rejectedRows,
                  })
                : t('pricing.imports.rejections')}
            </Typography.Text>
            {reportButton}
          </Flex>
          <Table<ImportRejectionView>
            data-testid="rejections"
            rowKey={(r) => `${r.rowNumber}:${r.column}:${r.code}`}
            size="small"
            pagination={false}
            columns={columns}
            dataSource={job.rejections}
          />
        </Flex>
      )}
    </Flex>
  );
}
