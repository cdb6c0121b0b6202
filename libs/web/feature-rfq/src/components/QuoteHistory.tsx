import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatDay, formatMoment, Money, NUMERIC } from '@tradeway/web/ui';
import type { RfqQuoteVersionView, RfqQuoteView } from '../data/types';
import { versionGoodsMinor } from '../utils/quote-form';

/** Every version of my quote, newest first: when, on which terms, answering which round, for how much. */
export function QuoteHistory({ quote, currency }: { quote: RfqQuoteView | null; currency: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!quote || quote.versions.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rfq.quote.noVersions')} />;
  }
  const columns: TableColumnsType<RfqQuoteVersionView> = [
    {
      title: t('rfq.quote.history.version'),
      dataIndex: 'version',
      width: 90,
      render: (v: number) => (
        <span style={NUMERIC}>
          v{v}{' '}
          {v === quote.currentVersion && (
            <Tag color={quote.status === 'active' ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
              {t(quote.status === 'active' ? 'rfq.quote.history.current' : 'rfq.quote.history.withdrawn')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('rfq.quote.history.at'),
      dataIndex: 'createdAt',
      width: 170,
      render: (at: string) => <span style={NUMERIC}>{formatMoment(at, language)}</span>,
    },
    {
      title: t('rfq.quote.history.term'),
      dataIndex: 'paymentTerm',
      width: 110,
      render: (p: RfqQuoteVersionView['paymentTerm']) => t(`rfq.paymentTerm.${p}`),
    },
    {
      title: t('rfq.quote.history.delivery'),
      dataIndex: 'deliveryDate',
      width: 130,
      render: (d: string) => <span style={NUMERIC}>{formatDay(d, language)}</span>,
    },
    {
      title: t('rfq.quote.history.round'),
      dataIndex: 'roundNo',
      width: 110,
      render: (r: number | null) =>
        r === null ? (
          <Typography.Text type="secondary">{t('rfq.common.none')}</Typography.Text>
        ) : (
          t('rfq.quote.history.roundNo', { round: r })
        ),
    },
    {
      title: t('rfq.quote.history.goods'),
      key: 'goods',
      width: 150,
      align: 'right',
      render: (_, v) => <Money minor={versionGoodsMinor(v)} currency={currency} />,
    },
  ];
  return (
    <Table<RfqQuoteVersionView>
      rowKey="version"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={quote.versions}
      data-testid="quote-history"
    />
  );
}
