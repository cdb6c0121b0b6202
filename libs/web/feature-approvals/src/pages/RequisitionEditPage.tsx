import { Alert, App, Result, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { RequisitionForm } from '../components/RequisitionForm';
import { useCategories, useDepartments } from '../data/company.queries';
import { useCreateRequisition, useRequisition, useUpdateRequisition } from '../data/requisitions.queries';
import { REQUISITIONS_PATH, requisitionPath } from '../paths';
import { emptyRequisition, toRequisitionFormValues } from '../utils/requisition-form';

/** `/requisitions/new` and `/requisitions/:requisitionId/edit`: the requisition form. */
export function RequisitionEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const { requisitionId } = useParams();
  const editing = !!requisitionId;
  const existing = useRequisition(requisitionId);
  const departments = useDepartments(hasPermission(me, 'company:view'));
  const categories = useCategories();
  const create = useCreateRequisition();
  const update = useUpdateRequisition();

  if (editing && existing.isError) return <Alert type="error" showIcon title={errorText(existing.error)} />;
  if (editing && !existing.data) return <Skeleton active />;
  const r = existing.data;
  if (r && (r.status === 'approved' || r.status === 'withdrawn')) {
    return (
      <Result
        status="warning"
        title={t('approvals.requisitionForm.cannotEdit', {
          status: t(`approvals.requisitionStatus.${r.status}`),
        })}
      />
    );
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <PageHeader
        title={
          r
            ? t('approvals.requisitionForm.editTitle', { number: r.number })
            : t('approvals.requisitionForm.newTitle')
        }
        hint={t('approvals.requisitionForm.hint')}
      />
      <RequisitionForm
        initialValues={r ? toRequisitionFormValues(r) : emptyRequisition()}
        departments={departments.data?.items ?? []}
        departmentsLoading={departments.isPending && departments.fetchStatus !== 'idle'}
        categories={categories.data?.items ?? []}
        submitLabel={t(r ? 'approvals.requisitionForm.saveAndRestart' : 'approvals.requisitionForm.submit')}
        notice={
          r?.status === 'pending_approval' ? (
            <Alert
              type="warning"
              showIcon
              title={t('approvals.requisitionForm.restartsApproval')}
              data-testid="restart-notice"
            />
          ) : r?.status === 'rejected' ? (
            <Alert type="info" showIcon title={t('approvals.requisitionForm.resubmits')} />
          ) : undefined
        }
        onSubmit={async (payload) => {
          const saved = r
            ? await update.mutateAsync({ ...payload, requisitionId: r.id })
            : await create.mutateAsync(payload);
          void message.success(
            t(
              saved.status === 'approved'
                ? 'approvals.requisitionForm.savedApproved'
                : 'approvals.requisitionForm.savedPending',
            ),
          );
          await navigate(requisitionPath(saved.id));
        }}
        onCancel={() => void navigate(r ? requisitionPath(r.id) : REQUISITIONS_PATH)}
      />
    </Space>
  );
}
