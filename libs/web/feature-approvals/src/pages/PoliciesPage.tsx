import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { useLevelText } from '../components/level-text';
import { useConditionsText } from '../components/policy-summary';
import { SpendingLimitsSection } from '../components/SpendingLimitsSection';
import { useDeletePolicy, usePolicies } from '../data/policies.queries';
import type { PolicyView, SubjectType } from '../data/types';
import { NEW_POLICY_PATH, policyPath } from '../paths';
import { sortPolicies, SUBJECT_TYPES } from '../utils/policy-form';
import { usePolicyNames } from '../components/use-policy-names';

/**
 * `/approval-policies`: the company's policies by subject type and priority (the first
 * active one whose conditions match decides), with the spending limits below.
 */
export function PoliciesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const policies = usePolicies();
  const remove = useDeletePolicy();
  const [removing, setRemoving] = useState<string | null>(null);
  const { names } = usePolicyNames();
  const conditionsText = useConditionsText(names);
  const { approvers, rule } = useLevelText(names.people);

  const filter = params.get('subjectType') as SubjectType | null;
  const items = sortPolicies(policies.data?.items ?? []).filter((p) => !filter || p.subjectType === filter);

  const handleDelete = async (p: PolicyView) => {
    setRemoving(p.id);
    try {
      await remove.mutateAsync({ policyId: p.id });
      void message.success(t('approvals.policies.deleted', { name: p.name }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setRemoving(null);
    }
  };

  const columns: TableColumnsType<PolicyView> = [
    {
      title: t('approvals.policyForm.subjectType'),
      dataIndex: 'subjectType',
      width: 110,
      render: (s: SubjectType) => t(`approvals.subjectType.${s}`),
    },
    { title: t('approvals.policyForm.priority'), dataIndex: 'priority', width: 76, align: 'right' },
    {
      title: t('approvals.policyForm.name'),
      key: 'name',
      width: 220,
      render: (_, p) => (
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid="policy-name">
            {p.name}
          </Typography.Text>
          {!p.active && (
            <span>
              <Tag>{t('approvals.policies.inactive')}</Tag>
            </span>
          )}
        </Flex>
      ),
    },
    {
      title: t('approvals.policyForm.conditions'),
      key: 'conditions',
      render: (_, p) => (
        <Flex vertical gap={2}>
          {conditionsText(p.conditions).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </Flex>
      ),
    },
    {
      title: t('approvals.policyForm.levels'),
      key: 'levels',
      width: 380,
      render: (_, p) =>
        p.levels.length === 0 ? (
          <Tag color="success">{t('approvals.policies.noApproval')}</Tag>
        ) : (
          <ol style={{ margin: 0, paddingInlineStart: 18 }} data-testid="policy-levels">
            {[...p.levels]
              .sort((a, b) => a.order - b.order)
              .map((l) => (
                <li key={l.order}>
                  <Typography.Text>{approvers(l)}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {rule(l)}
                  </Typography.Text>
                </li>
              ))}
          </ol>
        ),
    },
    {
      key: 'actions',
      width: 88,
      align: 'right',
      render: (_, p) => (
        <Flex gap={4} justify="flex-end">
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => void navigate(policyPath(p.id))}
            aria-label={t('approvals.policies.editNamed', { name: p.name })}
          />
          <Popconfirm
            title={t('approvals.policies.confirmDelete', { name: p.name })}
            description={t('approvals.policies.deleteHint')}
            okText={t('approvals.common.delete')}
            cancelText={t('approvals.common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => handleDelete(p)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              loading={removing === p.id}
              aria-label={t('approvals.policies.deleteNamed', { name: p.name })}
            />
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('approvals.policies.title')}
        hint={t('approvals.policies.hint')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(NEW_POLICY_PATH)}
            data-testid="new-policy"
          >
            {t('approvals.policies.new')}
          </Button>
        }
      />
      <Card
        title={t('approvals.policies.listTitle')}
        extra={
          <Select<string>
            style={{ width: 220 }}
            value={filter ?? 'all'}
            aria-label={t('approvals.policyForm.subjectType')}
            onChange={(v) => setParams(v === 'all' ? {} : { subjectType: v })}
            options={[
              { value: 'all', label: t('approvals.policies.allSubjects') },
              ...SUBJECT_TYPES.map((s) => ({ value: s, label: t(`approvals.subjectType.${s}`) })),
            ]}
          />
        }
      >
        {policies.isError && (
          <Alert type="error" showIcon title={errorText(policies.error)} style={{ marginBottom: 16 }} />
        )}
        <Table<PolicyView>
          data-testid="policies-table"
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          columns={columns}
          dataSource={items}
          loading={policies.isPending}
          pagination={false}
          locale={{ emptyText: t('approvals.policies.empty') }}
        />
      </Card>
      <SpendingLimitsSection />
    </Space>
  );
}
