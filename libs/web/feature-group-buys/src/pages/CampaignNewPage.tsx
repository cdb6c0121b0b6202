import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PortalKind } from '@tradeway/web/ui';
import { PageHeader } from '@tradeway/web/ui';
import { BackButton } from '../components/CampaignPage';
import { CampaignForm } from '../components/CampaignForm';

/**
 * `/group-buys/new`: a new campaign, saved as a draft — in the buyer portal a buyer gathering
 * peers on a seller's SKU (the seller confirms it before it opens), in the seller portal a
 * seller's campaign of its own SKU.
 */
export function CampaignNewPage({ kind }: { kind: Exclude<PortalKind, 'operator'> }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('groupBuy.form.newTitle')}
        hint={t(`groupBuy.form.hint.${kind}`)}
        extra={<BackButton />}
      />
      <CampaignForm mine={kind === 'seller'} />
    </Space>
  );
}
