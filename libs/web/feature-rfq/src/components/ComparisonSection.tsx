import {
  CheckCircleFilled,
  ExclamationCircleOutlined,
  ThunderboltOutlined,
  TrophyFilled,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  InputNumber,
  Progress,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import {
  bpsToPercent,
  formatDay,
  Money,
  NUMERIC,
  useCompanyName,
  useErrorText,
  useFigures,
} from '@tradeway/web/ui';
import type {
  ComparisonItem,
  ComparisonOffer,
  ComparisonQuote,
  ComparisonWeights,
  RfqComparisonView,
  RfqView,
} from '../data/types';
import { costBars, DEFAULT_WEIGHTS, weightsProblem } from '../utils/award';

const CHEAPEST_ROW = { background: '#f6ffed' };

/** `(quoteId) => seller name` in the page's language. */
export function useQuoteSeller(comparison: RfqComparisonView | undefined) {
  const companyName = useCompanyName();
  return (quoteId: string) => {
    const q = comparison?.quotes.find((x) => x.quoteId === quoteId);
    return q ? companyName(q.sellerName, q.sellerNameEn) : quoteId;
  };
}

/**
 * The comparison (比价) of an RFQ whose quotes the buyer may read: every quote in landed cost
 * (unit price + freight to my place + financing of its payment term at my cost of capital + VAT
 * where I cannot recover it), per item side by side with the cheapest marked, per quote its
 * total and score under my weights, a bar chart of the totals, and the best split — the cheapest
 * award, lines split across sellers where that saves money — which can fill the award form.
 */
export function ComparisonSection({
  rfq,
  comparison,
  isPending,
  error,
  weights,
  onWeights,
  canAward,
  onUseBestSplit,
}: {
  rfq: RfqView;
  comparison: RfqComparisonView | undefined;
  isPending: boolean;
  error: unknown;
  weights: ComparisonWeights | null;
  onWeights: (weights: ComparisonWeights | null) => void;
  canAward: boolean;
  onUseBestSplit: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();

  let body;
  if (error && !comparison) body = <Alert type="error" showIcon title={errorText(error)} />;
  else if (!comparison) body = isPending ? <Skeleton active /> : null;
  else if (comparison.quotes.length === 0)
    body = <Empty description={t('rfq.comparison.noQuotes')} data-testid="comparison-empty" />;
  else
    body = (
      <Flex vertical gap={24}>
        <Typography.Text type="secondary" data-testid="comparison-basis">
          {t(
            comparison.vatRecoverable
              ? 'rfq.comparison.basis.recoverable'
              : 'rfq.comparison.basis.notRecoverable',
            {
              rate: bpsToPercent(comparison.costOfCapitalBps),
            },
          )}
        </Typography.Text>
        <WeightsForm weights={weights} onWeights={onWeights} />
        <QuotesSummary comparison={comparison} />
        <CostChart comparison={comparison} />
        {comparison.items.map((item) => (
          <ItemOffers key={item.itemNo} comparison={comparison} item={item} />
        ))}
        <BestSplitCard comparison={comparison} canAward={canAward} onUse={onUseBestSplit} />
      </Flex>
    );

  return (
    <Card
      title={t('rfq.comparison.title')}
      extra={
        comparison && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('rfq.comparison.quoteCount', { count: comparison.quotes.length })}
          </Typography.Text>
        )
      }
      data-testid="comparison"
    >
      {body ?? <Skeleton active />}
      {rfq.status === 'open' && comparison && comparison.quotes.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12, fontSize: 12 }}>
          {t('rfq.comparison.live')}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The weights of the score — price, delivery date, supplier — whole per cents adding up to 100, checked on the field. */
function WeightsForm({
  weights,
  onWeights,
}: {
  weights: ComparisonWeights | null;
  onWeights: (weights: ComparisonWeights | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ComparisonWeights>();
  const watched = Form.useWatch([], form) as Partial<ComparisonWeights> | undefined;
  const sum = (watched?.price ?? 0) + (watched?.delivery ?? 0) + (watched?.supplier ?? 0);
  const field = (name: keyof ComparisonWeights) => (
    <Form.Item
      name={name}
      label={t(`rfq.comparison.weights.${name}`)}
      dependencies={name === 'price' ? ['delivery', 'supplier'] : []}
      rules={[
        { required: true, message: t('rfq.comparison.weights.whole') },
        ...(name === 'price'
          ? [
              {
                validator: () => {
                  const p = weightsProblem(form.getFieldsValue() as Partial<ComparisonWeights>);
                  return p === 'sum'
                    ? Promise.reject(
                        new Error(t('rfq.comparison.weights.sum', { sum: sumOf(form.getFieldsValue()) })),
                      )
                    : Promise.resolve();
                },
              },
            ]
          : []),
      ]}
      style={{ marginBottom: 0 }}
    >
      <InputNumber<number>
        min={0}
        max={100}
        precision={0}
        suffix="%"
        style={{ width: 110 }}
        data-testid={`weight-${name}`}
      />
    </Form.Item>
  );
  return (
    <Form<ComparisonWeights>
      form={form}
      layout="inline"
      initialValues={weights ?? DEFAULT_WEIGHTS}
      onFinish={(values) => onWeights(values)}
      data-testid="weights-form"
      style={{ rowGap: 8, alignItems: 'flex-start' }}
    >
      <Typography.Text strong style={{ marginInlineEnd: 12, lineHeight: '32px' }}>
        {t('rfq.comparison.weights.title')}
      </Typography.Text>
      {field('price')}
      {field('delivery')}
      {field('supplier')}
      <Form.Item style={{ marginBottom: 0 }}>
        <Flex gap={8} align="center">
          <Button htmlType="submit" type="primary" ghost data-testid="weights-apply">
            {t('rfq.comparison.weights.apply')}
          </Button>
          {weights && (
            <Button
              onClick={() => {
                form.setFieldsValue(DEFAULT_WEIGHTS);
                onWeights(null);
              }}
              data-testid="weights-clear"
            >
              {t('rfq.comparison.weights.clear')}
            </Button>
          )}
          <Typography.Text type={sum === 100 ? 'secondary' : 'danger'} style={{ fontSize: 12 }}>
            {t('rfq.comparison.weights.total', { sum })}
          </Typography.Text>
        </Flex>
      </Form.Item>
    </Form>
  );
}

const sumOf = (w: Partial<ComparisonWeights>) => (w.price ?? 0) + (w.delivery ?? 0) + (w.supplier ?? 0);

/** Per quote: its seller, terms, delivery, whether it covers every item, its total landed cost and score. */
function QuotesSummary({ comparison }: { comparison: RfqComparisonView }) {
  const { t } = useTranslation();
  const { language } = useFigures('rfq');
  const companyName = useCompanyName();
  const scored = comparison.quotes.some((q) => q.score !== null);
  const columns: TableColumnsType<ComparisonQuote> = [
    {
      title: t('rfq.comparison.quotes.seller'),
      key: 'seller',
      render: (_, q) => (
        <Flex gap={8} align="center" wrap>
          <span data-testid="summary-seller">{companyName(q.sellerName, q.sellerNameEn)}</span>
          {q.cheapestOverall && (
            <Tag
              color="success"
              icon={<TrophyFilled />}
              data-testid="cheapest-overall"
              style={{ marginInlineEnd: 0 }}
            >
              {t('rfq.comparison.cheapestOverall')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('rfq.comparison.quotes.version'),
      dataIndex: 'version',
      width: 70,
      align: 'center',
      render: (v: number) => <span style={NUMERIC}>v{v}</span>,
    },
    {
      title: t('rfq.comparison.quotes.term'),
      dataIndex: 'paymentTerm',
      width: 120,
      render: (p: ComparisonQuote['paymentTerm']) => t(`rfq.paymentTerm.${p}`),
    },
    {
      title: t('rfq.comparison.quotes.delivery'),
      dataIndex: 'deliveryDate',
      width: 130,
      render: (d: string) => <span style={NUMERIC}>{formatDay(d, language)}</span>,
    },
    {
      title: t('rfq.comparison.quotes.coversAll'),
      dataIndex: 'coversAll',
      width: 110,
      render: (all: boolean) =>
        all ? (
          <Typography.Text type="success">
            <CheckCircleFilled /> {t('rfq.comparison.quotes.coversAllYes')}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning">
            <ExclamationCircleOutlined /> {t('rfq.comparison.quotes.coversAllNo')}
          </Typography.Text>
        ),
    },
    {
      title: t('rfq.comparison.quotes.totalLanded'),
      dataIndex: 'totalLandedMinor',
      width: 160,
      align: 'right',
      render: (m: string) => <Money minor={m} currency={comparison.currency} strong testId="summary-total" />,
    },
    ...(scored
      ? [
          {
            title: t('rfq.comparison.quotes.score'),
            dataIndex: 'score',
            width: 90,
            align: 'right' as const,
            render: (s: string | null) => (
              <span style={NUMERIC} data-testid="summary-score">
                {s ?? t('rfq.common.none')}
              </span>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('rfq.comparison.quotes.title')}
      </Typography.Title>
      <Table<ComparisonQuote>
        rowKey="quoteId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={comparison.quotes}
        scroll={{ x: 820 }}
        onRow={(q) => ({
          style: q.cheapestOverall ? CHEAPEST_ROW : undefined,
          'data-testid': 'summary-row',
          'data-cheapest': q.cheapestOverall ? 'yes' : 'no',
        })}
        data-testid="comparison-quotes"
      />
    </Flex>
  );
}

/** Total landed cost per quote as horizontal bars, cheapest first (no charting library: Ant Design's `Progress`). */
function CostChart({ comparison }: { comparison: RfqComparisonView }) {
  const { t } = useTranslation();
  const f = useFigures('rfq');
  const seller = useQuoteSeller(comparison);
  const bars = costBars(comparison);
  return (
    <Flex vertical gap={6} role="list" aria-label={t('rfq.comparison.chart.title')} data-testid="cost-chart">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('rfq.comparison.chart.title')}
      </Typography.Title>
      {bars.map((bar) => {
        const amount = f.money(bar.totalMinor, comparison.currency);
        return (
          <Flex
            key={bar.quoteId}
            align="center"
            gap={12}
            role="listitem"
            aria-label={t('rfq.comparison.chart.bar', { name: seller(bar.quoteId), amount })}
            data-testid="cost-bar"
          >
            <Typography.Text ellipsis style={{ width: 220, flex: 'none' }} aria-hidden>
              {seller(bar.quoteId)}
            </Typography.Text>
            <Progress
              percent={bar.percent}
              status="normal"
              format={() => amount}
              strokeColor={bar.cheapest ? '#389e0d' : '#1f5fbf'}
              style={{ flex: 1, margin: 0 }}
              styles={{ indicator: { width: 140, textAlign: 'right' } }}
              aria-hidden
            />
          </Flex>
        );
      })}
    </Flex>
  );
}

/** One item's offers side by side, cheapest landed first marked. */
function ItemOffers({ comparison, item }: { comparison: RfqComparisonView; item: ComparisonItem }) {
  const { t } = useTranslation();
  const f = useFigures('rfq');
  const seller = useQuoteSeller(comparison);
  const currency = comparison.currency;
  const columns: TableColumnsType<ComparisonOffer> = [
    {
      title: t('rfq.comparison.offers.seller'),
      key: 'seller',
      render: (_, o) => (
        <Flex gap={8} align="center" wrap>
          <span data-testid="offer-seller">{seller(o.quoteId)}</span>
          {o.cheapest && (
            <Tag color="success" data-testid="offer-cheapest" style={{ marginInlineEnd: 0 }}>
              {t('rfq.comparison.cheapest')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('rfq.comparison.offers.quantity'),
      dataIndex: 'quantity',
      width: 120,
      align: 'right',
      render: (q: string) => <span style={NUMERIC}>{f.quantity(q, item.unit)}</span>,
    },
    {
      title: t('rfq.comparison.offers.unitPrice'),
      dataIndex: 'unitPrice',
      width: 120,
      align: 'right',
      render: (p: string) => <span style={NUMERIC}>{f.price(p, currency)}</span>,
    },
    {
      title: t('rfq.comparison.offers.freight'),
      dataIndex: 'freightPerUnit',
      width: 110,
      align: 'right',
      render: (p: string) => <span style={NUMERIC}>{f.price(p, currency)}</span>,
    },
    {
      title: t('rfq.comparison.offers.landedUnit'),
      key: 'landedUnit',
      width: 130,
      align: 'right',
      render: (_, o) => (
        <span style={{ ...NUMERIC, fontWeight: 600 }} data-testid="offer-landed-unit">
          {f.price(o.landed.landedUnit, currency)}
        </span>
      ),
    },
    {
      title: t('rfq.comparison.offers.landedTotal'),
      key: 'landedTotal',
      width: 150,
      align: 'right',
      render: (_, o) => <Money minor={o.landed.totalMinor} currency={currency} testId="offer-landed-total" />,
    },
    {
      title: t('rfq.comparison.offers.financing'),
      key: 'financing',
      width: 130,
      align: 'right',
      render: (_, o) => (
        <Typography.Text
          type={o.landed.financingMinor.startsWith('-') ? 'success' : undefined}
          style={NUMERIC}
        >
          {f.money(o.landed.financingMinor, currency)}
        </Typography.Text>
      ),
    },
    {
      title: t('rfq.comparison.offers.tax'),
      key: 'tax',
      width: 130,
      align: 'right',
      render: (_, o) => (
        <Flex vertical gap={0} align="flex-end">
          <span style={NUMERIC}>{f.money(o.landed.taxMinor, currency)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('rfq.format.percent', { value: bpsToPercent(o.taxRateBps) })}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={8} data-testid="comparison-item" data-item={item.itemNo}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('rfq.comparison.item', {
          no: item.itemNo,
          description: item.description,
          quantity: f.quantity(item.quantity, item.unit),
        })}
      </Typography.Title>
      {item.offers.length === 0 ? (
        <Typography.Text type="secondary">{t('rfq.comparison.noOffers')}</Typography.Text>
      ) : (
        <Table<ComparisonOffer>
          rowKey="quoteId"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={item.offers}
          scroll={{ x: 1000 }}
          onRow={(o) => ({
            style: o.cheapest ? CHEAPEST_ROW : undefined,
            'data-testid': 'offer-row',
            'data-cheapest': o.cheapest ? 'yes' : 'no',
          })}
        />
      )}
    </Flex>
  );
}

/** The cheapest award in landed cost, its total, what no quote covers, and the button that fills the award form with it. */
function BestSplitCard({
  comparison,
  canAward,
  onUse,
}: {
  comparison: RfqComparisonView;
  canAward: boolean;
  onUse: () => void;
}) {
  const { t } = useTranslation();
  const f = useFigures('rfq');
  const seller = useQuoteSeller(comparison);
  const split = comparison.bestSplit;
  const itemOf = (no: number) => comparison.items.find((i) => i.itemNo === no);
  return (
    <Card
      size="small"
      type="inner"
      title={
        <Flex gap={8} align="center">
          <ThunderboltOutlined style={{ color: '#d48806' }} />
          {t('rfq.comparison.bestSplit.title')}
        </Flex>
      }
      extra={
        canAward &&
        split.allocations.length > 0 && (
          <Button type="primary" onClick={onUse} data-testid="use-best-split">
            {t('rfq.comparison.bestSplit.use')}
          </Button>
        )
      }
      data-testid="best-split"
    >
      <Flex vertical gap={6}>
        {split.allocations.map((a) => {
          const item = itemOf(a.itemNo);
          return (
            <Flex key={`${a.itemNo}:${a.quoteId}`} gap={8} wrap data-testid="best-split-line">
              <Typography.Text strong>
                {t('rfq.comparison.bestSplit.itemNo', { no: a.itemNo })}
              </Typography.Text>
              <span>{item?.description}</span>
              <span>→</span>
              <span>{seller(a.quoteId)}</span>
              <span style={NUMERIC}>{f.quantity(a.quantity, item?.unit ?? '')}</span>
            </Flex>
          );
        })}
        {split.uncovered.map((u) => {
          const item = itemOf(u.itemNo);
          return (
            <Typography.Text key={u.itemNo} type="warning" data-testid="best-split-uncovered">
              <ExclamationCircleOutlined />{' '}
              {t('rfq.comparison.bestSplit.uncovered', {
                no: u.itemNo,
                quantity: f.quantity(u.quantity, item?.unit ?? ''),
              })}
            </Typography.Text>
          );
        })}
        <Typography.Text>
          {t('rfq.comparison.bestSplit.total')}{' '}
          <Money
            minor={split.totalLandedMinor}
            currency={comparison.currency}
            strong
            testId="best-split-total"
          />
        </Typography.Text>
      </Flex>
    </Card>
  );
}
