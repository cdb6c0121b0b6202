import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment, formProblems, NUMERIC, useErrorText, useFigures } from '@tradeway/web/ui';
import { useBid } from '../data/auctions.queries';
import type { AuctionView, KeptReceipt } from '../data/types';
import { type BidRule, bidProblem, bidRange, bidReference } from '../utils/bid-rules';
import { lotTotalMinor } from '../utils/decimal';
import type { AuctionPhase } from './AuctionCountdown';
import { useStepText } from './AuctionFacts';
import { checkedBy, DecimalInput } from './form-fields';

/** The refusal that says this bidder may not bid now (the owner suspended it). */
export const SUSPENDED = 'BID_BIDDER_SUSPENDED';

/** The receipt's message in the page's language (the API gives both). */
export function useReceiptMessage() {
  const { language } = useLanguage();
  return (r: Pick<KeptReceipt, 'message' | 'messageZh' | 'code'>) =>
    (language === 'zh-CN' ? (r.messageZh ?? r.message) : (r.message ?? r.messageZh)) ?? r.code ?? '';
}

/**
 * The bidder's bid: a price per unit, checked on the field before anything is sent — at most 4
 * decimals, not beyond the opening price, better than the price to beat (the best price when
 * visible, else my own best; a first bid needs only the opening) by at least the minimum step
 * and at most the maximum — with the best price allowed shown under it ("at most ¥x"). A
 * popover confirms the price and the lot's total before the bid goes; the receipt (accepted, or
 * refused with the server's reason) is handed to `onReceipt`. Closed, with the reason, when the
 * auction does not take bids or the bidder is suspended.
 */
