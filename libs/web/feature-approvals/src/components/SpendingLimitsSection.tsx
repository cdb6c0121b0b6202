import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useErrorText, useSession } from '@tradeway/web/ui';
import { useDepartments, useMembers } from '../data/company.queries';
import { useDeleteSpendingLimit, useSetSpendingLimit, useSpendingLimits } from '../data/policies.queries';
import type { SpendingLimitView } from '../data/types';
import { formatDate } from '../utils/format';
import { parseYuan, toMinor, usedPercent } from '../utils/money';
import { Amount } from './Amount';
import { yuanRules } from './form-rules';
import { useFormErrors } from './use-form-errors';

type Period = SpendingLimitView['period'];
const PERIODS: Period[] = ['day', 'week', 'month', 'year'];

interface LimitValues {
  target: 'user' | 'department';
  userId?: string;
  departmentId?: string;
  period: Period;
  limit: string;
}

const limitFieldName = (path: string): Array<string | number> | null =>
  path === 'userId' || path === 'departmentId' || path === 'period'
    ? [path]
    : path === 'limitMinor'
      ? ['limit']
      : null;

/** A limit for one user or one department per day, week, month or year (replaces the same one). */
function LimitModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSession();
  const members = useMembers(hasPermission(me, 'user:view'));
  const departments = useDepartments(hasPermission(me, 'company:view'));
  const set = useSetSpendingLimit();
  const [form] = Form.useForm<LimitValues>();
  const target = Form.useWatch('target', form) ?? 'user';
  const { alert, report, clear } = useFormErrors(form, limitFieldName);

  const handleFinish = async (v: LimitValues) => {
    clear();
    try {
      await set.mutateAsync({
        ...(v.target === 'user' ? { userId: v.userId } : { departmentId: v.departmentId }),
        period: v.period,
        limitMinor: String(parseYuan(v.limit)),
      });
      void message.success(t('approvals.limits.saved'));
      form.resetFields();
      onClose();
    } catch (error) {
      report(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('approvals.limits.set')}
      okText={t('approvals.common.save')}
      cancelText={t('approvals.common.cancel')}
      confirmLoading={set.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<LimitValues>
        form={form}
        layout="vertical"
        initialValues={{ target: 'user', period: 'month', limit: '' }}
        onFinish={handleFinish}
        data-testid="limit-form"
        preserve={false}
      >
        {alert && <Alert type="error" showIcon title={alert.title} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph type="secondary">{t('approvals.limits.replaceHint')}</Typography.Paragraph>
        <Form.Item name="target" label={t('approvals.limits.for')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'user', label: t('approvals.limits.aUser') },
              { value: 'department', label: t('approvals.limits.aDepartment') },
            ]}
          />
        </Form.Item>
        {target === 'user' ? (
          <Form.Item
            name="userId"
            label={t('approvals.limits.user')}
            rules={[{ required: true, message: t('approvals.validation.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={members.isPending && members.fetchStatus !== 'idle'}
              options={(members.data?.items ?? [])
                .filter((m) => !m.disabledAt)
                .map((m) => ({
                  value: m.userId,
                  label: `${m.displayName} · ${t(`approvals.role.${m.role}`)}`,
                }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="departmentId"
            label={t('approvals.limits.department')}
            rules={[{ required: true, message: t('approvals.validation.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(departments.data?.items ?? []).map((d) => ({
                value: d.id,
                label: `${d.name} (${d.budgetCode})`,
              }))}
              notFoundContent={t('approvals.limits.noDepartments')}
            />
          </Form.Item>
        )}
        <Flex gap={16}>
          <Form.Item name="period" label={t('approvals.limits.period')} style={{ flex: '0 0 140px' }}>
            <Select options={PERIODS.map((p) => ({ value: p, label: t(`approvals.period.${p}`) }))} />
          </Form.Item>
          <Form.Item
            name="limit"
            label={t('approvals.limits.limit')}
            rules={yuanRules(t)}
            style={{ flex: 1 }}
          >
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

/** Spending limits with what is used in the current window; a purchase beyond what remains goes to approval. */
export function SpendingLimitsSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSession();
  const errorText = useErrorText();
  const limits = useSpendingLimits();
  const members = useMembers(hasPermission(me, 'user:view'));
  const departments = useDepartments(hasPermission(me, 'company:view'));
  const remove = useDeleteSpendingLimit();
  const [open, setOpen] = useState(false);

  const who = (l: SpendingLimitView) =>
    l.userId
      ? (members.data?.items.find((m) => m.userId === l.userId)?.displayName ??
        t('approvals.common.namedUser'))
      : (departments.data?.items.find((d) => d.id === l.departmentId)?.name ??
        t('approvals.limits.aDepartment'));

  const handleDelete = async (l: SpendingLimitView) => {
    try {
      await remove.mutateAsync({ limitId: l.id });
      void message.success(t('approvals.limits.deleted'));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const columns: TableColumnsType<SpendingLimitView> = [
    {
      title: t('approvals.limits.for'),
      key: 'who',
      ellipsis: true,
      render: (_, l) => (
        <Flex vertical>
          <Typography.Text strong>{who(l)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l.userId ? t('approvals.limits.aUser') : t('approvals.limits.aDepartment')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('approvals.limits.period'),
      key: 'period',
      width: 190,
      render: (_, l) => (
        <Flex vertical>
          <span>{t(`approvals.period.${l.period}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDate(l.windowStart)} – {formatDate(new Date(Date.parse(l.windowEnd) - 1).toISOString())}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('approvals.limits.limit'),
      key: 'limit',
      align: 'right',
      width: 150,
      render: (_, l) => <Amount minor={l.limitMinor} currency={l.currency} />,
    },
    {
      title: t('approvals.limits.used'),
      key: 'used',
      align: 'right',
      width: 150,
      render: (_, l) => <Amount minor={l.spentMinor} currency={l.currency} />,
    },
    {
      title: t('approvals.limits.remaining'),
      key: 'remaining',
      width: 240,
      render: (_, l) => {
        const pct = usedPercent(l.spentMinor, l.limitMinor);
        return (
          <Flex vertical gap={0}>
            <Amount minor={toMinor(l.remainingMinor) < 0n ? 0n : l.remainingMinor} currency={l.currency} />
            <Progress
              percent={pct}
              size="small"
              status={pct >= 100 ? 'exception' : pct >= 80 ? 'active' : 'normal'}
              strokeColor={pct >= 100 ? undefined : pct >= 80 ? '#faad14' : undefined}
              format={() => t('approvals.limits.usedPercent', { percent: pct })}
            />
          </Flex>
        );
      },
    },
    {
      key: 'actions',
      width: 70,
      align: 'right',
      render: (_, l) => (
        <Popconfirm
          title={t('approvals.limits.confirmDelete', { name: who(l) })}
          okText={t('approvals.common.delete')}
          cancelText={t('approvals.common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => handleDelete(l)}
        >
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('approvals.common.delete')} />
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t('approvals.limits.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="set-limit">
          {t('approvals.limits.set')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('approvals.limits.hint')}</Typography.Paragraph>
      {limits.isError && (
        <Alert type="error" showIcon title={errorText(limits.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<SpendingLimitView>
        data-testid="limits-table"
        rowKey="id"
        size="middle"
        tableLayout="fixed"
        columns={columns}
        dataSource={limits.data?.items ?? []}
        loading={limits.isPending}
        pagination={false}
        locale={{ emptyText: t('approvals.limits.empty') }}
      />
      {open && <LimitModal open onClose={() => setOpen(false)} />}
    </Card>
  );
}
