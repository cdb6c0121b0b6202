import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { bpsToPercent, formatMoment, NUMERIC, useFigures } from '@tradeway/web/ui';
import type { CampaignView } from '../data/types';
import { useMonthName } from './use-month-name';
import { useRegionName } from './use-region-name';
import { useCampaignNames } from './use-campaign-names';

/**
 * The campaign's terms, for every side: the SKU, the eligible regions, the minimum for success
 * and the maximum (the seller's capacity), the per-buyer limits, the lock time and the deadline,
 * the delivery months, the deposit and the payment term.
 */
export function CampaignFacts({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const names = useCampaignNames();
  const { language } = useLanguage();
  const f = useFigures('groupBuy');
  const region = useRegionName();
  const month = useMonthName();
  const q = (v: string) => <span style={NUMERIC}>{f.quantity(v, campaign.unit)}</span>;
  const sep = language === 'en' ? ', ' : '、';
  const perBuyer =
    campaign.perBuyerMin === null && campaign.perBuyerMax === null
      ? t('groupBuy.detail.noLimit')
      : campaign.perBuyerMax === null
        ? t('groupBuy.detail.atLeast', { quantity: f.quantity(campaign.perBuyerMin ?? '0', campaign.unit) })
        : campaign.perBuyerMin === null
          ? t('groupBuy.detail.atMost', { quantity: f.quantity(campaign.perBuyerMax, campaign.unit) })
          : t('groupBuy.detail.range', {
              min: f.quantity(campaign.perBuyerMin, campaign.unit),
              max: f.quantity(campaign.perBuyerMax, campaign.unit),
            });

  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      // a Chinese label kept whole: the long description beside it would squeeze it to a character a line
      styles={{ label: { wordBreak: 'keep-all' } }}
      data-testid="campaign-facts"
      items={[
        {
          key: 'product',
          label: t('groupBuy.detail.product'),
          children: (
            <span>
              {names.product(campaign)}{' '}
              <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                {campaign.skuCode}
              </Typography.Text>
            </span>
          ),
        },
        {
          key: 'regions',
          label: t('groupBuy.detail.regions'),
          children: <span data-testid="campaign-regions">{campaign.regions.map(region).join(sep)}</span>,
        },
        { key: 'min', label: t('groupBuy.detail.minTotal'), children: q(campaign.minTotal) },
        {
          key: 'max',
          label: t('groupBuy.detail.maxTotal'),
          children: campaign.maxTotal === null ? t('groupBuy.detail.noLimit') : q(campaign.maxTotal),
        },
        { key: 'perBuyer', label: t('groupBuy.detail.perBuyer'), children: perBuyer },
        {
          key: 'lock',
          label: t('groupBuy.detail.lockAt'),
          children: <span style={NUMERIC}>{formatMoment(campaign.lockAt, language)}</span>,
        },
        {
          key: 'deadline',
          label: t('groupBuy.detail.deadline'),
          children: <span style={NUMERIC}>{formatMoment(campaign.deadline, language)}</span>,
        },
        {
          key: 'months',
          label: t('groupBuy.detail.months'),
          children: campaign.deliveryMonths.map(month).join(sep),
        },
        {
          key: 'deposit',
          label: t('groupBuy.detail.deposit'),
          children: t('groupBuy.detail.depositRule', { percent: bpsToPercent(campaign.depositBps) }),
        },
        {
          key: 'payment',
          label: t('groupBuy.detail.paymentTerm'),
          children: t(`groupBuy.paymentTerm.${campaign.paymentTerm}`),
        },
        ...(campaign.description
          ? [
              {
                key: 'description',
                label: t('groupBuy.detail.description'),
                children: (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                    {campaign.description}
                  </Typography.Paragraph>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