export function BidForm({
  auction,
  phase,
  suspended,
  onRetry,
  onReceipt,
}: {
  auction: AuctionView;
  phase: AuctionPhase;
  /** The last bid was refused as suspended: the form waits for the bidder to try again. */
  suspended: string | null;
  onRetry: () => void;
  onReceipt: (receipt: KeptReceipt) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const receiptMessage = useReceiptMessage();
  const f = useFigures('auction');
  const [form] = Form.useForm<{ price?: string }>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const bid = useBid(auction.id);
  const stepText = useStepText(auction);

  const rule: BidRule = {
    direction: auction.direction,
    visibility: auction.visibility,
    openingPrice: auction.openingPrice,
    minStep: auction.minStep,
    maxStep: auction.maxStep,
  };
  const reference = bidReference(rule, auction);
  const range = bidRange(rule, reference);
  const reverse = auction.direction === 'reverse';
  const money = (price: string) => f.price(price, auction.currency);
  const total = (price: string) => {
    const minor = lotTotalMinor(price, auction.quantity);
    return minor === null ? '' : f.money(minor, auction.currency);
  };

  const closedReason =
    phase === 'draft'
      ? t('auction.bid.closed.draft')
      : phase === 'before'
        ? t('auction.bid.closed.scheduled', { time: formatMoment(auction.startsAt, language) })
        : phase === 'cancelled'
          ? t('auction.bid.closed.cancelled')
          : phase === 'ended'
            ? t('auction.bid.closed.ended')
            : suspended;
  const open = closedReason === null;

  const referenceText =
    reference === null
      ? t(reverse ? 'auction.bid.reference.first' : 'auction.bid.reference.firstForward', {
          price: money(auction.openingPrice),
        })
      : t(auction.visibility === 'best_price' ? 'auction.bid.reference.best' : 'auction.bid.reference.mine', {
          price: money(reference),
        });

  const problemText = (value: string | undefined) => {
    const p = bidProblem(value, rule, reference);
    if (p === null) return null;
    if (p === 'beyondOpening')
      return t(`auction.bid.problem.beyondOpening.${auction.direction}`, {
        price: money(auction.openingPrice),
      });
    if (p === 'stepTooSmall')
      return t(`auction.bid.problem.stepTooSmall.${auction.direction}`, {
        price: money(range.nearest),
        reference: money(reference ?? auction.openingPrice),
      });
    if (p === 'stepTooLarge')
      return t(`auction.bid.problem.stepTooLarge.${auction.direction}`, {
        price: money(range.farthest ?? '0'),
      });
    return t(`auction.bid.problem.${p}`);
  };

  const send = async (price: string) => {
    setConfirming(null);
    setAlert(null);
    try {
      const receipt = await bid.mutateAsync({ auctionId: auction.id, price });
      onReceipt({ ...receipt, price });
      if (receipt.accepted) {
        void message.success(t('auction.bid.accepted', { seq: receipt.seq }));
        form.resetFields();
      } else {
        void message.error(t('auction.bid.refused', { message: receiptMessage(receipt) }));
      }
    } catch (error) {
      const { placed, needsAlert } = formProblems(error, language, { fields: ['price'] });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  const confirmContent = confirming && (
    <Flex vertical gap={8} style={{ maxWidth: 320 }} data-testid="auction-bid-confirm-box">
      <Typography.Text style={NUMERIC}>
        {t('auction.bid.confirmLot', {
          total: total(confirming),
          quantity: f.quantity(auction.quantity, auction.unit),
        })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('auction.bid.confirmHint')}
      </Typography.Text>
      <Flex gap={8} justify="flex-end">
        <Button size="small" onClick={() => setConfirming(null)} data-testid="auction-bid-cancel">
          {t('auction.common.cancel')}
        </Button>
        <Button
          size="small"
          type="primary"
          loading={bid.isPending}
          onClick={() => void send(confirming)}
          data-testid="auction-bid-confirm"
        >
          {t('auction.bid.confirm')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Form<{ price?: string }>
      form={form}
      layout="vertical"
      disabled={!open}
      onFinish={(values) => setConfirming((values.price ?? '').trim())}
      data-testid="auction-bid-form"
    >
      <Flex vertical gap={12}>
        {!open && (
          <Alert
            type={suspended && phase === 'running' ? 'warning' : 'info'}
            showIcon
            title={closedReason}
            data-testid="auction-bid-closed"
            action={
              suspended && phase === 'running' ? (
                <Button size="small" disabled={false} onClick={onRetry} data-testid="auction-bid-retry">
                  {t('auction.bid.retry')}
                </Button>
              ) : undefined
            }
          />
        )}
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            closable
            onClose={() => setAlert(null)}
            data-testid="auction-bid-alert"
          />
        )}
        <Typography.Text data-testid="auction-bid-rules">
          {t('auction.bid.rules', {
            wins: t(`auction.wins.${auction.direction}`),
            opening: f.perUnit(auction.openingPrice, auction.unit, auction.currency),
            min: stepText(auction.minStep),
            max: stepText(auction.maxStep),
          })}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="auction-bid-reference">
          {referenceText}
        </Typography.Text>
        <Form.Item
          name="price"
          label={t('auction.bid.price', { unit: f.unit(auction.unit) })}
          style={{ marginBottom: 0 }}
          rules={[checkedBy((value: string | undefined) => problemText(value))]}
          extra={
            range.empty ? (
              <span data-testid="auction-bid-limit">
                {t('auction.bid.noValid', { price: money(reference ?? auction.openingPrice) })}
              </span>
            ) : (
              <span style={NUMERIC} data-testid="auction-bid-limit">
                {t(reverse ? 'auction.bid.atMost' : 'auction.bid.atLeast', {
                  price: money(range.nearest),
                  total: total(range.nearest),
                })}
                {auction.maxStep !== null && range.farthest !== null
                  ? ` · ${t(reverse ? 'auction.bid.notBelow' : 'auction.bid.notAbove', { price: money(range.farthest) })}`
                  : ''}
              </span>
            )
          }
        >
          <DecimalInput
            size="large"
            prefix={<Typography.Text type="secondary">¥</Typography.Text>}
            suffix={<Typography.Text type="secondary">/ {f.unit(auction.unit)}</Typography.Text>}
            placeholder={t('auction.bid.pricePlaceholder')}
            style={{ maxWidth: 360 }}
            data-testid="auction-bid-input"
          />
        </Form.Item>
        <Popover
          open={confirming !== null}
          title={
            confirming &&
            t('auction.bid.confirmTitle', { price: f.perUnit(confirming, auction.unit, auction.currency) })
          }
          content={confirmContent}
          trigger={[]}
          placement="right"
          onOpenChange={(next) => !next && setConfirming(null)}
        >
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={bid.isPending}
            style={{ width: 'fit-content' }}
            data-testid="auction-bid-submit"
          >
            {t('auction.bid.submit')}
          </Button>
        </Popover>
      </Flex>
    </Form>
  );
}
