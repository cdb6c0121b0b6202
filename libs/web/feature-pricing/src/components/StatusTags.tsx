import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CandidateOutcome,
  ImportStatus,
  PriceListKind,
  PriceListStatus,
  QuoteStatus,
} from '../data/types';

const KIND_COLOR: Record<PriceListKind, string> = { list: 'blue', grade: 'purple', contract: 'gold' };
const LIST_STATUS_COLOR: Record<PriceListStatus, string> = {
  draft: 'default',
  published: 'success',
  archived: 'warning',
};
const QUOTE_STATUS_COLOR: Record<QuoteStatus, string> = {
  pending_approval: 'processing',
  active: 'success',
  accepted: 'blue',
  rejected: 'error',
  expired: 'default',
};
const IMPORT_STATUS_COLOR: Record<ImportStatus, string> = {
  queued: 'default',
  validating: 'processing',
  applying: 'processing',
  done: 'success',
  failed: 'error',
};

/** A long target (an English company name) is cut to the column with "…"; the whole text is its tooltip. */
const KIND_TAG_STYLE = {
  maxWidth: '100%',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  verticalAlign: 'middle',
} as const;

/** The kind of a list, with the grade or buyer it is for: 合同价 · 华鑫食品. */
export function PriceListKindTag({ kind, target }: { kind: PriceListKind; target?: string | null }) {
  const { t } = useTranslation();
  const text = `${t(`pricing.kind.${kind}`)}${target ? ` · ${target}` : ''}`;
  return (
    <Tag
      color={KIND_COLOR[kind]}
      data-testid="list-kind"
      data-kind={kind}
      title={target ? text : undefined}
      style={KIND_TAG_STYLE}
    >
      {text}
    </Tag>
  );
}

export function PriceListStatusTag({ status }: { status: PriceListStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={LIST_STATUS_COLOR[status]} data-testid="list-status" data-status={status}>
      {t(`pricing.listStatus.${status}`)}
    </Tag>
  );
}

export function QuoteStatusTag({ status }: { status: QuoteStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <Tag>{t('pricing.quoteStatus.preview')}</Tag>;
  return (
    <Tag color={QUOTE_STATUS_COLOR[status]} data-testid="quote-status" data-status={status}>
      {t(`pricing.quoteStatus.${status}`)}
    </Tag>
  );
}

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={IMPORT_STATUS_COLOR[status]} data-testid="import-status" data-status={status}>
      {t(`pricing.importStatus.${status}`)}
    </Tag>
  );
}

/** Won green, every other outcome grey. */
export function OutcomeTag({ outcome }: { outcome: CandidateOutcome }) {
  const { t } = useTranslation();
  return (
    <Tag color={outcome === 'won' ? 'success' : 'default'} data-testid="outcome" data-outcome={outcome}>
      {t(`pricing.outcome.${outcome}`)}
    </Tag>
  );
}
