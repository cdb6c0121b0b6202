import { CheckCircleFilled, LockOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, NUMERIC, useCompanyName } from '@tradeway/web/ui';
import type { RfqInvitationView } from '../data/types';

/**
 * The sellers asked (invited, or interested through the category), when each first opened the
 * RFQ and whether it holds a quote — "sealed" while no one may know.
 */
export function InvitationsTable({ invitations }: { invitations: RfqInvitationView[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const columns: TableColumnsType<RfqInvitationView> = [
    {
      title: t('rfq.invitations.seller'),
      key: 'seller',
      render: (_, i) => (
        <span data-testid="invitation-seller">{companyName(i.sellerName, i.sellerNameEn)}</span>
      ),
    },
    {
      title: t('rfq.invitations.how'),
      key: 'how',
      width: 120,
      render: (_, i) => (
        <Tag color={i.invited ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }}>
          {i.invited ? t('rfq.invitations.invited') : t('rfq.invitations.open')}
        </Tag>
      ),
    },
    {
      title: t('rfq.invitations.viewedAt'),
      dataIndex: 'firstViewedAt',
      width: 190,
      render: (at: string | null) =>
        at ? (
          <span style={NUMERIC}>{formatMoment(at, language)}</span>
        ) : (
          <Typography.Text type="secondary">{t('rfq.invitations.notViewed')}</Typography.Text>
        ),
    },
    {
      title: t('rfq.invitations.quoted'),
      key: 'quoted',
      width: 130,
      render: (_, i) =>
        i.quoted === null ? (
          <Typography.Text type="secondary" data-testid="invitation-quoted" data-quoted="sealed">
            <LockOutlined /> {t('rfq.common.sealed')}
          </Typography.Text>
        ) : i.quoted ? (
          <Typography.Text type="success" data-testid="invitation-quoted" data-quoted="yes">
            <CheckCircleFilled /> {t('rfq.invitations.quotedYes')}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" data-testid="invitation-quoted" data-quoted="no">
            <MinusCircleOutlined /> {t('rfq.invitations.quotedNo')}
          </Typography.Text>
        ),
    },
  ];
  if (invitations.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rfq.invitations.empty')} />;
  }
  return (
    <Table<RfqInvitationView>
      rowKey="sellerId"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={invitations}
      data-testid="rfq-invitations"
    />
  );
}
