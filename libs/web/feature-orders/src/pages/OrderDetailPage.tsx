import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { OrderActions } from '../components/OrderActions';
import { ORDER_SECTIONS } from '../components/order-sections';
import { OrderStateAlert, OrderSummary } from '../components/OrderSummary';
import { OrderStatusTag } from '../components/OrderStatusTag';
import { OrderTimeline } from '../components/OrderTimeline';
import { ReorderButton } from '../components/ReorderButton';
import { usePartyNames } from '../components/use-party-name';
import { useOrder } from '../data/orders.queries';
import type { OrderView } from '../data/types';
import { ORDERS_PATH } from '../paths';

/**
 * `/orders/:orderId`: one order as my side sees it — its summary, where it stands, its lines
 * (and, for the seller, the stock reserved for it), its timeline, and the actions the API
 * allows my side now. A company not party to the order gets "not found".
 */
export function OrderDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const errorText = useErrorText();
  const names = usePartyNames();
  const { orderId } = useParams();
  const query = useOrder(orderId);

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(ORDERS_PATH))}
      data-testid="order-back"
    >
      {t('orders.detail.back')}
    </Button>
  );
  if (query.isError && !query.data) {
    return apiProblem(query.error).status === 404 ? (
      <Result status="404" title={t('orders.detail.notFound')} extra={back} data-testid="order-not-found" />
    ) : (
      <Alert type="error" showIcon title={errorText(query.error)} action={back} />
    );
  }
  if (!query.data) return <Skeleton active />;
  const order = query.data as OrderView;
  const other = order.side === 'buyer' ? 'seller' : 'buyer';

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1440 }}>
      <PageHeader
        title={
          <Space size={12} wrap align="center">
            <span data-testid="order-number">{order.number}</span>
            <OrderStatusTag status={order.status} />
          </Space>
        }
        hint={t(`orders.detail.with.${order.side}`, { name: names.party(order, other) })}
        extra={
          <>
            <OrderActions order={order} onReload={() => void query.refetch()} />
            <ReorderButton order={order} />
            {back}
          </>
        }
      />
      <OrderStateAlert order={order} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={15} xxl={16}>
          <Card title={t('orders.detail.summary')} style={{ height: '100%' }}>
            <OrderSummary order={order} />
          </Card>
        </Col>
        <Col xs={24} xl={9} xxl={8}>
          <Card
            title={t('orders.timeline.title')}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('orders.detail.version', { version: order.version })}
              </Typography.Text>
            }
            style={{ height: '100%' }}
            styles={{ body: { maxHeight: 520, overflowY: 'auto' } }}
            data-testid="section-timeline"
          >
            <OrderTimeline order={order} />
          </Card>
        </Col>
      </Row>
      {ORDER_SECTIONS.map((s) => (
        <Fragment key={s.key}>{s.render(order)}</Fragment>
      ))}
    </Space>
  );
}
