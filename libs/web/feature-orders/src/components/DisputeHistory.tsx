import { Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment } from '@tradeway/web/ui';
import type { DisputeDetailView, HistoryEntryView } from '../data/receipts.queries';
import { resolutionOf, sentence, usePartyLabel, useResolutionText } from './DisputeParts';

const COLOR: Record<string, string> = {
  'order.disputed': 'red',
  'dispute.proposed': 'blue',
  'dispute.declined': 'orange',
  'dispute.evidence_added': 'gray',
  'dispute.resolved': 'green',
  'order.dispute_resolved': 'green',
};

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * A dispute's steps, oldest first: opened, proposals and refusals, evidence added, the outcome
 * (by agreement or the platform's decision) and the order accepted once every dispute is
 * resolved — who acted, what, the note they gave, when.
 */
export function DisputeHistory({ detail }: { detail: DisputeDetailView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const party = usePartyLabel(detail.viewer);
  const resolution = useResolutionText(detail.lines, detail.currency);

  if (detail.history.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('receipts.history.empty')} />;
  }

  const describe = (e: HistoryEntryView): string => {
    const actor = party(e.actor);
    const r = resolutionOf(e.data['resolution']);
    switch (e.kind) {
      case 'order.disputed':
        return t('receipts.history.opened', { actor });
      case 'dispute.proposed':
        return t('receipts.history.proposed', { actor, resolution: r ? resolution(r) : '' });
      case 'dispute.declined':
        return t('receipts.history.declined', { actor });
      case 'dispute.evidence_added':
        return t('receipts.history.evidence', { actor, name: text(e.data['fileName']) });
      case 'dispute.resolved':
        return e.data['decidedBy'] === 'operator'
          ? t('receipts.history.decided', { resolution: r ? resolution(r) : '' })
          : t('receipts.history.agreed', { actor, resolution: r ? resolution(r) : '' });
      case 'order.dispute_resolved':
        return t('receipts.history.orderAccepted');
      default:
        return t('receipts.history.other', { actor, kind: e.kind });
    }
  };

  return (
    <Timeline
      data-testid="dispute-history"
      items={detail.history.map((e) => {
        const note = text(e.data['note']);
        return {
          key: e.id,
          color: COLOR[e.kind] ?? 'gray',
          content: (
            <Flex vertical gap={2} data-testid="history-entry" data-kind={e.kind}>
              <Typography.Text>{sentence(describe(e))}</Typography.Text>
              {note && (
                <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                  {t('receipts.dispute.noteQuoted', { note })}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatMoment(e.at, language)}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}
