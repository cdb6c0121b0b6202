import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffActivityRow } from '@tradeway/shared/contracts';
import { type ActivityMetric, activityBars } from '../utils/staff-activity';

/**
 * A horizontal bar per staff account for one metric, busiest first. No charting library is
 * installed: each bar is an Ant Design `Progress`, with its value written beside it and read
 * out as "name: value".
 */
export function ActivityChart({
  rows,
  metric,
  label,
}: {
  rows: StaffActivityRow[];
  metric: ActivityMetric;
  label: string;
}) {
  const { t } = useTranslation();
  const bars = activityBars(rows, metric);
  if (bars.every((b) => b.value === 0)) {
    return <Typography.Text type="secondary">{t('admin.activity.chart.empty')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={6} role="list" aria-label={label} data-testid="activity-chart">
      {bars.map((bar) => (
        <Flex
          key={bar.userId}
          align="center"
          gap={12}
          role="listitem"
          aria-label={t('admin.activity.chart.bar', { name: bar.name, value: bar.value })}
        >
          <Typography.Text ellipsis style={{ width: 120, flex: 'none' }} aria-hidden>
            {bar.name}
          </Typography.Text>
          <Progress
            percent={bar.percent}
            status="normal"
            format={() => bar.value}
            strokeColor="#1f5fbf"
            style={{ flex: 1, margin: 0 }}
            aria-hidden
          />
        </Flex>
      ))}
    </Flex>
  );
}
