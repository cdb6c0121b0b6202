import { Flex, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { QuoteStatus } from '../data/types';
import { formatDateTime } from '../utils/format';
import { useNow } from './use-now';

/** Within this time before the end, a quote is marked as expiring soon. */
const SOON_MS = 24 * 3_600_000;

/** When a quote stops being honoured, with how long is left ("in 3 days", "2 hours ago"). */
export function ValidUntil({ validUntil, status }: { validUntil: string; status: QuoteStatus | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const end = dayjs(validUntil);
  const left = end.diff(now);
  const open = status === 'active' || status === 'pending_approval';
  return (
    <Flex vertical gap={0}>
      <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {formatDateTime(validUntil, language)}
      </span>
      {open && (
        <Flex align="center" gap={6}>
          <Tooltip title={formatDateTime(validUntil, language)}>
            <Typography.Text
              type={left <= 0 ? 'danger' : 'secondary'}
              style={{ fontSize: 12 }}
              data-testid="valid-relative"
            >
              {left > 0
                ? t('catalog.quotes.endsIn', { time: end.from(now, true) })
                : t('catalog.quotes.endedAgo', { time: end.from(now, true) })}
            </Typography.Text>
          </Tooltip>
          {left > 0 && left < SOON_MS && (
            <Tag color="warning" style={{ marginInlineEnd: 0 }} data-testid="expires-soon">
              {t('catalog.quotes.soon')}
            </Tag>
          )}
        </Flex>
      )}
    </Flex>
  );
}
