import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import type { LadderMode } from '../data/types';
import { formatScaled, PRICE_PLACES } from '../utils/decimal';
import {
  breakUnitPrice,
  breakValueProblem,
  type LadderRow,
  MAX_BREAKS,
  minQuantityProblem,
} from '../utils/ladder';
import { currencySymbol, formatUnitPrice } from '../utils/money';

const GRID = {
  display: 'grid',
  gridTemplateColumns: '28px minmax(130px, 1fr) 150px minmax(130px, 1fr) minmax(110px, 0.8fr) 36px',
  columnGap: 8,
  alignItems: 'start',
} as const;
const MODES: LadderMode[] = ['all_units', 'graduated'];

const emptyBreak = (): LadderRow => ({ minQuantity: '', kind: 'absolute', value: '' });

/**
 * The quantity ladder of a price item, inside its form: the mode (all units at the reached
 * break, or graduated bands) with a line on each, and the breaks — from a quantity, an
 * absolute unit price or a percentage off the base. Each break is checked as it is typed:
 * quantities strictly increase with at most 3 decimals, prices have at most 4 decimals and
 * are not above the unit price, percentages are above 0 and at most 100. A percentage break
 * shows the unit price it gives.
 */
export function LadderEditor({
  unit,
  currency = 'CNY',
  disabled,
}: {
  /** The SKU's unit, shown after the quantities. */
  unit: string;
  currency?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const form = Form.useFormInstance();
  const rows = (Form.useWatch('ladder', form) as LadderRow[] | undefined) ?? [];
  const unitPrice = Form.useWatch('unitPrice', form) as string | undefined;
  const mode = (Form.useWatch('ladderMode', form) as LadderMode | undefined) ?? 'all_units';
  const label = (index: number, field: string) => t('pricing.ladder.breakField', { n: index + 1, field });

  return (
    <Flex vertical gap={12} data-testid="ladder-editor">
      <Form.Item name="ladderMode" label={t('pricing.ladder.mode')} style={{ marginBottom: 0 }}>
        <Radio.Group
          disabled={disabled}
          options={MODES.map((m) => ({ value: m, label: t(`pricing.ladderMode.${m}`) }))}
        />
      </Form.Item>
      <Typography.Text type="secondary" data-testid="ladder-mode-hint">
        {t(`pricing.ladderModeHint.${mode}`)}
      </Typography.Text>
      <Form.List name="ladder">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.length === 0 ? (
              <Typography.Text type="secondary">{t('pricing.ladder.empty')}</Typography.Text>
            ) : (
              <div style={{ ...GRID, paddingBottom: 4 }}>
                {[
                  '#',
                  t('pricing.ladder.minQuantity'),
                  t('pricing.ladder.kind'),
                  t('pricing.ladder.value'),
                  t('pricing.ladder.gives'),
                  '',
                ].map((text, i) => (
                  <Typography.Text
                    key={i}
                    type="secondary"
                    style={{ fontSize: 13, textAlign: i >= 3 && i <= 4 ? 'right' : 'left' }}
                  >
                    {text}
                  </Typography.Text>
                ))}
              </div>
            )}
            {fields.map((field, index) => {
              const row = rows[index];
              const gives = row && unitPrice ? breakUnitPrice(row, unitPrice) : null;
              return (
                <div key={field.key} style={GRID} data-testid="ladder-break">
                  <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                    {index + 1}
                  </Typography.Text>
                  <Form.Item
                    name={[field.name, 'minQuantity']}
                    dependencies={index > 0 ? [['ladder', index - 1, 'minQuantity']] : []}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: () => {
                          const problem = minQuantityProblem(getFieldValue('ladder') as LadderRow[], index);
                          return problem
                            ? Promise.reject(
                                new Error(t(`pricing.ladder.problem.minQuantity.${problem as 'required'}`)),
                              )
                            : Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <Input
                      inputMode="decimal"
                      prefix="≥"
                      suffix={unit}
                      disabled={disabled}
                      aria-label={label(index, t('pricing.ladder.minQuantity'))}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']}>
                    <Select
                      disabled={disabled}
                      aria-label={label(index, t('pricing.ladder.kind'))}
                      options={[
                        { value: 'absolute', label: t('pricing.ladder.absolute') },
                        { value: 'percent', label: t('pricing.ladder.percent') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'value']}
                    dependencies={['unitPrice', ['ladder', index, 'kind']]}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: () => {
                          const all = getFieldValue('ladder') as LadderRow[];
                          const problem = breakValueProblem(all, index, getFieldValue('unitPrice') as string);
                          if (!problem) return Promise.resolve();
                          const group = all[index]?.kind === 'percent' ? 'percent' : 'price';
                          return Promise.reject(
                            new Error(t(`pricing.ladder.problem.${group}.${problem as 'required'}`)),
                          );
                        },
                      }),
                    ]}
                  >
                    <Input
                      inputMode="decimal"
                      disabled={disabled}
                      aria-label={label(index, t('pricing.ladder.value'))}
                      {...(row?.kind === 'percent'
                        ? { prefix: '−', suffix: '%' }
                        : { prefix: currencySymbol(currency, language) })}
                      styles={{ input: { textAlign: 'right' } }}
                    />
                  </Form.Item>
                  <Typography.Text
                    type="secondary"
                    style={{ lineHeight: '32px', textAlign: 'right', whiteSpace: 'nowrap' }}
                    data-testid="break-gives"
                  >
                    {gives === null || breakValueProblem(rows, index, unitPrice) !== null
                      ? t('pricing.common.none')
                      : formatUnitPrice(formatScaled(gives, PRICE_PLACES), language, currency)}
                  </Typography.Text>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={disabled}
                    aria-label={t('pricing.ladder.remove', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </div>
              );
            })}
            {!disabled && (
              <Flex align="center" gap={12}>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_BREAKS}
                  onClick={() => add(emptyBreak())}
                  data-testid="add-break"
                >
                  {t('pricing.ladder.add')}
                </Button>
                {fields.length >= MAX_BREAKS && (
                  <Typography.Text type="secondary">
                    {t('pricing.ladder.max', { max: MAX_BREAKS })}
                  </Typography.Text>
                )}
              </Flex>
            )}
          </Flex>
        )}
      </Form.List>
    </Flex>
  );
}
