import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblem } from '@tradeway/web/data-access';
import { useErrorText } from '@tradeway/web/ui';
import type { DecisionPayload } from '../data/types';
import { type DecisionOption, type DecisionRefusal, decisionRefusal, isStale } from '../utils/approval-view';
import { useFieldMessage } from './use-form-errors';

interface DecisionValues {
  as: string;
  comment?: string;
}

export interface DecisionPanelProps {
  requestId: string;
  options: DecisionOption[];
  /** The colleague to decide for first (from the inbox row), when the user may. */
  preferred?: string | null;
  onDecide: (payload: DecisionPayload) => Promise<unknown>;
  /** The API refused the decision (shown by the page, which also reloads a stale request). */
  onRefused: (refusal: Refusal | null) => void;
}

/** A refused decision: which known refusal (if any) and the API's message in the page's language. */
export interface Refusal {
  kind: DecisionRefusal | undefined;
  text: string;
}

/** Why the API refused a decision, with a title of our own for the known refusals. */
export function RefusalAlert({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="decision-error"
      data-code={refusal.kind ?? ''}
      title={refusal.kind ? t(`approvals.decision.refused.${refusal.kind}`) : refusal.text}
      description={
        refusal.kind ? (
          <>
            {refusal.text}
            {isStale(refusal.kind) && <div>{t('approvals.decision.reloaded')}</div>}
          </>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}

const MAX_COMMENT = 1000;

/**
 * Approve or reject a pending task of the user's (or, through a delegation, of a colleague's).
 * Rejecting needs a comment, checked on the field before anything is sent; the API's
 * refusals (own request, not your level, already decided, no longer pending) are explained.
 */
export function DecisionPanel({ requestId, options, preferred, onDecide, onRefused }: DecisionPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fieldMessage = useFieldMessage();
  const [form] = Form.useForm<DecisionValues>();
  const intent = useRef<'approve' | 'reject'>('approve');
  const [pending, setPending] = useState<'approve' | 'reject' | null>(null);

  const first = options.find((o) => (o.onBehalfOfUserId ?? '') === (preferred ?? '')) ?? options[0];
  const initialAs = first?.approverUserId ?? '';

  const handleDecision = async (decision: 'approve' | 'reject') => {
    intent.current = decision;
    onRefused(null);
    let values: DecisionValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the field shows what is missing
    }
    const option = options.find((o) => o.approverUserId === values.as) ?? first;
    setPending(decision);
    try {
      await onDecide({
        requestId,
        decision,
        comment: (values.comment ?? '').trim(),
        ...(option?.onBehalfOfUserId ? { onBehalfOfUserId: option.onBehalfOfUserId } : {}),
      });
      form.resetFields();
      void message.success(
        t(decision === 'approve' ? 'approvals.decision.approvedDone' : 'approvals.decision.rejectedDone'),
      );
    } catch (error) {
      const kind = decisionRefusal(error);
      if (kind === 'COMMENT_REQUIRED') {
        form.setFields([{ name: 'comment', errors: [t('approvals.decision.commentRequired')] }]);
      } else {
        const fieldText = apiProblem(error).fields[0];
        onRefused({ kind, text: fieldText && !kind ? fieldMessage(error, fieldText) : errorText(error) });
      }
    } finally {
      setPending(null);
    }
  };

  return (
    <Form<DecisionValues>
      form={form}
      layout="vertical"
      initialValues={{ as: initialAs, comment: '' }}
      data-testid="decision-panel"
      onValuesChange={(changed) => {
        if ('comment' in changed && form.getFieldError('comment').length)
          void form.validateFields(['comment']).catch(() => undefined);
      }}
    >
      <Form.Item name="as" label={t('approvals.decision.as')} hidden={options.length < 2}>
        <Radio.Group
          options={options.map((o) => ({
            value: o.approverUserId,
            label: o.onBehalfOfUserId
              ? t('approvals.decision.onBehalf', { name: o.approverName })
              : t('approvals.decision.self', { name: o.approverName }),
          }))}
        />
      </Form.Item>
      {options.length === 1 && first?.onBehalfOfUserId && (
        <Typography.Paragraph data-testid="deciding-for">
          {t('approvals.decision.onBehalfNote', { name: first.approverName })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="comment"
        label={t('approvals.decision.comment')}
        extra={t('approvals.decision.commentHint')}
        rules={[
          { max: MAX_COMMENT, message: t('approvals.validation.tooLong', { max: MAX_COMMENT }) },
          {
            validator: (_, value: string | undefined) =>
              intent.current === 'reject' && !(value ?? '').trim()
                ? Promise.reject(new Error(t('approvals.decision.commentRequired')))
                : Promise.resolve(),
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={MAX_COMMENT}
          showCount
          placeholder={t('approvals.decision.commentPlaceholder')}
        />
      </Form.Item>
      <Flex gap={12} style={{ marginTop: 8 }}>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={pending === 'approve'}
          disabled={pending !== null}
          onClick={() => void handleDecision('approve')}
          data-testid="approve"
        >
          {t('approvals.decision.approve')}
        </Button>
        <Button
          danger
          icon={<CloseOutlined />}
          loading={pending === 'reject'}
          disabled={pending !== null}
          onClick={() => void handleDecision('reject')}
          data-testid="reject"
        >
          {t('approvals.decision.reject')}
        </Button>
      </Flex>
    </Form>
  );
}
