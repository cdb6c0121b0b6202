import { CheckOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Row,
  Select,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import {
  activeMembership,
  bpsToPercent,
  formatMoment,
  formProblems,
  hasPermission,
  NUMERIC,
  useErrorText,
  useFigures,
  useSession,
} from '@tradeway/web/ui';
import { apiProblem } from '@tradeway/web/data-access';
import { campaignKey, useJoinCampaign, useWithdrawCommitment } from '../data/group-buys.queries';
import type { CampaignView, CommitmentView, DepositStatus, PendingRequestView } from '../data/types';
import { approvalPath, orderPath } from '../paths';
import { toBrowserTime } from '../utils/countdown';
import { amountMinor, plainDecimal, QUANTITY } from '../utils/decimal';
import {
  commitmentRights,
  joinQuantityProblem,
  joinTermsOf,
  mostAllowed,
  priceIfEndsNow,
} from '../utils/join-rules';
import { depositMinor } from '../utils/ladder';
import { refusalCode, refusalParams } from '../utils/refusal';
import { checkedBy, DecimalInput } from './form-fields';
import { useMonthName } from './use-month-name';
import { usePassed } from './use-now';
import { useRegionName } from './use-region-name';

const DEPOSIT_COLOR: Record<DepositStatus, string> = { held: 'blue', applied: 'green', released: 'default' };

interface JoinValues {
  quantity?: string;
  deliveryMonth?: string;
}

/** Where the campaign stands for a commitment, on the server's clock. */
function useJoinClock(campaign: CampaignView, offset: number) {
  const locked = usePassed(toBrowserTime(campaign.lockAt, offset));
  const deadlinePassed = usePassed(toBrowserTime(campaign.deadline, offset));
  return { locked, closed: deadlinePassed || campaign.progress.status !== 'open' };
}

/** My company's commitment: quantity, month, the deposit held and what became of it, the order once settled. */
function MyCommitment({
  campaign,
  mine,
  canWithdraw,
  withdrawBlocked,
  onWithdraw,
  withdrawing,
}: {
  campaign: CampaignView;
  mine: CommitmentView;
  canWithdraw: boolean;
  /** Why withdrawing is not possible now (after the lock), when it is not. */
  withdrawBlocked: string | null;
  onWithdraw: () => void;
  withdrawing: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const f = useFigures('groupBuy');
  const month = useMonthName();
  const withdraw = (
    <Button
      danger
      icon={<LogoutOutlined />}
      disabled={!canWithdraw}
      loading={withdrawing}
      onClick={onWithdraw}
      data-testid="join-withdraw"
    >
      {t('groupBuy.join.withdraw')}
    </Button>
  );
  const showWithdraw = campaign.progress.status === 'open' && (canWithdraw || withdrawBlocked !== null);
  return (
    <Card
      size="small"
      type="inner"
      title={t('groupBuy.mine.title')}
      data-testid="campaign-mine"
      extra={
        showWithdraw && (withdrawBlocked ? <Tooltip title={withdrawBlocked}>{withdraw}</Tooltip> : withdraw)
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          {
            key: 'quantity',
            label: t('groupBuy.mine.quantity'),
            children: (
              <span style={{ ...NUMERIC, fontWeight: 600 }} data-testid="campaign-mine-quantity">
                {f.quantity(mine.quantity, campaign.unit)}
              </span>
            ),
          },
          {
            key: 'month',
            label: t('groupBuy.mine.month'),
            children: <span data-testid="campaign-mine-month">{month(mine.deliveryMonth)}</span>,
          },
          {
            key: 'deposit',
            label: t('groupBuy.mine.deposit'),
            children: (
              <Flex gap={8} align="center" wrap>
                <span style={NUMERIC} data-testid="campaign-mine-deposit">
                  {f.money(mine.depositMinor, campaign.currency)}
                </span>
                <Tag
                  color={DEPOSIT_COLOR[mine.depositStatus]}
                  data-testid="campaign-mine-deposit-status"
                  data-status={mine.depositStatus}
                  style={{ marginInlineEnd: 0 }}
                >
                  {t(`groupBuy.depositStatus.${mine.depositStatus}`)}
                </Tag>
              </Flex>
            ),
          },
          {
            key: 'updated',
            label: t('groupBuy.mine.updated'),
            children: <span style={NUMERIC}>{formatMoment(mine.updatedAt, language)}</span>,
          },
          ...(mine.orderId
            ? [
                {
                  key: 'order',
                  label: t('groupBuy.mine.order'),
                  children: (
                    <Link to={orderPath(mine.orderId)} data-testid="campaign-mine-order">
                      {t('groupBuy.mine.openOrder')}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {withdrawBlocked && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="join-locked-reason">
          {withdrawBlocked}
        </Typography.Text>
      )}
    </Card>
  );
}

const REFUSALS_EXPLAINED = new Set(['JOIN_ABOVE_MAX_TOTAL', 'JOIN_DEADLINE_PASSED', 'JOIN_NOT_OPEN']);

/**
 * My company's last join or raise that went through its approval policy (commitments above a
 * limit, DESIGN.md §9): waiting, approved and being joined, rejected, or approved too late
 * (the pool was full or closed). Once joined it is my commitment and is not shown.
 */
function PendingRequest({ campaign, request }: { campaign: CampaignView; request: PendingRequestView }) {
  const { t } = useTranslation();
  const f = useFigures('groupBuy');
  const month = useMonthName();
  if (request.status === 'applied') return null;
  const values = {
    quantity: f.quantity(request.quantity, campaign.unit),
    month: month(request.deliveryMonth),
  };
  const reason =
    request.refusalCode && REFUSALS_EXPLAINED.has(request.refusalCode)
      ? t(`groupBuy.pending.reason.${request.refusalCode as 'JOIN_NOT_OPEN'}`)
      : t('groupBuy.pending.reason.other');
  return (
    <Alert
      type={request.status === 'rejected' || request.status === 'refused' ? 'warning' : 'info'}
      showIcon
      data-testid="campaign-pending-request"
      data-status={request.status}
      title={
        request.status === 'refused'
          ? t('groupBuy.pending.refused', { ...values, reason })
          : t(`groupBuy.pending.${request.status}`, values)
      }
      action={
        request.approvalRequestId ? (
          <Link to={approvalPath(request.approvalRequestId)} data-testid="campaign-pending-approval">
            {t('groupBuy.pending.open')}
          </Link>
        ) : undefined
      }
    />
  );
}

/** Why my company may not join: its province is not among the campaign's regions (or it has none). */
function NotEligible({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const me = useSession();
  const region = useRegionName();
  const myRegion = activeMembership(me)?.companyRegionCode ?? null;
  const regions = campaign.regions.map(region).join(language === 'en' ? ', ' : '、');
  return (
    <Card title={t('groupBuy.join.title')} data-testid="campaign-join">
      <Alert
        type="warning"
        showIcon
        data-testid="campaign-not-eligible"
        title={
          myRegion
            ? t('groupBuy.join.notEligible', { region: region(myRegion), regions })
            : t('groupBuy.join.notEligibleNoRegion', { regions })
        }
      />
    </Card>
  );
}

/**
 * The join form: the whole quantity to commit and its delivery month, checked on the field
 * before anything is sent (the per-buyer limits, the room left before the maximum, at most 3
 * decimals, after the lock time only up and the same month); the deposit it holds, computed
 * exactly as the server does, and the price if the pool ended at today's total with it.
 */
function JoinForm({
  campaign,
  locked,
  canChangeMonth,
}: {
  campaign: CampaignView;
  locked: boolean;
  canChangeMonth: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const f = useFigures('groupBuy');
  const month = useMonthName();
  const [form] = Form.useForm<JoinValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const join = useJoinCampaign();
  const mine = campaign.mine;
  const terms = joinTermsOf(campaign, locked);
  const most = mostAllowed(terms);
  const quantity = ((Form.useWatch('quantity', form) as string | undefined) ?? '').trim();
  const typed = QUANTITY.test(quantity) && /[1-9]/.test(quantity);
  const deposit = typed ? depositMinor(campaign.ladder, quantity, campaign.depositBps) : null;
  const priceNow = typed ? priceIfEndsNow(campaign, quantity) : null;
  const valueNow = priceNow ? amountMinor(priceNow, quantity) : null;
  const qty = (v: string) => f.quantity(v, campaign.unit);
  const lockedText = t('groupBuy.join.locked', { time: formatMoment(campaign.lockAt, language) });

  const quantityText = (value: string | undefined) => {
    const p = joinQuantityProblem(value, terms);
    if (p === null) return null;
    if (p === 'belowMin')
      return t('groupBuy.join.problem.belowMin', { min: qty(campaign.perBuyerMin ?? '0') });
    if (p === 'aboveMax')
      return t('groupBuy.join.problem.aboveMax', { max: qty(campaign.perBuyerMax ?? '0') });
    if (p === 'aboveRoom')
      return t('groupBuy.join.problem.roomLeft', { room: qty(campaign.progress.room ?? '0') });
    if (p === 'lockedReduce')
      return t('groupBuy.join.problem.lockedReduce', { quantity: qty(mine?.quantity ?? '0') });
    return t(`groupBuy.join.problem.${p}`);
  };

  const handleFinish = async (values: JoinValues) => {
    setAlert(null);
    try {
      const next = await join.mutateAsync({
        campaignId: campaign.id,
        quantity: (values.quantity ?? '').trim(),
        deliveryMonth: values.deliveryMonth ?? '',
      });
      void message.success(
        next.pendingRequest?.status === 'pending_approval'
          ? t('groupBuy.join.submittedForApproval')
          : mine
            ? t('groupBuy.join.changed')
            : t('groupBuy.join.joined', { number: campaign.number }),
      );
    } catch (error) {
      // a conflict with the pool or the clock: the campaign is read again (room, status)
      if (apiProblem(error).status === 409)
        void queryClient.invalidateQueries({ queryKey: campaignKey(campaign.id) });
      if (refusalCode(error) === 'JOIN_ABOVE_MAX_TOTAL') {
        const room = refusalParams(error)['room'] ?? '0';
        form.setFields([
          { name: 'quantity', errors: [t('groupBuy.join.problem.roomLeft', { room: qty(room) })] },
        ]);
        return;
      }
      const { placed, needsAlert } = formProblems(error, language, { fields: ['quantity', 'deliveryMonth'] });
      form.setFields(placed as Parameters<typeof form.setFields>[0]);
      setAlert(needsAlert ? errorText(error) : null);
    }
  };

  return (
    <Form<JoinValues>
      form={form}
      layout="vertical"
      initialValues={{
        quantity: mine ? plainDecimal(mine.quantity) : '',
        deliveryMonth:
          mine?.deliveryMonth ??
          (campaign.deliveryMonths.length === 1 ? campaign.deliveryMonths[0] : undefined),
      }}
      onFinish={(values) => void handleFinish(values)}
      data-testid="join-form"
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          closable
          onClose={() => setAlert(null)}
          style={{ marginBottom: 16 }}
          data-testid="join-alert"
        />
      )}
      {locked && mine && (
        <Alert
          type="warning"
          showIcon
          title={lockedText}
          style={{ marginBottom: 16 }}
          data-testid="join-locked"
        />
      )}
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item
            name="quantity"
            label={mine ? t('groupBuy.join.quantityChange') : t('groupBuy.join.quantity')}
            rules={[checkedBy((value: string | undefined) => quantityText(value))]}
            extra={
              <span style={NUMERIC} data-testid="join-limits">
                {[
                  campaign.perBuyerMin !== null
                    ? t('groupBuy.join.min', { quantity: qty(campaign.perBuyerMin) })
                    : null,
                  most !== null ? t('groupBuy.join.most', { quantity: qty(most) }) : null,
                  locked && mine ? t('groupBuy.join.onlyUp', { quantity: qty(mine.quantity) }) : null,
                ]
                  .filter(Boolean)
                  .join(language === 'en' ? ' · ' : '；')}
              </span>
            }
          >
            <DecimalInput
              size="large"
              placeholder={t('groupBuy.join.quantityPlaceholder')}
              suffix={<Typography.Text type="secondary">{f.unit(campaign.unit)}</Typography.Text>}
              data-testid="join-quantity-input"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="deliveryMonth"
            label={t('groupBuy.join.month')}
            extra={mine && !canChangeMonth ? t('groupBuy.join.monthLocked') : t('groupBuy.join.monthHint')}
            rules={[
              { required: true, message: t('groupBuy.join.problem.month') },
              checkedBy((value: string | undefined) =>
                mine && !canChangeMonth && value !== mine.deliveryMonth
                  ? t('groupBuy.join.monthLocked')
                  : null,
              ),
            ]}
          >
            <Select<string>
              size="large"
              disabled={!!mine && !canChangeMonth}
              placeholder={t('groupBuy.join.monthPlaceholder')}
              aria-label={t('groupBuy.join.month')}
              options={campaign.deliveryMonths.map((m) => ({ value: m, label: month(m) }))}
              data-testid="join-month-select"
            />
          </Form.Item>
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'deposit',
            label: t('groupBuy.join.deposit'),
            children: (
              <Flex vertical gap={0}>
                <span style={{ ...NUMERIC, fontWeight: 600 }} data-testid="join-deposit">
                  {deposit === null ? t('groupBuy.common.none') : f.money(deposit, campaign.currency)}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('groupBuy.join.depositRule', {
                    percent: bpsToPercent(campaign.depositBps),
                    price: f.perUnit(campaign.ladder[0]?.unitPrice ?? '0', campaign.unit, campaign.currency),
                  })}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'price',
            label: t('groupBuy.join.priceNow'),
            children: (
              <span style={NUMERIC} data-testid="join-price-now">
                {priceNow === null || valueNow === null
                  ? t('groupBuy.common.none')
                  : t('groupBuy.join.priceNowText', {
                      price: f.perUnit(priceNow, campaign.unit, campaign.currency),
                      amount: f.money(valueNow, campaign.currency),
                    })}
              </span>
            ),
          },
        ]}
      />
      <Button
        type="primary"
        size="large"
        htmlType="submit"
        icon={<CheckOutlined />}
        loading={join.isPending}
        data-testid="join-submit"
      >
        {mine ? t('groupBuy.join.submitChange') : t('groupBuy.join.submit')}
      </Button>
    </Form>
  );
}

/**
 * The buyer's join panel (`eligible` companies while the campaign is open, and any company that
 * committed): my commitment with its deposit and, once settled, its order; the join form (one
 * `PUT` of the whole commitment: join, raise until the deadline, reduce or change the month only
 * before the lock time); withdrawing (a `DELETE`, only before the lock time — after it the button
 * is disabled with the reason). A company outside the regions is told why it may not join.
 */
export function JoinPanel({ campaign, offset }: { campaign: CampaignView; offset: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const [alert, setAlert] = useState<string | null>(null);
  const withdraw = useWithdrawCommitment();
  const { locked, closed } = useJoinClock(campaign, offset);
  const rights = commitmentRights(campaign, { locked, closed });
  const mine = campaign.mine;
  const canJoin = hasPermission(me, 'group_buy:join');

  if (!campaign.eligible && !mine) return <NotEligible campaign={campaign} />;

  const handleWithdraw = () =>
    modal.confirm({
      title: t('groupBuy.join.withdrawTitle', { number: campaign.number }),
      content: t('groupBuy.join.withdrawHint'),
      okText: t('groupBuy.join.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('groupBuy.common.cancel'),
      onOk: async () => {
        setAlert(null);
        try {
          await withdraw.mutateAsync({ campaignId: campaign.id });
          void message.success(t('groupBuy.join.withdrawn'));
        } catch (error) {
          setAlert(errorText(error));
        }
      },
    });

  const lockedText = t('groupBuy.join.locked', { time: formatMoment(campaign.lockAt, language) });

  return (
    <Card title={t('groupBuy.join.title')} data-testid="campaign-join">
      <Flex vertical gap={16}>
        {alert && (
          <Alert
            type="error"
            showIcon
            title={alert}
            closable
            onClose={() => setAlert(null)}
            data-testid="join-alert"
          />
        )}
        {campaign.pendingRequest && <PendingRequest campaign={campaign} request={campaign.pendingRequest} />}
        {mine && (
          <MyCommitment
            campaign={campaign}
            mine={mine}
            canWithdraw={rights.withdraw && canJoin}
            withdrawBlocked={rights.raise && !rights.withdraw ? lockedText : null}
            onWithdraw={handleWithdraw}
            withdrawing={withdraw.isPending}
          />
        )}
        {!rights.raise && campaign.progress.status === 'open' && (
          <Alert type="info" showIcon title={t('groupBuy.join.closedDeadline')} data-testid="join-closed" />
        )}
        {rights.raise && !canJoin && (
          <Alert type="info" showIcon title={t('groupBuy.join.noPermission')} data-testid="join-closed" />
        )}
        {rights.raise && canJoin && (
          <JoinForm
            key={mine?.updatedAt ?? 'new'}
            campaign={campaign}
            locked={locked}
            canChangeMonth={rights.changeMonth}
          />
        )}
      </Flex>
    </Card>
  );
}
