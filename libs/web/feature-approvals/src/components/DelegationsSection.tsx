import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useErrorText, useSession } from '@tradeway/web/ui';
import { useCreateDelegation, useDelegations, useDeleteDelegation } from '../data/approvals.queries';
import { useMembers } from '../data/company.queries';
import type { DelegationView } from '../data/types';
import { delegationRangeProblem, delegationState } from '../utils/delegation';
import { formatDateTime } from '../utils/format';
import { useFormErrors } from './use-form-errors';
import { useNow } from './use-now';

interface DelegationFormValues {
  toUserId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const STATE_COLOR = { active: 'success', upcoming: 'processing', ended: 'default' } as const;

const delegationFieldName = (path: string): Array<string | number> | null =>
  path === 'toUserId' ? ['toUserId'] : path === 'startsAt' || path === 'endsAt' ? ['range'] : null;

/** A colleague and a period: they may decide my approvals while I am away. */
function DelegationForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSession();
  const canSeeMembers = hasPermission(me, 'user:view');
  const members = useMembers(canSeeMembers);
  const create = useCreateDelegation();
  const [form] = Form.useForm<DelegationFormValues>();
  const { alert, report, clear } = useFormErrors(form, delegationFieldName);

  const handleFinish = async (values: DelegationFormValues) => {
    clear();
    const [start, end] = values.range ?? [null, null];
    try {
      await create.mutateAsync({
        toUserId: values.toUserId ?? '',
        startsAt: (start as Dayjs).toISOString(),
        endsAt: (end as Dayjs).toISOString(),
      });
      form.resetFields();
      void message.success(t('approvals.delegations.created'));
    } catch (error) {
      report(error);
    }
  };

  const colleagues = (members.data?.items ?? [])
    .filter((m) => m.userId !== me.user.id && !m.disabledAt)
    .map((m) => ({
      value: m.userId,
      label: `${m.displayName} · ${t(`approvals.role.${m.role}`)}`,
    }));

  return (
    <Form<DelegationFormValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      data-testid="delegation-form"
      style={{ maxWidth: 900 }}
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert.title}
          description={alert.details.join('\n') || undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {!canSeeMembers && (
        <Alert
          type="info"
          showIcon
          title={t('approvals.delegations.noMemberList')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Flex gap={16} wrap align="flex-start">
        <Form.Item
          name="toUserId"
          label={t('approvals.delegations.to')}
          rules={[{ required: true, message: t('approvals.delegations.toRequired') }]}
          style={{ flex: '1 1 240px', minWidth: 220 }}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={colleagues}
            loading={members.isPending && canSeeMembers}
            disabled={!canSeeMembers}
            placeholder={t('approvals.delegations.toPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="range"
          label={t('approvals.delegations.period')}
          style={{ flex: '2 1 380px' }}
          rules={[
            {
              validator: (_, value: DelegationFormValues['range']) => {
                const problem = delegationRangeProblem(
                  [value?.[0]?.toDate() ?? null, value?.[1]?.toDate() ?? null],
                  new Date(),
                );
                return problem
                  ? Promise.reject(new Error(t(`approvals.delegations.range.${problem}`)))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            placeholder={[t('approvals.delegations.startsAt'), t('approvals.delegations.endsAt')]}
          />
        </Form.Item>
        <Form.Item label=" " colon={false}>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PlusOutlined />}
            loading={create.isPending}
            disabled={!canSeeMembers}
          >
            {t('approvals.delegations.create')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}

/** Delegations from me (which I may end) and to me, with whether they are in force now. */
export function DelegationsSection() {
  const { t } = useTranslation();
  const me = useSession();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const delegations = useDelegations();
  const remove = useDeleteDelegation();
  const [removing, setRemoving] = useState<string | null>(null);
  const now = useNow();

  const handleDelete = async (d: DelegationView) => {
    setRemoving(d.id);
    try {
      await remove.mutateAsync({ delegationId: d.id });
      void message.success(t('approvals.delegations.deleted'));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setRemoving(null);
    }
  };

  const columns: TableColumnsType<DelegationView> = [
    {
      title: t('approvals.delegations.direction'),
      key: 'direction',
      width: 110,
      render: (_, d) =>
        d.fromUserId === me.user.id ? (
          <Tag color="blue">{t('approvals.delegations.fromMe')}</Tag>
        ) : (
          <Tag color="purple">{t('approvals.delegations.toMe')}</Tag>
        ),
    },
    { title: t('approvals.delegations.from'), dataIndex: 'fromName', ellipsis: true },
    { title: t('approvals.delegations.to'), dataIndex: 'toName', ellipsis: true },
    { title: t('approvals.delegations.startsAt'), dataIndex: 'startsAt', width: 160, render: formatDateTime },
    { title: t('approvals.delegations.endsAt'), dataIndex: 'endsAt', width: 160, render: formatDateTime },
    {
      title: t('approvals.delegations.state'),
      key: 'state',
      width: 100,
      render: (_, d) => {
        const state = delegationState(d, now);
        return <Tag color={STATE_COLOR[state]}>{t(`approvals.delegations.states.${state}`)}</Tag>;
      },
    },
    {
      key: 'actions',
      width: 90,
      align: 'right',
      render: (_, d) =>
        d.fromUserId === me.user.id && (
          <Popconfirm
            title={t('approvals.delegations.confirmDelete', { name: d.toName })}
            okText={t('approvals.common.delete')}
            cancelText={t('approvals.common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => handleDelete(d)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} loading={removing === d.id}>
              {t('approvals.common.delete')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('approvals.delegations.hint')}
      </Typography.Paragraph>
      {hasPermission(me, 'approval:decide') && <DelegationForm />}
      {delegations.isError && <Alert type="error" showIcon title={errorText(delegations.error)} />}
      <Table<DelegationView>
        data-testid="delegations-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={delegations.data?.items ?? []}
        loading={delegations.isPending}
        pagination={false}
        locale={{ emptyText: t('approvals.delegations.empty') }}
      />
    </Flex>
  );
}
