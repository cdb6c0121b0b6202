import {
  Alert,
  Card,
  DatePicker,
  Flex,
  Segmented,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { StaffActivityRow } from '@tradeway/shared/contracts';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { ActivityChart } from '../components/ActivityChart';
import { useAdminTexts } from '../components/texts';
import { useStaffActivity } from '../data';
import { browserTimeZone, formatInstant } from '../utils/audit-filters';
import {
  ACTIVITY_METRICS,
  responseTime,
  type ActivityMetric,
  type ActivityPeriod,
  activityFromSearch,
  activityInput,
  activityToSearch,
  windowLabel,
} from '../utils/staff-activity';

const METRIC_TEXT = {
  signIns: 'admin.activity.column.signIns',
  requisitionsSubmitted: 'admin.activity.column.requisitions',
  quotesSent: 'admin.activity.column.quotes',
  rfqsAnswered: 'admin.activity.column.rfqsAnswered',
  approvalsDecided: 'admin.activity.column.approvals',
  actions: 'admin.activity.column.actions',
} as const satisfies Record<ActivityMetric, string>;

/** Each staff account's activity over a day or a week (业务员活跃报告), as a table and as bars. */
export function StaffActivityPage() {
  const { t } = useTranslation();
  const texts = useAdminTexts();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const view = activityFromSearch(params);
  const report = useStaffActivity(activityInput(view));
  const [metric, setMetric] = useState<ActivityMetric>('signIns');
  const timeZone = browserTimeZone();
  const rows = report.data?.rows ?? [];

  const windowText = report.data ? windowLabel(report.data.windowStart, report.data.windowEnd) : '';
  const count = (n: number) =>
    n === 0 ? <Typography.Text type="secondary">0</Typography.Text> : <strong>{n}</strong>;
  const columns: TableColumnsType<StaffActivityRow> = [
    {
      title: t('admin.activity.column.name'),
      dataIndex: 'displayName',
      // the name stays in view while the counts scroll sideways on a narrow screen
      width: 240,
      fixed: 'left',
      render: (name: string, r) => (
        <Flex vertical>
          <span>
            {name} {r.disabled && <Tag>{t('admin.activity.disabled')}</Tag>}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.email}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('admin.activity.column.role'),
      dataIndex: 'role',
      width: 120,
      render: (r: StaffActivityRow['role']) => texts.role(r),
    },
    {
      title: t(METRIC_TEXT.signIns),
      dataIndex: 'signIns',
      width: 110,
      align: 'right',
      render: count,
      sorter: (a, b) => a.signIns - b.signIns,
    },
    {
      title: t(METRIC_TEXT.requisitionsSubmitted),
      dataIndex: 'requisitionsSubmitted',
      width: 150,
      align: 'right',
      render: count,
      sorter: (a, b) => a.requisitionsSubmitted - b.requisitionsSubmitted,
    },
    {
      title: t(METRIC_TEXT.quotesSent),
      dataIndex: 'quotesSent',
      width: 120,
      align: 'right',
      render: count,
      sorter: (a, b) => a.quotesSent - b.quotesSent,
    },
    {
      title: t(METRIC_TEXT.rfqsAnswered),
      dataIndex: 'rfqsAnswered',
      width: 120,
      align: 'right',
      render: count,
      sorter: (a, b) => a.rfqsAnswered - b.rfqsAnswered,
    },
    {
      title: <span title={t('admin.activity.responseHint')}>{t('admin.activity.column.avgResponse')}</span>,
      dataIndex: 'avgRfqResponseMinutes',
      key: 'avgRfqResponseMinutes',
      width: 150,
      align: 'right',
      render: (minutes: number | null) => {
        if (minutes === null) return <Typography.Text type="secondary">–</Typography.Text>;
        const { hours, minutes: rest } = responseTime(minutes);
        return hours === 0
          ? t('admin.activity.minutes', { count: rest })
          : t('admin.activity.hoursMinutes', { hours, minutes: rest });
      },
      // accounts without an answer last, whichever way
      sorter: (a, b) => (a.avgRfqResponseMinutes ?? Infinity) - (b.avgRfqResponseMinutes ?? Infinity),
    },
    {
      title: t(METRIC_TEXT.approvalsDecided),
      dataIndex: 'approvalsDecided',
      width: 130,
      align: 'right',
      render: count,
      sorter: (a, b) => a.approvalsDecided - b.approvalsDecided,
    },
    {
      title: t(METRIC_TEXT.actions),
      dataIndex: 'actions',
      width: 110,
      align: 'right',
      render: count,
      sorter: (a, b) => a.actions - b.actions,
    },
    {
      title: t('admin.activity.column.lastActive'),
      dataIndex: 'lastActiveAt',
      width: 170,
      render: (at: string | null) =>
        at ? (
          formatInstant(at, timeZone, 'YYYY-MM-DD HH:mm')
        ) : (
          <Typography.Text type="secondary">{t('admin.activity.noActivity')}</Typography.Text>
        ),
    },
  ];

  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader title={t('admin.activity.title')} hint={t('admin.activity.hint')} />
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={16} align="center" wrap>
            <Segmented<ActivityPeriod>
              data-testid="activity-period"
              value={view.period}
              options={[
                { value: 'day', label: t('admin.activity.period.day') },
                { value: 'week', label: t('admin.activity.period.week') },
              ]}
              onChange={(period) => setParams(activityToSearch({ ...view, period }), { replace: true })}
            />
            <DatePicker
              aria-label={t('admin.activity.date')}
              picker={view.period === 'week' ? 'week' : 'date'}
              value={view.date ? dayjs(view.date) : dayjs()}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              onChange={(d) =>
                setParams(activityToSearch({ ...view, date: d ? d.format('YYYY-MM-DD') : undefined }), {
                  replace: true,
                })
              }
            />
            <Typography.Text type="secondary" data-testid="activity-window">
              {windowText}
            </Typography.Text>
          </Flex>
          {report.isError && <Alert type="error" showIcon title={errorText(report.error)} />}
          <Table<StaffActivityRow>
            data-testid="activity-table"
            rowKey="userId"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={report.isPending || report.isPlaceholderData}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('admin.activity.empty') }}
          />
        </Flex>
      </Card>
      <Card
        title={t('admin.activity.chart.title')}
        extra={
          <Segmented
            aria-label={t('admin.activity.chart.metric')}
            value={metric}
            onChange={setMetric}
            options={ACTIVITY_METRICS.map((m) => ({ value: m, label: t(METRIC_TEXT[m]) }))}
          />
        }
      >
        <ActivityChart
          rows={rows}
          metric={metric}
          label={`${t('admin.activity.chart.title')}: ${t(METRIC_TEXT[metric])}`}
        />
      </Card>
    </Flex>
  );
}
