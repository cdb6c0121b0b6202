import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeader, useErrorText } from '@tradeway/web/ui';
import { DelegationsSection } from '../components/DelegationsSection';
import { InboxTable } from '../components/InboxTable';
import { PAGE_SIZE, useInbox } from '../data/approvals.queries';
import { APPROVALS_PATH, DELEGATIONS_PATH, requestPath } from '../paths';

type Tab = 'pending' | 'decided' | 'delegations';

const pageOf = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/**
 * `/approvals`: what waits for my decision (mine, and that of colleagues I stand in for),
 * what I decided (`?status=decided`), both paged on the server (`&page=`); and
 * `/approvals/delegations`: who stands in for me, and for whom I stand in.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const tab: Tab =
    location.pathname === DELEGATIONS_PATH
      ? 'delegations'
      : params.get('status') === 'decided'
        ? 'decided'
        : 'pending';
  const status = tab === 'decided' ? 'decided' : 'pending';
  const page = pageOf(params.get('page'));
  const inbox = useInbox(status, tab === 'delegations' ? 1 : page);
  const pendingCount = useInbox('pending', 1).data?.total;
  const errorText = useErrorText();

  const handleTab = (key: string) => {
    if (key === 'delegations') void navigate(DELEGATIONS_PATH);
    else void navigate(key === 'decided' ? `${APPROVALS_PATH}?status=decided` : APPROVALS_PATH);
  };
  const handlePage = (next: number) => {
    const nextParams = new URLSearchParams(params);
    if (next > 1) nextParams.set('page', String(next));
    else nextParams.delete('page');
    setParams(nextParams);
  };

  const table = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {inbox.isError && <Alert type="error" showIcon title={errorText(inbox.error)} />}
      <InboxTable
        status={status}
        items={inbox.data?.items ?? []}
        total={inbox.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        loading={inbox.isPending || inbox.isPlaceholderData}
        onPageChange={handlePage}
        onOpen={(item) =>
          void navigate(requestPath(item.requestId, item.onBehalfOf ? item.approverUserId : undefined))
        }
      />
    </Space>
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <PageHeader title={t('approvals.inbox.title')} hint={t('approvals.inbox.hint')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={handleTab}
          data-testid="inbox-tabs"
          tabBarExtraContent={
            tab !== 'delegations' && (
              <Button
                size="small"
                icon={<ReloadOutlined />}
                loading={inbox.isFetching}
                onClick={() => void inbox.refetch()}
              >
                {t('approvals.common.refresh')}
              </Button>
            )
          }
          items={[
            {
              key: 'pending',
              label: (
                <Space size={6}>
                  {t('approvals.inbox.tabs.pending')}
                  {!!pendingCount && <Badge count={pendingCount} size="small" data-testid="pending-count" />}
                </Space>
              ),
              children: tab === 'pending' ? table : null,
            },
            {
              key: 'decided',
              label: t('approvals.inbox.tabs.decided'),
              children: tab === 'decided' ? table : null,
            },
            {
              key: 'delegations',
              label: t('approvals.inbox.tabs.delegations'),
              children: tab === 'delegations' ? <DelegationsSection /> : null,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
