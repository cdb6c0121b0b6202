import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatDay, formatMoment } from '@tradeway/web/ui';
import type { OrderEvent, OrderView } from '../data/types';
import { eventFacts, eventKind, type EventKind } from '../utils/timeline';
import { usePartyNames } from './use-party-name';

/** Green for progress, red for an end that went wrong or a dispute, grey for the rest. */
const KIND_COLOR: Partial<Record<EventKind, string>> = {
  placed: 'blue',
  approved: 'blue',
  confirmed: 'green',
  fulfilment_started: 'green',
  shipment_added: 'green',
  delivered: 'green',
  accepted: 'green',
  auto_accepted: 'green',
  dispute_resolved: 'green',
  invoiced: 'blue',
  settled: 'green',
  rejected: 'red',
  approval_rejected: 'red',
  cancelled: 'red',
  disputed: 'red',
  closed: 'gray',
  submitted: 'gray',
};

/**
 * The order's timeline, newest on top: each event in words, who acted (the buyer's or the
 * seller's company, the platform, the system) and when, with its facts — the transition, a
 * reason, a scheduled date, the channel and quote an order came from.
 */
export function OrderTimeline({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const names = usePartyNames();
  if (order.events.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.timeline.empty')} />;
  }

  const actor = (e: OrderEvent) => {
    const side = t(`orders.timeline.actor.${e.actor}`);
    if (e.actor !== 'buyer' && e.actor !== 'seller') return side;
    const text = t('orders.timeline.actorWithName', { side, name: names.party(order, e.actor) });
    return e.actor === order.side ? t('orders.timeline.mine', { actor: text }) : text;
  };

  const facts = (e: OrderEvent): ReactNode[] => {
    const f = eventFacts(e.data);
    const out: ReactNode[] = [];
    if (f.from && f.to && f.from !== f.to) {
      out.push(
        <span key="transition" data-testid="event-transition">
          {t('orders.timeline.fact.transition', {
            from: t(`orders.status.${f.from}`),
            to: t(`orders.status.${f.to}`),
          })}
        </span>,
      );
    }
    if (f.scheduledDate) {
      out.push(
        <span key="date" data-testid="event-date">
          {t('orders.timeline.fact.scheduledDate', { date: formatDay(f.scheduledDate, language) })}
        </span>,
      );
    }
    if (f.channel)
      out.push(
        <span key="channel">
          {t('orders.timeline.fact.channel', { channel: t(`orders.channel.${f.channel}`) })}
        </span>,
      );
    if (f.quoteNumber)
      out.push(<span key="quote">{t('orders.timeline.fact.quote', { number: f.quoteNumber })}</span>);
    if (f.reason) {
      out.push(
        <Typography.Text key="reason" data-testid="event-reason" style={{ whiteSpace: 'pre-wrap' }}>
          {t('orders.timeline.fact.reason', { reason: f.reason })}
        </Typography.Text>,
      );
    }
    return out;
  };

  const items = [...order.events].reverse().map((e) => {
    const kind = eventKind(e.kind);
    const details = facts(e);
    return {
      key: e.id,
      color: (kind && KIND_COLOR[kind]) ?? 'gray',
      content: (
        <Flex vertical gap={2} data-testid="order-event" data-kind={e.kind}>
          <Flex gap={8} align="baseline" wrap>
            <Typography.Text strong data-testid="event-title">
              {kind ? t(`orders.timeline.kind.${kind}`) : t('orders.timeline.other', { kind: e.kind })}
            </Typography.Text>
            <Tag variant="filled" style={{ marginInlineEnd: 0 }} data-testid="event-actor">
              {actor(e)}
            </Tag>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="event-time">
            {formatMoment(e.at, language)}
          </Typography.Text>
          {details.length > 0 && (
            <Flex vertical gap={0} style={{ marginTop: 2 }}>
              {details}
            </Flex>
          )}
        </Flex>
      ),
    };
  });
  return (
    <div data-testid="order-timeline">
      <Timeline items={items} />
    </div>
  );
}
