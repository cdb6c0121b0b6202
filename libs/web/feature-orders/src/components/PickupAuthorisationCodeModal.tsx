import { CopyOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment } from '@tradeway/web/ui';
import type { IssuedPickupView, ShipmentView } from '../data/fulfilment.queries';
import { useNameIn } from './use-party-name';

/**
 * The pickup code, shown this once (the API stores only its hash): large, with a copy button and
 * the details to pass to the driver, and a plain warning that it will not be shown again. It
 * closes only by the button saying the code was noted; nothing keeps the code afterwards.
 */
export function PickupAuthorisationCodeModal({
  pickup,
  shipment,
  onClose,
}: {
  pickup: IssuedPickupView;
  shipment: ShipmentView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameIn = useNameIn();
  const { message } = App.useApp();
  const company = nameIn(pickup.logisticsCompanyName, pickup.logisticsCompanyNameEn);
  const warehouse = nameIn(shipment.warehouseName, shipment.warehouseNameEn);
  const from = formatMoment(pickup.validFrom, language);
  const until = formatMoment(pickup.validUntil, language);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(done);
    } catch {
      void message.error(t('fulfilment.code.copyFailed'));
    }
  };
  const details = t('fulfilment.code.detailsText', {
    code: pickup.code,
    shipment: shipment.number,
    warehouse,
    company,
    driver: pickup.driverName,
    plate: pickup.vehiclePlate,
    from,
    until,
  });

  return (
    <Modal
      open
      title={t('fulfilment.code.title', { number: shipment.number })}
      closable={false}
      maskClosable={false}
      keyboard={false}
      width={560}
      footer={
        <Button type="primary" onClick={onClose} data-testid="pickup-code-done">
          {t('fulfilment.code.done')}
        </Button>
      }
    >
      <Flex vertical gap={16} data-testid="pickup-code-modal">
        <Alert
          type="warning"
          showIcon
          icon={<ExclamationCircleFilled />}
          title={t('fulfilment.code.warningTitle')}
          description={t('fulfilment.code.warning')}
          data-testid="pickup-code-warning"
        />
        <Flex
          vertical
          align="center"
          gap={8}
          style={{
            padding: '20px 16px',
            background: '#f5f8ff',
            border: '1px dashed #91caff',
            borderRadius: 8,
          }}
        >
          <Typography.Text type="secondary">{t('fulfilment.code.label')}</Typography.Text>
          <Typography.Text
            strong
            style={{
              fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
              fontSize: 32,
              letterSpacing: 4,
              userSelect: 'all',
            }}
            data-testid="pickup-code"
          >
            {pickup.code}
          </Typography.Text>
          <Flex gap={8} wrap justify="center">
            <Button
              type="primary"
              icon={<CopyOutlined />}
              onClick={() => void copy(pickup.code, t('fulfilment.code.copied'))}
              data-testid="pickup-code-copy"
            >
              {t('fulfilment.code.copy')}
            </Button>
            <Button
              icon={<CopyOutlined />}
              onClick={() => void copy(details, t('fulfilment.code.detailsCopied'))}
              data-testid="pickup-code-copy-details"
            >
              {t('fulfilment.code.copyDetails')}
            </Button>
          </Flex>
        </Flex>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'company', label: t('fulfilment.code.company'), children: company },
            {
              key: 'driver',
              label: t('fulfilment.code.driver'),
              children: `${pickup.driverName} · ${pickup.vehiclePlate}`,
            },
            { key: 'warehouse', label: t('fulfilment.code.warehouse'), children: warehouse },
            { key: 'validity', label: t('fulfilment.code.validity'), children: `${from} – ${until}` },
          ]}
        />
      </Flex>
    </Modal>
  );
}
