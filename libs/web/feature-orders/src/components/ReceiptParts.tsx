import { CheckCircleFilled, CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { bpsToPercent, formatMoment, NUMERIC, useFigures } from '@tradeway/web/ui';
import type { ReceiptLineView, ReceiptView } from '../data/receipts.queries';
import { useLanguage } from '@tradeway/web/i18n';
import { signedPercent } from '../utils/receipts';
import { useLineDescription } from './use-party-name';

const isPositive = (decimal: string) => !decimal.startsWith('-') && /[1-9]/.test(decimal);

/** A tolerance as people read it: `±0.5 %`, or "exact" for counted goods. */
export function ToleranceText({ bps }: { bps: number }) {
  const { t } = useTranslation();
  return (
    <span style={NUMERIC} data-testid="tolerance">
      {bps === 0
        ? t('receipts.lines.exact')
        : t('receipts.lines.toleranceValue', { value: bpsToPercent(bps) })}
    </span>
  );
}

/** The variance of a line in per cent, green within the tolerance and red outside it. */
export function VarianceTag({ bps, within, testId }: { bps: number; within: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={within ? 'success' : 'error'}
      icon={within ? <CheckCircleFilled /> : <CloseCircleFilled />}
      style={{ ...NUMERIC, marginInlineEnd: 0 }}
      data-testid={testId ?? 'variance'}
      data-within={within ? 'yes' : 'no'}
    >
      {t('receipts.lines.percent', { value: signedPercent(bps) })}
    </Tag>
  );
}

/** Accepted (every line within tolerance and of the ordered grade) or disputed. */
export function ReceiptOutcomeTag({ outcome }: { outcome: ReceiptView['outcome'] }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={outcome === 'accepted' ? 'success' : 'error'}
      style={{ marginInlineEnd: 0 }}
      data-testid="receipt-outcome"
      data-outcome={outcome}
    >
      {t(`receipts.outcome.${outcome}`)}
    </Tag>
  );
}

/**
 * The lines of a recorded receipt: shipped and received, the variance (quantity and per cent,
 * coloured against the line's tolerance), the grade found against the grade ordered.
 */
export function ReceiptLinesTable({ receipt }: { receipt: ReceiptView }) {
  const { t } = useTranslation();
  const f = useFigures('orders');
  const describe = useLineDescription();
  const columns: TableColumnsType<ReceiptLineView> = [
    { title: t('receipts.lines.line'), dataIndex: 'lineNo', width: 52, align: 'center' },
    {
      title: t('receipts.lines.goods'),
      key: 'goods',
      render: (_, l) => (
        <Flex vertical gap={0} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: l.description }}>{describe(l.description)}</Typography.Text>
          <Typography.Text code style={{ fontSize: 12, width: 'fit-content' }}>
            {l.skuCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('receipts.lines.shipped'),
      key: 'shipped',
      align: 'right',
      width: 100,
      render: (_, l) => <span style={NUMERIC}>{f.quantity(l.shippedQuantity, l.unit)}</span>,
    },
    {
      title: t('receipts.lines.received'),
      key: 'received',
      align: 'right',
      width: 110,
      render: (_, l) => (
        <Typography.Text strong style={NUMERIC} data-testid="received">
          {f.quantity(l.receivedQuantity, l.unit)}
        </Typography.Text>
      ),
    },
    {
      title: t('receipts.lines.variance'),
      key: 'variance',
      align: 'right',
      width: 120,
      render: (_, l) => (
        <Flex vertical gap={2} align="flex-end">
          <VarianceTag bps={l.varianceBps} within={l.withinTolerance} />
          <Typography.Text type="secondary" style={{ ...NUMERIC, fontSize: 12 }}>
            {isPositive(l.variance) ? '+' : ''}
            {f.quantity(l.variance, l.unit)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('receipts.lines.tolerance'),
      key: 'tolerance',
      align: 'right',
      width: 90,
      render: (_, l) => <ToleranceText bps={l.toleranceBps} />,
    },
    {
      title: t('receipts.lines.grade'),
      key: 'grade',
      width: 130,
      render: (_, l) => {
        if (!l.grade)
          return (
            <Typography.Text type="secondary">
              {l.orderedGrade
                ? t('receipts.lines.gradeAsOrdered', { grade: l.orderedGrade })
                : t('receipts.common.none')}
            </Typography.Text>
          );
        return l.gradeMatches ? (
          <span data-testid="grade">{l.grade}</span>
        ) : (
          <Tooltip title={t('receipts.lines.gradeOrdered', { grade: l.orderedGrade ?? '' })}>
            <Typography.Text type="danger" data-testid="grade" data-matches="no">
              <WarningFilled /> {l.grade}
            </Typography.Text>
          </Tooltip>
        );
      },
    },
  ];
  return (
    <Table<ReceiptLineView>
      rowKey="orderLineId"
      size="small"
      tableLayout="fixed"
      pagination={false}
      scroll={{ x: 740 }}
      columns={columns}
      dataSource={receipt.lines}
      onRow={(l) =>
        ({ 'data-testid': 'receipt-line', 'data-line': l.lineNo }) as React.HTMLAttributes<HTMLElement>
      }
      data-testid="receipt-lines"
    />
  );
}

/** A recorded receipt: its shipment, when, the outcome, the note and the lines. */
export function ReceiptBlock({ receipt, highlight = false }: { receipt: ReceiptView; highlight?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const when = formatMoment(receipt.receivedAt, language);
  return (
    <Flex vertical gap={8} data-testid="receipt" data-shipment={receipt.shipmentNumber}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong code>
            {receipt.shipmentNumber}
          </Typography.Text>
          <ReceiptOutcomeTag outcome={receipt.outcome} />
          {highlight && (
            <Tag color="volcano" style={{ marginInlineEnd: 0 }} data-testid="receipt-disputed-here">
              {t('receipts.section.thisDispute')}
            </Tag>
          )}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('receipts.section.receivedAt', { time: when })}
        </Typography.Text>
      </Flex>
      <ReceiptLinesTable receipt={receipt} />
      {receipt.note && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
          data-testid="receipt-note"
        >
          {t('receipts.section.note', { note: receipt.note })}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}
