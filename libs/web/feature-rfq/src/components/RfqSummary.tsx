import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { bpsToPercent, formatDay, formatMoment, NUMERIC, useCompanyName } from '@tradeway/web/ui';
import { useCategories } from '../data/rfqs.queries';
import type { RfqView } from '../data/types';
import { Deadline } from './Deadline';
import { useRegionName } from './use-region-name';

/** What was asked, where to and on which terms: the RFQ's facts, for both sides. */
export function RfqSummary({ rfq }: { rfq: RfqView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const regionName = useRegionName();
  const categories = useCategories();
  const category = categories.data?.items.find((c) => c.id === rfq.categoryId);
  const none = <Typography.Text type="secondary">{t('rfq.common.none')}</Typography.Text>;

  return (
    <Descriptions
      column={{ xs: 1, md: 2, xxl: 3 }}
      size="small"
      data-testid="rfq-summary"
      items={[
        ...(rfq.side === 'seller'
          ? [
              {
                key: 'buyer',
                label: t('rfq.detail.buyer'),
                children: companyName(rfq.buyerName, rfq.buyerNameEn),
              },
            ]
          : []),
        {
          key: 'deadline',
          label: t('rfq.detail.deadline'),
          children: <Deadline deadline={rfq.deadline} inline />,
        },
        {
          key: 'delivery',
          label: t('rfq.detail.deliveryDate'),
          children: <span style={NUMERIC}>{formatDay(rfq.deliveryDate, language)}</span>,
        },
        {
          key: 'region',
          label: t('rfq.detail.deliveryPlace'),
          children: (
            <span data-testid="rfq-place">
              {regionName(rfq.deliveryRegion)}
              {rfq.deliveryAddress ? ` · ${rfq.deliveryAddress}` : ''}
            </span>
          ),
        },
        {
          key: 'terms',
          label: t('rfq.detail.paymentTerms'),
          children: (
            <Space size={[4, 4]} wrap>
              {rfq.acceptedPaymentTerms.map((p) => (
                <Tag key={p} style={{ marginInlineEnd: 0 }}>
                  {t(`rfq.paymentTerm.${p}`)}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'category',
          label: t('rfq.detail.category'),
          children: category ? (language === 'en' ? category.nameEn : category.nameZh) : none,
        },
        {
          key: 'sellers',
          label: t('rfq.detail.who'),
          children: rfq.openToCategory ? t('rfq.detail.whoOpen') : t('rfq.detail.whoInvited'),
        },
        {
          key: 'sealed',
          label: t('rfq.detail.sealed'),
          children: rfq.sealed ? t('rfq.detail.sealedYes') : t('rfq.detail.sealedNo'),
        },
        ...(rfq.side === 'buyer'
          ? [
              {
                key: 'capital',
                label: t('rfq.detail.costOfCapital'),
                children: (
                  <span style={NUMERIC}>
                    {t('rfq.format.percent', { value: bpsToPercent(rfq.costOfCapitalBps) })}
                    {' · '}
                    {rfq.vatRecoverable ? t('rfq.detail.vatRecoverable') : t('rfq.detail.vatNotRecoverable')}
                  </span>
                ),
              },
            ]
          : []),
        {
          key: 'created',
          label: rfq.publishedAt ? t('rfq.detail.publishedAt') : t('rfq.detail.createdAt'),
          children: <span style={NUMERIC}>{formatMoment(rfq.publishedAt ?? rfq.createdAt, language)}</span>,
        },
        ...(rfq.description
          ? [
              {
                key: 'description',
                label: t('rfq.detail.description'),
                span: 'filled' as const,
                children: (
                  <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                    {rfq.description}
                  </Typography.Paragraph>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
