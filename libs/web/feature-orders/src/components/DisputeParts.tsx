import { Alert, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisputeStatus } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, useFigures } from '@tradeway/web/ui';
import type { DisputeDetailView, DisputeLineView, ReceiptView } from '../data/receipts.queries';

const STATUS_COLOR: Record<DisputeStatus, string> = { open: 'red', proposed: 'gold', resolved: 'green' };

export function DisputeStatusTag({ status }: { status: DisputeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      style={{ marginInlineEnd: 0 }}
      data-testid="dispute-status"
      data-status={status}
    >
      {t(`receipts.dispute.status.${status}`)}
    </Tag>
  );
}

/**
 * A resolution as stored anywhere (proposal, outcome, a history entry): accept as received, a
 * credit in fen, or quantities per order line (the line's number and unit from the dispute).
 */
export type AnyResolution =
  | { kind: 'accept' }
  | { kind: 'price_adjustment'; creditMinor: string }
  | {
      kind: 'return';
      lines: ReadonlyArray<{ lineId: string; quantity: string; lineNo?: number; unit?: string }>;
    };

/** Reads a resolution out of a history entry's data; null when it holds none. */
export function resolutionOf(value: unknown): AnyResolution | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r['kind'] === 'accept') return { kind: 'accept' };
  if (
    r['kind'] === 'price_adjustment' &&
    (typeof r['creditMinor'] === 'string' || typeof r['creditMinor'] === 'number')
  )
    return { kind: 'price_adjustment', creditMinor: String(r['creditMinor']) };
  if (r['kind'] === 'return' && Array.isArray(r['lines'])) {
    const lines = (r['lines'] as unknown[]).flatMap((l) => {
      if (typeof l !== 'object' || l === null) return [];
      const line = l as Record<string, unknown>;
      return typeof line['lineId'] === 'string' && typeof line['quantity'] === 'string'
        ? [{ lineId: line['lineId'], quantity: line['quantity'] }]
        : [];
    });
    return { kind: 'return', lines };
  }
  return null;
}

/** A resolution in words: "Accept as received", "Credit ¥1,200.00 to the buyer", "Return #1 0.2 t". */
export function useResolutionText(lines: readonly DisputeLineView[], currency: string) {
  const { t } = useTranslation();
  const f = useFigures('orders');
  return (r: AnyResolution): string => {
    switch (r.kind) {
      case 'accept':
        return t('receipts.resolution.text.accept');
      case 'price_adjustment':
        return t('receipts.resolution.text.price_adjustment', { amount: f.money(r.creditMinor, currency) });
      case 'return':
        return t('receipts.resolution.text.return', {
          lines: r.lines
            .map((l) => {
              const line = lines.find((x) => x.id === l.lineId);
              return t('receipts.resolution.text.returnLine', {
                lineNo: l.lineNo ?? line?.lineNo ?? '?',
                quantity: f.quantity(l.quantity, l.unit ?? line?.unit ?? ''),
              });
            })
            .join(t('receipts.resolution.text.separator')),
        });
    }
  };
}

/** The receipts a dispute is about: its own receipt, or every receipt of the order for one opened by hand. */
export function disputeReceipts(detail: DisputeDetailView): ReceiptView[] {
  return detail.receiptId ? detail.receipts.filter((r) => r.id === detail.receiptId) : detail.receipts;
}

/** A sentence starts with a capital ("the seller proposed …" → "The seller proposed …"); Chinese is unchanged. */
export const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Who a party is, as the viewer reads it: "the seller", "you (the buyer)". */
export function usePartyLabel(viewer: DisputeDetailView['viewer']) {
  const { t } = useTranslation();
  return (party: 'buyer' | 'seller' | 'operator' | 'system') =>
    (party === 'buyer' || party === 'seller') && party === viewer
      ? t('receipts.party.you', { side: t(`receipts.party.${party}`) })
      : t(`receipts.party.${party}`);
}

/** The proposal on the table: by whom, what, why, when; the buttons the viewer may use beside it. */
export function ProposalAlert({ detail, actions }: { detail: DisputeDetailView; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useResolutionText(detail.lines, detail.currency);
  const party = usePartyLabel(detail.viewer);
  const p = detail.proposal;
  if (!p) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="dispute-proposal"
      title={t('receipts.dispute.proposalBy', { party: party(p.by) })}
      description={
        <Flex vertical gap={4}>
          <Typography.Text strong data-testid="dispute-proposal-text">
            {text(p.resolution)}
          </Typography.Text>
          {p.note && (
            <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              {t('receipts.dispute.noteQuoted', { note: p.note })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatMoment(p.at, language)}
          </Typography.Text>
        </Flex>
      }
      action={actions}
    />
  );
}

/** How the dispute ended: the resolution, agreed or decided by the platform, with the note. */
export function OutcomeAlert({ detail }: { detail: DisputeDetailView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useResolutionText(detail.lines, detail.currency);
  const o = detail.outcome;
  if (!o) return null;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="dispute-outcome"
      title={t(`receipts.dispute.decidedBy.${o.decidedBy}`)}
      description={
        <Flex vertical gap={4}>
          <Typography.Text strong data-testid="dispute-outcome-text">
            {text(o.resolution)}
          </Typography.Text>
          {o.note && (
            <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              {t('receipts.dispute.noteQuoted', { note: o.note })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatMoment(o.at, language)}
          </Typography.Text>
        </Flex>
      }
    />
  );
}
