import { ArrowLeftOutlined, CheckOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useCompanyName, useErrorText, useSession } from '@tradeway/web/ui';
import { Breakdown } from '../components/Breakdown';
import { PlaceOrderModal } from '../components/PlaceOrderModal';
import { ListKindTag, QuoteStatusTag } from '../components/PriceTags';
import { ProductName } from '../components/ProductTable';
import { useFormatters } from '../components/use-formatters';
import { useNow } from '../components/use-now';
import { useWarehouseName } from '../components/use-warehouse-name';
import { ValidUntil } from '../components/ValidUntil';
import { useAcceptQuote, useQuote } from '../data/quotes.queries';
import { QUOTES_PATH } from '../paths';
import { formatDateTime, formatDay } from '../utils/format';
import { acceptBlock } from '../utils/quote-state';
import { regionName } from '../utils/regions';

/**
 * `/quotes/:quoteId`: a stored quote as it will be honoured — inputs, breakdown, validity —
 * and, with `order:create` while it is active, "Place order" (the order takes the quote's
 * figures) or "Accept"; otherwise the buttons say why not.
 */
export function QuoteDetailPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const companyName = useCompanyName();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const now = useNow();
  const f = useFormatters();
  const { quoteId } = useParams();
  const quote = useQuote(quoteId);
  const accept = useAcceptQuote();
  const warehouseName = useWarehouseName();
  const [placing, setPlacing] = useState(false);

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate(QUOTES_PATH))}
    >
      {t('catalog.quote.back')}
    </Button>
  );
  if (quote.isError) {
    return apiProblem(quote.error).status === 404 ? (
      <Result status="404" title={t('catalog.quote.notFound')} extra={back} />
    ) : (
      <Alert type="error" showIcon title={errorText(quote.error)} action={back} />
    );
  }
  if (!quote.data) return <Skeleton active />;
  const q = quote.data;
  const block = acceptBlock(q, now, hasPermission(me, 'order:create'));
  const delivery = q.request.delivery;

  const handleAccept = async () => {
    if (!q.id) return;
    try {
      await accept.mutateAsync({ quoteId: q.id });
      void message.success(t('catalog.quote.acceptedMessage'));
    } catch {
      // the refusal is shown above the quote; its status may have changed (expired)
      void quote.refetch();
    }
  };

  const blockReason =
    block === null || block === 'accepted'
      ? null
      : block === 'expired'
        ? t('catalog.quote.block.expired', { time: formatDateTime(q.validUntil, language) })
        : t(`catalog.quote.block.${block}`);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <PageHeader
        title={
          <Space size={12} wrap align="center">
            <span data-testid="quote-number">{q.number ?? t('catalog.quote.title')}</span>
            <QuoteStatusTag status={q.status} />
          </Space>
        }
        hint={t('catalog.quote.hint', { seller: companyName(q.sellerName, q.sellerNameEn) })}
        extra={
          <>
            {block !== 'accepted' && (
              <Tooltip title={blockReason}>
                <span>
                  <Button
                    type="primary"
                    icon={<ShoppingCartOutlined />}
                    disabled={block !== null}
                    onClick={() => setPlacing(true)}
                    data-testid="place-order"
                  >
                    {t('orders.place.button')}
                  </Button>
                </span>
              </Tooltip>
            )}
            {block !== 'accepted' && (
              <Tooltip title={blockReason}>
                <span>
                  <Popconfirm
                    title={t('catalog.quote.confirmTitle')}
                    description={t('catalog.quote.confirmText', { total: f.money(q.totalMinor, q.currency) })}
                    okText={t('catalog.quote.accept')}
                    cancelText={t('catalog.common.cancel')}
                    onConfirm={handleAccept}
                    disabled={block !== null}
                  >
                    <Button
                      icon={<CheckOutlined />}
                      disabled={block !== null}
                      loading={accept.isPending}
                      data-testid="accept-quote"
                    >
                      {t('catalog.quote.accept')}
                    </Button>
                  </Popconfirm>
                </span>
              </Tooltip>
            )}
            {back}
          </>
        }
      />
      {placing && q.id && (
        <PlaceOrderModal
          quote={{ ...q, id: q.id }}
          onClose={() => setPlacing(false)}
          onRefused={() => void quote.refetch()}
        />
      )}
      {accept.isError && (
        <Alert type="error" showIcon data-testid="accept-error" title={errorText(accept.error)} />
      )}
      {blockReason && block !== 'noPermission' && (
        <Alert
          type={block === 'expired' || block === 'rejected' ? 'warning' : 'info'}
          showIcon
          data-testid="accept-blocked"
          title={blockReason}
        />
      )}
      {q.status === 'accepted' && q.acceptedAt && (
        <Alert
          type="success"
          showIcon
          title={t('catalog.quote.acceptedOn', { time: formatDateTime(q.acceptedAt, language) })}
        />
      )}
      <Card title={t('catalog.quote.inputs')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('catalog.quotes.product')}>
            <ProductName nameZh={q.productNameZh} nameEn={q.productNameEn} code={q.skuCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.quotes.seller')}>
            <span data-testid="quote-seller">{companyName(q.sellerName, q.sellerNameEn)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.quotes.quantity')}>
            {f.quantity(q.quantity, q.unit)}
            {q.request.unit && q.request.unit !== q.unit && (
              <Typography.Text type="secondary" data-testid="quote-asked-as">
                {t('catalog.quote.askedAs', { quantity: f.quantity(q.request.quantity, q.request.unit) })}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.builder.paymentTerm')}>
            {t(`catalog.paymentTerm.${q.request.paymentTerm ?? 'cash'}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.builder.delivery')}>
            {delivery.mode === 'pickup'
              ? t('catalog.quote.pickupAt', {
                  warehouse: warehouseName(delivery.warehouseId) ?? t('catalog.breakdown.aWarehouse'),
                })
              : t('catalog.quote.deliverTo', { region: regionName(delivery.region, language) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.builder.date')}>
            {formatDay(q.request.date, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.quote.priceKind')}>
            <ListKindTag kind={q.listKind} />
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.quote.baseUnitPrice')}>
            {f.perUnit(q.baseUnitPrice, q.unit, q.currency)}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.quote.created')}>
            {q.createdAt ? formatDateTime(q.createdAt, language) : t('catalog.common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.quotes.validUntil')}>
            <ValidUntil validUntil={q.validUntil} status={q.status} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('catalog.quote.breakdown')}>
        <Breakdown source={q} unit={q.unit} warehouseName={warehouseName} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('catalog.quote.immutable')}
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}
