import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@tradeway/web/ui';
import { AuctionForm } from '../components/AuctionForm';
import { BackButton } from '../components/AuctionPage';
import type { AuctionDirection } from '../data/types';

/** `/auctions/new`: a new auction, saved as a draft — a buyer's reverse auction, a seller's forward one. */
export function AuctionNewPage({ direction }: { direction: AuctionDirection }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t(`auction.form.newTitle.${direction}`)}
        hint={t(`auction.form.hint.${direction}`)}
        extra={<BackButton />}
      />
      <AuctionForm direction={direction} />
    </Space>
  );
}
