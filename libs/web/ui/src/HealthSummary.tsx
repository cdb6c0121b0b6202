import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DependencyCheck, Health } from '@tradeway/shared/contracts';

export interface HealthSummaryProps {
  health: Health | undefined;
  loading: boolean;
  /** The API could not be reached (network error or 5xx) on the last attempt. */
  unreachable: boolean;
  checkedAt: number | undefined;
  refreshing: boolean;
  refreshSeconds: number;
  onRefresh: () => void;
}

function DependencyTag({ check, testId }: { check: DependencyCheck; testId: string }) {
  const { t } = useTranslation();
  const up = check.status === 'up';
  return (
    <Space size="small">
      <Tag
        data-testid={testId}
        data-status={check.status}
        color={up ? 'success' : 'error'}
        icon={up ? <CheckCircleFilled /> : <CloseCircleFilled />}
      >
        {t(`health.dependency.${check.status}`)}
      </Tag>
      {check.latencyMs !== null && (
        <Typography.Text type="secondary">{t('health.latency', { ms: check.latencyMs })}</Typography.Text>
      )}
      {check.error && <Typography.Text type="danger">{check.error}</Typography.Text>}
    </Space>
  );
}

/** The platform's health as the API reports it: overall, PostgreSQL, Redis, version, uptime. */
export function HealthSummary({
  health,
  loading,
  unreachable,
  checkedAt,
  refreshing,
  refreshSeconds,
  onRefresh,
}: HealthSummaryProps) {
  const { t } = useTranslation();
  const ok = health?.status === 'ok';
  return (
    <Card
      data-testid="health-panel"
      title={t('health.title')}
      extra={
        <Space>
          <Typography.Text type="secondary">
            {t('health.autoRefresh', { seconds: refreshSeconds })}
          </Typography.Text>
          <Button size="small" icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh}>
            {t('health.refresh')}
          </Button>
        </Space>
      }
    >
      {unreachable && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('health.unreachable')}
          description={t('health.unreachableHint')}
          data-testid="health-unreachable"
        />
      )}
      {loading && !health ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        health && (
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('health.overall')} span={2}>
              <Tag
                data-testid="health-status"
                data-status={health.status}
                color={ok ? 'success' : 'warning'}
                icon={ok ? <CheckCircleFilled /> : <WarningFilled />}
              >
                {t(`health.status.${health.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('health.database')}>
              <DependencyTag check={health.checks.database} testId="health-database" />
            </Descriptions.Item>
            <Descriptions.Item label={t('health.redis')}>
              <DependencyTag check={health.checks.redis} testId="health-redis" />
            </Descriptions.Item>
            <Descriptions.Item label={t('health.version')}>{health.version}</Descriptions.Item>
            <Descriptions.Item label={t('health.uptime')}>
              {dayjs.duration(health.uptimeSeconds, 'seconds').humanize()}
            </Descriptions.Item>
            {checkedAt !== undefined && (
              <Descriptions.Item label={t('health.checkedAt')} span={2}>
                {dayjs(checkedAt).format('YYYY-MM-DD HH:mm:ss')}
              </Descriptions.Item>
            )}
          </Descriptions>
        )
      )}
    </Card>
  );
}
