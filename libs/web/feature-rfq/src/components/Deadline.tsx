import { ClockCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC } from '@tradeway/web/ui';
import { isUrgent, remaining } from '../utils/countdown';
import { useNow } from './use-now';

/** `2 d 5 h`, `5 h 12 min`, `12 min` left; the moment itself when it has passed. */
export function useCountdown() {
  const { t } = useTranslation();
  return (deadline: string, now: number) => {
    const r = remaining(deadline, now);
    if (r.passed) return { text: t('rfq.countdown.ended'), passed: true, urgent: false };
    const time =
      r.days > 0
        ? t('rfq.countdown.daysHours', { days: r.days, hours: r.hours })
        : r.hours > 0
          ? t('rfq.countdown.hoursMinutes', { hours: r.hours, minutes: r.minutes })
          : t('rfq.countdown.minutes', { minutes: r.minutes });
    return { text: t('rfq.countdown.left', { time }), passed: false, urgent: isUrgent(r) };
  };
}

/**
 * A deadline as the moment in the user's time zone and, under it, how long is left (orange in
 * the last day) or that it has passed; renewed every half minute.
 */
export function Deadline({ deadline, inline }: { deadline: string; inline?: boolean }) {
  const { language } = useLanguage();
  const now = useNow();
  const countdown = useCountdown()(deadline, now);
  const left = (
    <Typography.Text
      type={countdown.passed ? 'secondary' : countdown.urgent ? 'warning' : undefined}
      style={{ ...NUMERIC, fontSize: inline ? undefined : 12 }}
      data-testid="deadline-countdown"
      data-passed={countdown.passed ? 'yes' : 'no'}
    >
      {!countdown.passed && <ClockCircleOutlined style={{ marginInlineEnd: 4 }} />}
      {countdown.text}
    </Typography.Text>
  );
  if (inline) {
    return (
      <Flex gap={8} align="baseline" wrap>
        <span style={NUMERIC} data-testid="deadline-moment">
          {formatMoment(deadline, language)}
        </span>
        {left}
      </Flex>
    );
  }
  return (
    <Flex vertical gap={0}>
      <span style={NUMERIC} data-testid="deadline-moment">
        {formatMoment(deadline, language)}
      </span>
      {left}
    </Flex>
  );
}
