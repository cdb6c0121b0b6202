import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { bpsToPercent, formatDay, formatMoment, NUMERIC, useFigures } from '@tradeway/web/ui';
import type { AuctionView, Step } from '../data/types';
import { useRegionName } from './use-region-name';

/** A step as read: `¥10.00 / 吨` or `0.5%` (of the price to beat). */
export function useStepText(auction: Pick<AuctionView, 'unit' | 'currency'>) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  return (step: Step | null) =>
    step === null
      ? t('auction.detail.noMaxStep')
      : step.kind === 'absolute'
        ? f.perUnit(step.amount, auction.unit, auction.currency)
        : t('auction.detail.percentOf', { value: bpsToPercent(step.bps) });
}

/**
 * What is auctioned and by which rules, for both sides: the lot (quantity, delivery, payment),
 * the opening price and steps, the time and the anti-sniping rule, what bidders see; the owner
 * also its reserve and last price.
 */
export function AuctionFacts({ auction }: { auction: AuctionView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFigures('auction');
  const region = useRegionName();
  const stepText = useStepText(auction);
  const d = auction.direction;
  const sniping =
    auction.snipingWindowMinutes > 0
      ? [
          t('auction.detail.snipingRule', {
            window: auction.snipingWindowMinutes,
            extension: auction.extensionMinutes,
            rank: auction.triggerRank,
          }),
          auction.maxExtensions !== null
            ? t('auction.detail.maxExtensions', { count: auction.maxExtensions })
            : null,
          auction.hardStopAt
            ? t('auction.detail.hardStop', { time: formatMoment(auction.hardStopAt, language) })
            : null,
        ]
          .filter(Boolean)
          .join(language === 'en' ? '; ' : '；')
      : t('auction.detail.snipingOff');
  const owner = auction.side === 'owner';

  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="auction-facts"
      items={[
        {
          key: 'direction',
          label: t('auction.detail.direction'),
          children: `${t(`auction.direction.${d}`)} · ${t(`auction.wins.${d}`)}`,
        },
        {
          key: 'quantity',
          label: t('auction.detail.quantity'),
          children: <span style={NUMERIC}>{f.quantity(auction.quantity, auction.unit)}</span>,
        },
        { key: 'region', label: t('auction.detail.region'), children: region(auction.deliveryRegion) },
        {
          key: 'delivery',
          label: t('auction.detail.deliveryDate'),
          children: <span style={NUMERIC}>{formatDay(auction.deliveryDate, language)}</span>,
        },
        {
          key: 'payment',
          label: t('auction.detail.paymentTerm'),
          children: t(`auction.paymentTerm.${auction.paymentTerm}`),
        },
        {
          key: 'opening',
          label: t(`auction.detail.opening.${d}`),
          children: (
            <span style={NUMERIC} data-testid="auction-opening">
              {f.perUnit(auction.openingPrice, auction.unit, auction.currency)}
            </span>
          ),
        },
        { key: 'min', label: t(`auction.detail.minStep.${d}`), children: stepText(auction.minStep) },
        { key: 'max', label: t('auction.detail.maxStep'), children: stepText(auction.maxStep) },
        ...(owner
          ? [
              {
                key: 'reserve',
                label: t('auction.detail.reserve'),
                children: auction.reservePrice
                  ? f.perUnit(auction.reservePrice, auction.unit, auction.currency)
                  : t('auction.monitor.noReserve'),
              },
              {
                key: 'last',
                label: t('auction.detail.lastPrice'),
                children: auction.lastPrice
                  ? f.perUnit(auction.lastPrice, auction.unit, auction.currency)
                  : t('auction.common.none'),
              },
            ]
          : []),
        {
          key: 'starts',
          label: t('auction.detail.startsAt'),
          children: <span style={NUMERIC}>{formatMoment(auction.startsAt, language)}</span>,
        },
        {
          key: 'ends',
          label: t('auction.detail.endsAt'),
          children: <span style={NUMERIC}>{formatMoment(auction.endsAt, language)}</span>,
        },
        { key: 'sniping', label: t('auction.detail.sniping'), children: sniping },
        {
          key: 'visibility',
          label: t('auction.detail.visibility'),
          children: (
            <>
              {t(`auction.visibility.${auction.visibility}`)}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t(`auction.visibilityHint.${auction.visibility}`)}
              </Typography.Text>
            </>
          ),
        },
        ...(auction.description
          ? [
              {
                key: 'description',
                label: t('auction.detail.description'),
                children: (
                  <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                    {auction.description}
                  </Typography.Paragraph>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
