import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formProblems, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import { useAwardAuction } from '../data/auctions.queries';
import type { AuctionView } from '../data/types';
import { lotTotalMinor } from '../utils/decimal';
import { checkedBy } from './form-fields';
import { useBidderName } from './use-bidder-name';

const MAX_JUSTIFICATION = 2000;

interface AwardValues {
  companyId?: string;
  justification?: string;
}

/**
 * The award (授标) of a closed auction: the participant (the best bid by default — the best need
 * not win, DESIGN.md §6), its price and the lot's total, and a justification, always required
 * and archived with the decision; the drawer says so when the choice is not the best bid. The
 * award then goes through the owner's approval policy; the page shows where it stands.
 */
export function AwardDrawer({ auction, onClose }: { auction: AuctionView; onClose: () => void }) {
  const { t } = useTranslation();
  const bidderName = useBidderName();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const f = useFigures('auction');
  const [form] = Form.useForm<AwardValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const award = useAwardAuction();
  const rows = auction.ranking.filter((r) => r.companyId !== null && r.price !== null);
  const best = rows[0];
  const [initialValues] = useState<AwardValues>(() => ({
    companyId: best?.companyId ?? undefined,
    justification: '',
  }));
  const companyId = (Form.useWatch('companyId', form) as string | undefined) ?? initialValues.companyId;
  const chosen = rows.find((r) => r.companyId === companyId);
  const notBest = chosen !== undefined && best !== undefined && chosen.companyId !== best.companyId;
  const total = chosen?.price ? lotTotalMinor(chosen.price, auction.quantity) : null;

  const handleFinish = async (values: AwardValues) => {
    if (!values.companyId) return;
    setAlert(null);
    try {
      const next = await award.mutateAsync({
        auctionId: auction.id,
        companyId: values.companyId,
        justification: (values.justification ?? '').trim(),
      });
      void message.success(
        t(next.award?.status === 'approved' ? 'auction.award.doneApproved' : 'auction.award.donePending', {
          number: auction.number,
        }),
      );
      onClose();
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, {
        fields: ['companyId', 'justification'],
      });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  return (
    <Drawer
      open
      size={640}
      title={t('auction.award.title', { number: auction.number })}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('auction.common.cancel')}</Button>
          <Button
            type="primary"
            loading={award.isPending}
            onClick={() => form.submit()}
            data-testid="auction-award-submit"
          >
            {t('auction.award.submit')}
          </Button>
        </Flex>
      }
      data-testid="auction-award-drawer"
    >
      <Form<AwardValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void handleFinish(values)}
        data-testid="auction-award-form"
      >
        <Flex vertical gap={16}>
          {alert && <Alert type="error" showIcon title={alert} data-testid="auction-award-alert" />}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('auction.award.hint')}
          </Typography.Paragraph>
          <Form.Item
            name="companyId"
            label={t('auction.award.participant')}
            style={{ marginBottom: 0 }}
            rules={[
              {
                required: true,
                message: t('auction.problem.choose', { field: t('auction.award.participant') }),
              },
            ]}
          >
            <Select
              options={rows.map((r) => ({
                value: r.companyId as string,
                label: t('auction.award.option', {
                  rank: r.rank,
                  alias: r.alias,
                  company: bidderName(r) ?? '',
                  price: f.price(r.price ?? '0', auction.currency),
                }),
              }))}
              onChange={() => void form.validateFields(['justification']).catch(() => undefined)}
              data-testid="auction-award-participant"
            />
          </Form.Item>
          {chosen && (
            <Descriptions
              size="small"
              bordered
              column={1}
              items={[
                {
                  key: 'price',
                  label: t('auction.award.price'),
                  children: (
                    <span style={NUMERIC} data-testid="auction-award-price">
                      {f.perUnit(chosen.price ?? '0', auction.unit, auction.currency)}
                    </span>
                  ),
                },
                {
                  key: 'total',
                  label: t('auction.award.total'),
                  children: (
                    <span style={{ ...NUMERIC, fontWeight: 600 }} data-testid="auction-award-total">
                      {total === null ? t('auction.common.none') : f.money(total, auction.currency)}
                      {' · '}
                      {f.quantity(auction.quantity, auction.unit)}
                    </span>
                  ),
                },
              ]}
            />
          )}
          {notBest && (
            <Alert
              type="warning"
              showIcon
              title={t('auction.award.notBest')}
              data-testid="auction-award-not-best"
            />
          )}
          <Form.Item
            name="justification"
            label={t('auction.award.justification')}
            required
            rules={[
              checkedBy((value: string | undefined) =>
                (value ?? '').trim()
                  ? null
                  : t(notBest ? 'auction.award.justificationNotBest' : 'auction.award.justificationRequired'),
              ),
              { max: MAX_JUSTIFICATION, message: t('auction.problem.tooLong', { max: MAX_JUSTIFICATION }) },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={MAX_JUSTIFICATION}
              placeholder={t('auction.award.justificationPlaceholder')}
              data-testid="auction-award-justification"
            />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
