import { Flex, Form, Input, Radio, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMERIC, useFigures } from '@tradeway/web/ui';
import type { DisputeDetailView, DisputeLineView } from '../data/receipts.queries';
import {
  creditProblem,
  type ResolutionKind,
  type ResolutionValues,
  returnQuantityProblem,
  yuanToMinor,
} from '../utils/receipts';
import { useLineDescription } from './use-party-name';

const KINDS: readonly ResolutionKind[] = ['accept', 'price_adjustment', 'return'];
const MAX_NOTE = 1000;

/**
 * The fields of a resolution, for a party's proposal and the operator's decision: accept as
 * received; a price adjustment with the credit typed in yuan (sent as fen, exactly; not above
 * what the order still allows); or a return with a quantity per disputed line (not above what
 * the buyer holds). The note is required for the operator's decision.
 */
export function DisputeResolutionFields({
  detail,
  noteRequired = false,
  noteLabel,
}: {
  detail: DisputeDetailView;
  noteRequired?: boolean;
  noteLabel: string;
}) {
  const { t } = useTranslation();
  const f = useFigures('orders');
  const describe = useLineDescription();
  const form = Form.useFormInstance<ResolutionValues>();
  const kind = (Form.useWatch('kind', form) as ResolutionKind | undefined) ?? 'accept';
  const typedCredit = Form.useWatch('creditYuan', form) as string | undefined;
  const creditMinor = yuanToMinor(typedCredit);
  const max = f.money(detail.maxCreditMinor, detail.currency);

  const columns: TableColumnsType<DisputeLineView> = [
    { title: t('receipts.lines.line'), dataIndex: 'lineNo', width: 48, align: 'center' },
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
      title: t('receipts.resolution.held'),
      key: 'held',
      align: 'right',
      width: 120,
      render: (_, l) => <span style={NUMERIC}>{f.quantity(l.heldQuantity, l.unit)}</span>,
    },
    {
      title: t('receipts.resolution.returnQuantity'),
      key: 'quantity',
      width: 170,
      render: (_, l, index) => (
        <Form.Item
          name={['returnLines', index, 'quantity']}
          style={{ marginBottom: 0 }}
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                const problem = returnQuantityProblem(value, l.heldQuantity);
                return problem
                  ? Promise.reject(
                      new Error(
                        t(`receipts.resolution.problem.${problem}`, {
                          held: f.quantity(l.heldQuantity, l.unit),
                        }),
                      ),
                    )
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Input
            inputMode="decimal"
            autoComplete="off"
            placeholder="0"
            suffix={<Typography.Text type="secondary">{f.unit(l.unit)}</Typography.Text>}
            style={{ textAlign: 'right' }}
            aria-label={t('receipts.resolution.returnOf', { line: l.lineNo })}
            data-testid="return-quantity"
          />
        </Form.Item>
      ),
    },
  ];

  return (
    <>
      <Form.Item name="kind" label={t('receipts.resolution.kindLabel')} style={{ marginBottom: 16 }}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={KINDS.map((k) => ({ value: k, label: t(`receipts.resolution.kind.${k}`) }))}
          data-testid="resolution-kind"
        />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }} data-testid="resolution-kind-hint">
        {t(`receipts.resolution.kindHint.${kind}`)}
      </Typography.Paragraph>
      {kind === 'price_adjustment' && (
        <Form.Item
          name="creditYuan"
          label={t('receipts.resolution.credit')}
          extra={
            <Flex vertical gap={0}>
              {creditMinor && creditMinor !== '0' && (
                <Typography.Text style={NUMERIC} data-testid="credit-preview">
                  {t('receipts.resolution.creditPreview', { amount: f.money(creditMinor, detail.currency) })}
                </Typography.Text>
              )}
              <span data-testid="credit-max">
                {BigInt(detail.creditedElsewhereMinor) > 0n
                  ? t('receipts.resolution.creditMaxLess', {
                      max,
                      total: f.money(detail.orderTotalMinor, detail.currency),
                      credited: f.money(detail.creditedElsewhereMinor, detail.currency),
                    })
                  : t('receipts.resolution.creditMax', { max })}
              </span>
            </Flex>
          }
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                const problem = creditProblem(value, detail.maxCreditMinor);
                return problem
                  ? Promise.reject(new Error(t(`receipts.resolution.problem.credit.${problem}`, { max })))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Input
            prefix="¥"
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.00"
            style={{ maxWidth: 280 }}
            data-testid="credit-input"
          />
        </Form.Item>
      )}
      {kind === 'return' && (
        <Form.Item label={t('receipts.resolution.returnLines')} required>
          <Table<DisputeLineView>
            rowKey="id"
            size="small"
            tableLayout="fixed"
            pagination={false}
            columns={columns}
            dataSource={detail.lines}
            data-testid="return-lines"
          />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={noteLabel}
        rules={[
          ...(noteRequired
            ? [{ required: true, whitespace: true, message: t('receipts.resolution.noteRequired') }]
            : []),
          { max: MAX_NOTE, message: t('receipts.common.tooLong', { max: MAX_NOTE }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={MAX_NOTE} showCount data-testid="resolution-note" />
      </Form.Item>
    </>
  );
}

/** The fields a resolution refusal can be shown on. */
export const RESOLUTION_FIELDS = ['kind', 'creditYuan', 'returnLines', 'note'] as const;
