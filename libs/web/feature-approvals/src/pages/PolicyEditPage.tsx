import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Result, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { PolicyForm } from '../components/PolicyForm';
import { usePolicyNames } from '../components/use-policy-names';
import { useCreatePolicy, useDeletePolicy, usePolicies, useUpdatePolicy } from '../data/policies.queries';
import type { SubjectType } from '../data/types';
import { POLICIES_PATH } from '../paths';
import { emptyPolicy, SUBJECT_TYPES, toPolicyFormValues } from '../utils/policy-form';

/** `/approval-policies/new` (`?subjectType=`) and `/approval-policies/:policyId`: the policy editor. */
export function PolicyEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { policyId } = useParams();
  const [params] = useSearchParams();
  const policies = usePolicies();
  const create = useCreatePolicy();
  const update = useUpdatePolicy();
  const remove = useDeletePolicy();
  const { canSeeMembers, members, roles, departments, categories } = usePolicyNames();

  if (policyId && policies.isError) return <Alert type="error" showIcon title={errorText(policies.error)} />;
  if (policyId && !policies.data) return <Skeleton active />;
  const policy = policyId ? policies.data?.items.find((p) => p.id === policyId) : undefined;
  if (policyId && !policy) {
    return (
      <Result
        status="404"
        title={t('approvals.policies.notFound')}
        extra={<Button onClick={() => void navigate(POLICIES_PATH)}>{t('approvals.policies.back')}</Button>}
      />
    );
  }
  const wanted = params.get('subjectType') as SubjectType | null;
  const initial = policy
    ? toPolicyFormValues(policy)
    : emptyPolicy(wanted && SUBJECT_TYPES.includes(wanted) ? wanted : 'purchase_requisition');

  const handleDelete = async () => {
    if (!policy) return;
    try {
      await remove.mutateAsync({ policyId: policy.id });
      void message.success(t('approvals.policies.deleted', { name: policy.name }));
      await navigate(POLICIES_PATH);
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <PageHeader
        title={
          policy
            ? t('approvals.policyForm.editTitle', { name: policy.name })
            : t('approvals.policyForm.newTitle')
        }
        hint={policy ? t('approvals.policyForm.editHint') : t('approvals.policyForm.newHint')}
      />
      <PolicyForm
        key={policy ? `${policy.id}:${policy.version}` : 'new'}
        initialValues={initial}
        members={members.data?.items ?? []}
        membersAvailable={canSeeMembers}
        customRoles={roles.data?.custom ?? []}
        departments={departments.data?.items ?? []}
        categories={categories.data?.items ?? []}
        submitLabel={t('approvals.common.save')}
        onSubmit={async (payload) => {
          if (policy) await update.mutateAsync({ ...payload, policyId: policy.id });
          else await create.mutateAsync(payload);
          void message.success(t('approvals.policies.saved', { name: payload.name }));
          await navigate(POLICIES_PATH);
        }}
        onCancel={() => void navigate(POLICIES_PATH)}
        extraActions={
          policy && (
            <Popconfirm
              title={t('approvals.policies.confirmDelete', { name: policy.name })}
              description={t('approvals.policies.deleteHint')}
              okText={t('approvals.common.delete')}
              cancelText={t('approvals.common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={handleDelete}
            >
              <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                {t('approvals.common.delete')}
              </Button>
            </Popconfirm>
          )
        }
      />
    </Space>
  );
}
