import { ArrowLeftOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { Amount } from '../components/Amount';
import { RequisitionStatusTag } from '../components/StatusTags';
import { useCategories, useDepartments } from '../data/company.queries';
import { useRequisition, useWithdrawRequisition } from '../data/requisitions.queries';
import type { RequisitionView } from '../data/types';
import { editRequisitionPath, REQUISITIONS_PATH, requestPath } from '../paths';
import { formatDateTime } from '../utils/format';

type Line = RequisitionView['lines'][number];

/**
 * `/requisitions/:requisitionId`: the lines and total, the status with a link to the
 * approval, and for its requester: edit (which restarts approval) and withdraw.
 */
export function RequisitionDetailPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const { requisitionId } = useParams();
  const requisition = useRequisition(requisitionId);
  const departments = useDepartments(hasPermission(me, 'company:view'));
  const categories = useCategories();
  const withdraw = useWithdrawRequisition();

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(REQUISITIONS_PATH)}>
      {t('approvals.requisitions.back')}
    </Button>
  );
  if (requisition.isError) {
    return apiProblem(requisition.error).status === 404 ? (
      <Result status="404" title={t('approvals.requisitions.notFound')} extra={back} />
    ) : (
      <Alert type="error" showIcon title={errorText(requisition.error)} action={back} />
    );
  }
  if (!requisition.data) return <Skeleton active />;
  const r = requisition.data;
  const mine = r.requesterId === me.user.id || r.ownerId === me.user.id;
  const canEdit =
    mine &&
    hasPermission(me, 'requisition:create') &&
    (r.status === 'pending_approval' || r.status === 'rejected');
  const department = departments.data?.items.find((d) => d.id === r.departmentId);
  const categoryName = (id: string | undefined) => {
    const c = id ? categories.data?.items.find((x) => x.id === id) : undefined;
    return c ? (language === 'en' ? c.nameEn : c.nameZh) : t('approvals.common.none');
  };

  const handleWithdraw = async () => {
    try {
      await withdraw.mutateAsync({ requisitionId: r.id });
      void message.success(t('approvals.requisitions.withdrawn'));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <PageHeader
        title={
          <Space size={12} wrap align="center">
            <span data-testid="requisition-title">{r.title}</span>
            <RequisitionStatusTag status={r.status} />
          </Space>
        }
        hint={r.number}
        extra={
          <>
            {canEdit && (
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(editRequisitionPath(r.id))}
                data-testid="edit-requisition"
              >
                {t('approvals.common.edit')}
              </Button>
            )}
            {mine && r.status === 'pending_approval' && (
              <Popconfirm
                title={t('approvals.requisitions.confirmWithdraw')}
                okText={t('approvals.requisitions.withdraw')}
                cancelText={t('approvals.common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={handleWithdraw}
              >
                <Button
                  danger
                  icon={<RollbackOutlined />}
                  loading={withdraw.isPending}
                  data-testid="withdraw-requisition"
                >
                  {t('approvals.requisitions.withdraw')}
                </Button>
              </Popconfirm>
            )}
            {back}
          </>
        }
      />
      {canEdit && r.status === 'pending_approval' && (
        <Alert type="info" showIcon title={t('approvals.requisitions.editRestarts')} />
      )}
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('approvals.requisitions.total')}>
            <Amount minor={r.totalMinor} currency={r.currency} strong testId="requisition-detail-total" />
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.requisitions.requester')}>
            {r.requesterName}
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.requisitionForm.department')}>
            {department ? `${department.name} (${department.budgetCode})` : t('approvals.common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.requisitions.created')}>
            {formatDateTime(r.createdAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.requisitions.updated')}>
            {formatDateTime(r.updatedAt)}
            {r.version > 1 && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {t('approvals.request.version', { version: r.version })}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.requisitions.approval')}>
            {r.approvalRequestId ? (
              <Link to={requestPath(r.approvalRequestId)} data-testid="approval-link">
                {t('approvals.requisitions.openApproval')}
              </Link>
            ) : (
              <Typography.Text type="secondary">{t('approvals.requisitions.noApproval')}</Typography.Text>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('approvals.requisitionForm.lines')}>
        <Table<Line>
          data-testid="requisition-lines"
          rowKey={(_, i) => String(i)}
          size="middle"
          pagination={false}
          dataSource={r.lines}
          columns={[
            { title: '#', key: 'n', width: 48, render: (_, __, i) => i + 1 },
            { title: t('approvals.requisitionForm.description'), dataIndex: 'description', ellipsis: true },
            {
              title: t('approvals.requisitionForm.category'),
              key: 'category',
              width: 160,
              render: (_, l) => categoryName(l.categoryId),
            },
            {
              title: t('approvals.requisitionForm.quantity'),
              key: 'qty',
              align: 'right',
              width: 140,
              render: (_, l) => `${l.quantity} ${l.unit}`,
            },
            {
              title: t('approvals.requisitionForm.unitPrice'),
              key: 'price',
              align: 'right',
              width: 160,
              render: (_, l) => <Amount minor={l.unitPriceMinor} currency={r.currency} />,
            },
            {
              title: t('approvals.requisitionForm.lineTotal'),
              key: 'total',
              align: 'right',
              width: 180,
              render: (_, l) => <Amount minor={l.lineTotalMinor} currency={r.currency} />,
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5} align="right">
                <Typography.Text strong>{t('approvals.requisitionForm.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Amount minor={r.totalMinor} currency={r.currency} strong />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
    </Space>
  );
}
