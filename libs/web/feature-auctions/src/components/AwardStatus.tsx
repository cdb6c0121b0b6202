import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFigures } from '@tradeway/web/ui';
import type { AuctionView } from '../data/types';
import { orderPath } from '../paths';
import { useBidderName } from './use-bidder-name';

const TYPE = { pending_approval: 'info', approved: 'success', rejected: 'warning' } as const;

/** Where the owner's award stands: waiting for approval, approved (with its order), or rejected (award again). */
export function AwardStatus({ auction }: { auction: AuctionView }) {
  const { t } = useTranslation();
  const f = useFigures('auction');
  const bidderName = useBidderName();
  const award = auction.award;
  if (!award) return null;
  const names = {
    alias: award.alias,
    company: bidderName(award) ?? '',
    price: f.perUnit(award.price, auction.unit, auction.currency),
  };
  return (
    <Alert
      type={TYPE[award.status]}
      showIcon
      title={t(`auction.award.status.${award.status}`)}
      description={
        <Flex vertical gap={4}>
          <span>{t(`auction.award.statusText.${award.status}`, names)}</span>
          {award.justification && (
            <Typography.Text type="secondary">
              {t('auction.award.justificationShown', { text: award.justification })}
            </Typography.Text>
          )}
        </Flex>
      }
      action={
        award.status === 'approved' && award.orderId ? (
          <Link to={orderPath(award.orderId)} data-testid="auction-award-order">
            {t('auction.award.openOrder')}
          </Link>
        ) : undefined
      }
      data-testid="auction-award-status"
      data-status={award.status}
    />
  );
}
