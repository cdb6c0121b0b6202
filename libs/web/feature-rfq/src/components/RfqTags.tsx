import { LockOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyQuoteState, RfqStatus } from '../data/types';

/** Gold while it waits on approval, blue while sellers quote, cyan to be decided, green awarded, grey over. */
export const STATUS_COLOR: Record<RfqStatus, string> = {
  draft: 'default',
  pending_approval: 'gold',
  open: 'blue',
  closed: 'cyan',
  awarded: 'green',
  cancelled: 'default',
  expired: 'volcano',
};

export function RfqStatusTag({ status }: { status: RfqStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      data-testid="rfq-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`rfq.status.${status}`)}
    </Tag>
  );
}

/** The padlock of a sealed RFQ: no one sees any quote before the deadline. */
export function SealedIcon() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('rfq.common.sealedHint')}>
      <LockOutlined
        aria-label={t('rfq.common.sealed')}
        data-testid="rfq-sealed"
        style={{ color: '#ad6800' }}
      />
    </Tooltip>
  );
}

const MY_QUOTE_COLOR: Record<MyQuoteState, string> = {
  none: 'default',
  active: 'green',
  withdrawn: 'orange',
};

/** The seller's own quote on an RFQ: none, active or withdrawn. */
export function MyQuoteTag({ state }: { state: MyQuoteState }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={MY_QUOTE_COLOR[state]}
      data-testid="my-quote"
      data-state={state}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`rfq.myQuote.${state}`)}
    </Tag>
  );
}
