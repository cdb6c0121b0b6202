import { StopOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment } from '@tradeway/web/ui';
import type { PickupView } from '../data/fulfilment.queries';
import { DriverAndPlate, PickupStatusTag, PickupValidity } from './PickupAuthorisationParts';
import { useNameIn } from './use-party-name';

/**
 * A shipment's pickup authorisations as both sides see them: the logistics company, driver and
 * plate, validity and status — never the code, which was shown once when it was issued. The
 * buyer may take back one not yet used. Revoked and expired ones are history: folded away while
 * a valid or used one is there.
 */
export function PickupAuthorisationsTable({
  authorisations,
  canRevoke,
  onRevoke,
}: {
  authorisations: readonly PickupView[];
  canRevoke: boolean;
  onRevoke: (pickup: PickupView) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameIn = useNameIn();
  const [showPast, setShowPast] = useState(false);
  const current = authorisations.filter((a) => a.status === 'issued' || a.status === 'used');
  const past = authorisations.length - current.length;
  const shown = showPast || current.length === 0 ? authorisations : current;
  if (authorisations.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('fulfilment.shipment.noAuthorisations')}
        data-testid="no-authorisations"
      />
    );
  }
  const columns: TableColumnsType<PickupView> = [
    {
      title: t('fulfilment.authorisation.company'),
      key: 'company',
      ellipsis: { showTitle: true },
      render: (_, a) => {
        const name = nameIn(a.logisticsCompanyName, a.logisticsCompanyNameEn);
        return (
          <Flex vertical gap={0} style={{ minWidth: 0 }}>
            <Typography.Text ellipsis={{ tooltip: name }} data-testid="pickup-company">
              {name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('fulfilment.authorisation.issued', { time: formatMoment(a.issuedAt, language) })}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: t('fulfilment.authorisation.driver'),
      key: 'driver',
      width: 130,
      render: (_, a) => <DriverAndPlate driverName={a.driverName} vehiclePlate={a.vehiclePlate} />,
    },
    {
      title: t('fulfilment.authorisation.validity'),
      key: 'validity',
      width: 190,
      render: (_, a) => (
        <PickupValidity validFrom={a.validFrom} validUntil={a.validUntil} status={a.status} />
      ),
    },
    {
      title: t('fulfilment.authorisation.status'),
      key: 'status',
      width: 150,
      render: (_, a) => (
        <Flex vertical gap={2} align="flex-start">
          <PickupStatusTag status={a.status} />
          {a.usedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('fulfilment.authorisation.usedAt', { time: formatMoment(a.usedAt, language) })}
            </Typography.Text>
          )}
          {a.revokedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('fulfilment.authorisation.revokedAt', { time: formatMoment(a.revokedAt, language) })}
            </Typography.Text>
          )}
          {canRevoke && a.status === 'issued' && (
            <Button
              size="small"
              type="link"
              danger
              icon={<StopOutlined />}
              style={{ paddingInline: 0 }}
              onClick={() => onRevoke(a)}
              data-testid="pickup-revoke"
            >
              {t('fulfilment.actions.revoke')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={4} align="flex-start">
      <Table<PickupView>
        data-testid="pickup-authorisations"
        rowKey="id"
        size="small"
        tableLayout="fixed"
        pagination={false}
        columns={columns}
        dataSource={shown}
        style={{ width: '100%' }}
        onRow={() => ({ 'data-testid': 'pickup-row' }) as HTMLAttributes<HTMLElement>}
      />
      {past > 0 && current.length > 0 && (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          onClick={() => setShowPast(!showPast)}
          data-testid="pickup-show-past"
        >
          {showPast
            ? t('fulfilment.authorisation.hidePast')
            : t('fulfilment.authorisation.showPast', { count: past })}
        </Button>
      )}
    </Flex>
  );
}
