import { IdcardOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PICKUP_STATUSES, type PickupStatus } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { activeMembership, formatMoment, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import {
  DriverAndPlate,
  PickupGoods,
  PickupStatusTag,
  PickupValidity,
  PickupWarehouse,
} from '../components/PickupAuthorisationParts';
import { PICKUPS_PAGE_SIZE, type PickupTaskView, useLogisticsPickups } from '../data/fulfilment.queries';
import { useNameIn } from '../components/use-party-name';
import { readPickupQuery, writePickupQuery } from '../utils/shipping';

/**
 * `/pickups` (seller portal, for logistics companies): the collections buyers have authorised my
 * company to make — order and shipment, buyer, goods and quantities, the warehouse and its
 * address, validity, driver and plate, status — filtered by status and paged on the server, with
 * the filter in the address. Never a price, never the code (the buyer gives it to the driver).
 */
export function LogisticsPickupsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const me = useSession();
  const company = activeMembership(me);
  const [params, setParams] = useSearchParams();
  const { statuses, page } = readPickupQuery(params);
  const list = useLogisticsPickups(statuses, page);
  const nameIn = useNameIn();

  const setQuery = (next: readonly PickupStatus[], nextPage = 1) =>
    setParams(writePickupQuery(next, nextPage));
  const toggle = (status: PickupStatus, on: boolean) =>
    setQuery(on ? [...statuses, status] : statuses.filter((s) => s !== status));

  const columns: TableColumnsType<PickupTaskView> = [
    {
      title: t('fulfilment.task.order'),
      key: 'order',
      width: 180,
      render: (_, task) => (
        <Flex vertical gap={2}>
          <Typography.Text
            code
            style={{ whiteSpace: 'nowrap', width: 'fit-content' }}
            data-testid="task-order"
          >
            {task.orderNumber}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="task-shipment">
            {task.shipmentNumber}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('fulfilment.task.buyer'),
      key: 'buyer',
      width: 170,
      ellipsis: { showTitle: true },
      render: (_, task) => <span data-testid="task-buyer">{nameIn(task.buyerName, task.buyerNameEn)}</span>,
    },
    {
      title: t('fulfilment.task.goods'),
      key: 'goods',
      render: (_, task) => <PickupGoods goods={task.goods} />,
    },
    {
      title: t('fulfilment.task.warehouse'),
      key: 'warehouse',
      width: 200,
      render: (_, task) => <PickupWarehouse warehouse={task.warehouse} />,
    },
    {
      title: t('fulfilment.task.validity'),
      key: 'validity',
      width: 165,
      render: (_, task) => (
        <PickupValidity validFrom={task.validFrom} validUntil={task.validUntil} status={task.status} />
      ),
    },
    {
      title: t('fulfilment.task.driver'),
      key: 'driver',
      width: 115,
      render: (_, task) => <DriverAndPlate driverName={task.driverName} vehiclePlate={task.vehiclePlate} />,
    },
    {
      title: t('fulfilment.task.status'),
      key: 'status',
      width: 120,
      render: (_, task) => (
        <Flex vertical gap={2} align="flex-start">
          <PickupStatusTag status={task.status} />
          {task.usedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('fulfilment.task.usedAt', { time: formatMoment(task.usedAt, language) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        statuses.length > 0 ? t('fulfilment.logistics.emptyFiltered') : t('fulfilment.logistics.empty')
      }
      data-testid="pickups-empty"
    />
  );

  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader
        title={t('fulfilment.logistics.title')}
        hint={t('fulfilment.logistics.hint')}
        extra={
          company && (
            <Tooltip title={t('fulfilment.logistics.companyIdHint')}>
              <Card size="small" styles={{ body: { padding: '6px 12px' } }} data-testid="company-id">
                <Flex vertical gap={0}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <IdcardOutlined /> {t('fulfilment.logistics.companyId')}
                  </Typography.Text>
                  <Typography.Text
                    copyable={{ text: company.companyId }}
                    style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 13 }}
                  >
                    {company.companyId}
                  </Typography.Text>
                </Flex>
              </Card>
            </Tooltip>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={8} align="center" wrap data-testid="pickup-status-filter">
            <Typography.Text type="secondary">{t('fulfilment.filter.status')}</Typography.Text>
            <Tag.CheckableTag
              checked={statuses.length === 0}
              onChange={() => setQuery([])}
              data-testid="filter-all"
            >
              {t('fulfilment.filter.all')}
            </Tag.CheckableTag>
            {PICKUP_STATUSES.map((s) => (
              <Tag.CheckableTag
                key={s}
                checked={statuses.includes(s)}
                onChange={(on) => toggle(s, on)}
                data-testid={`filter-${s}`}
              >
                {t(`fulfilment.pickupStatus.${s}`)}
              </Tag.CheckableTag>
            ))}
          </Flex>
          {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
          <Table<PickupTaskView>
            data-testid="pickups-table"
            rowKey="authorisationId"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isPending || list.isPlaceholderData}
            locale={{ emptyText: list.isPending ? ' ' : empty }}
            onRow={() => ({ 'data-testid': 'pickup-task' }) as HTMLAttributes<HTMLElement>}
            pagination={{
              current: page,
              pageSize: PICKUPS_PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (n) => t('fulfilment.common.total', { count: n }),
              onChange: (p) => setQuery(statuses, p),
            }}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
