import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFigures } from '@tradeway/web/ui';
import { MAX_TIERS, type TierValues } from '../utils/campaign-form';
import { tierPriceProblem, tierStartProblem } from '../utils/ladder';
import { checkedBy, DecimalInput } from './form-fields';

/**
 * The price ladder by total pooled quantity: rows of "from this total" and the unit price every
 * participant then pays. The first row starts at 0 (fixed); each next row starts at a larger
 * total and costs no more than the one before — checked on the row as it is typed, the row
 * below checked again when the one above changes once it has been typed in (an empty row below
 * is not told "enter the price" while the one above is being filled). Up to 10 tiers.
 */
export function LadderEditor({ unit }: { unit: string }) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const form = Form.useFormInstance();
  const ladder = () => (form.getFieldValue('ladder') as TierValues[] | undefined) ?? [];
  const recheckBelow = (index: number, cell: keyof TierValues) => {
    const below = ['ladder', index + 1, cell];
    if (index + 1 < ladder().length && form.isFieldTouched(below))
      void form.validateFields([below]).catch(() => undefined);
  };

  return (
    <Form.List name="ladder">
      {(fields, { add, remove }) => (
        <Flex vertical gap={0} data-testid="ladder-editor">
          <Row gutter={16} style={{ marginBottom: 8 }}>
            <Col flex="80px" />
            <Col flex="1">
              <Typography.Text type="secondary">{t('groupBuy.form.ladderFrom')}</Typography.Text>
            </Col>
            <Col flex="1">
              <Typography.Text type="secondary">{t('groupBuy.form.ladderPrice')}</Typography.Text>
            </Col>
            <Col flex="40px" />
          </Row>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={16} align="top" data-testid="ladder-row">
              <Col flex="80px" style={{ paddingTop: 5 }}>
                <Typography.Text strong>{t('groupBuy.ladder.tierN', { n: index + 1 })}</Typography.Text>
              </Col>
              <Col flex="1">
                <Form.Item
                  name={[field.name, 'minQuantity']}
                  extra={index === 0 ? t('groupBuy.form.ladderFirst') : undefined}
                  rules={[
                    checkedBy(() => {
                      const p = tierStartProblem(ladder(), index);
                      return p && t(`groupBuy.problem.ladder.start.${p}`);
                    }),
                  ]}
                >
                  <DecimalInput
                    disabled={index === 0}
                    prefix={<Typography.Text type="secondary">≥</Typography.Text>}
                    suffix={<Typography.Text type="secondary">{f.unit(unit)}</Typography.Text>}
                    aria-label={t('groupBuy.form.ladderFromOf', { n: index + 1 })}
                    onChange={() => recheckBelow(index, 'minQuantity')}
                    data-testid="ladder-min-input"
                  />
                </Form.Item>
              </Col>
              <Col flex="1">
                <Form.Item
                  name={[field.name, 'unitPrice']}
                  rules={[
                    checkedBy(() => {
                      const p = tierPriceProblem(ladder(), index);
                      return p && t(`groupBuy.problem.ladder.price.${p}`);
                    }),
                  ]}
                >
                  <DecimalInput
                    prefix={<Typography.Text type="secondary">¥</Typography.Text>}
                    suffix={<Typography.Text type="secondary">/ {f.unit(unit)}</Typography.Text>}
                    aria-label={t('groupBuy.form.ladderPriceOf', { n: index + 1 })}
                    onChange={() => recheckBelow(index, 'unitPrice')}
                    data-testid="ladder-price-input"
                  />
                </Form.Item>
              </Col>
              <Col flex="40px">
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  disabled={index === 0}
                  aria-label={t('groupBuy.form.ladderRemove', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                  data-testid="ladder-remove"
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_TIERS}
            onClick={() => add({ minQuantity: '', unitPrice: '' })}
            style={{ width: 'fit-content' }}
            data-testid="ladder-add"
          >
            {t('groupBuy.form.ladderAdd', { max: MAX_TIERS })}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
