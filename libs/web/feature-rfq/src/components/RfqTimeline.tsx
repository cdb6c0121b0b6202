import { Empty, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RFQ_STATUSES } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment } from '@tradeway/web/ui';
import type { RfqEventView, RfqView } from '../data/types';
import { eventFacts, eventKey } from '../utils/timeline';

const isStatus = (s: string | undefined): s is (typeof RFQ_STATUSES)[number] =>
  !!s && (RFQ_STATUSES as readonly string[]).includes(s);

/** Green for progress, red for an end that went wrong, orange for negotiation, grey for the rest. */
function colorOf(kind: string): string {
  if (['rfq.published', 'rfq.awarded', 'award.approved', 'quote.submitted', 'quote.revised'].includes(kind))
    return 'green';
  if (
    [
      'rfq.cancelled',
      'rfq.expired',
      'award.rejected',
      'rfq.publication_rejected',
      'quote.withdrawn',
    ].includes(kind)
  )
    return 'red';
  if (['round.opened', 'quote.round_answered'].includes(kind)) return 'orange';
  if (['rfq.submitted', 'award.submitted', 'rfq.closed'].includes(kind)) return 'blue';
  return 'gray';
}

/**
 * The RFQ's timeline, newest on top: each step in words (published, a seller quoted, a round
 * of negotiation, the award and its approval), who acted and when, with its facts. A seller sees
 * the public steps and its own.
 */
export function RfqTimeline({ rfq }: { rfq: RfqView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (rfq.events.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rfq.timeline.empty')} />;
  }

  const facts = (e: RfqEventView): ReactNode[] => {
    const f = eventFacts(e.data);
    const out: ReactNode[] = [];
    if (isStatus(f.from) && isStatus(f.to) && f.from !== f.to) {
      out.push(
        <span key="transition">
          {t('rfq.timeline.fact.transition', {
            from: t(`rfq.status.${f.from}`),
            to: t(`rfq.status.${f.to}`),
          })}
        </span>,
      );
    }
    if (f.version !== undefined)
      out.push(<span key="version">{t('rfq.timeline.fact.version', { version: f.version })}</span>);
    if (f.roundNo !== undefined)
      out.push(<span key="round">{t('rfq.timeline.fact.round', { round: f.roundNo })}</span>);
    if (f.closesAt)
      out.push(
        <span key="closes">
          {t('rfq.timeline.fact.closesAt', { at: formatMoment(f.closesAt, language) })}
        </span>,
      );
    if (f.fileName) out.push(<span key="file">{f.fileName}</span>);
    if (f.activeQuotes !== undefined)
      out.push(<span key="quotes">{t('rfq.timeline.fact.activeQuotes', { count: f.activeQuotes })}</span>);
    if (f.orderCount !== undefined)
      out.push(<span key="orders">{t('rfq.timeline.fact.orders', { count: f.orderCount })}</span>);
    if (f.message) out.push(<span key="message">“{f.message}”</span>);
    if (f.reason) out.push(<span key="reason">{t('rfq.timeline.fact.reason', { reason: f.reason })}</span>);
    return out;
  };

  const events = [...rfq.events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid="rfq-timeline"
      items={events.map((e) => {
        const key = eventKey(e.kind);
        const lines = facts(e);
        return {
          key: e.id,
          color: colorOf(e.kind),
          content: (
            <Flex vertical gap={2} data-testid="timeline-event" data-kind={e.kind}>
              <Typography.Text strong>{key ? t(`rfq.timeline.kind.${key}`) : e.kind}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`rfq.timeline.actor.${e.actor}`)} · {formatMoment(e.at, language)}
              </Typography.Text>
              {lines.length > 0 && (
                <Flex vertical gap={0} style={{ fontSize: 12 }}>
                  {lines}
                </Flex>
              )}
            </Flex>
          ),
        };
      })}
    />
  );
}
