import { ArrowLeftOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { apiClient, api, apiProblem } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { DeliveryEditor } from '../components/DeliveryEditor';
import { DownloadButton } from '../components/DownloadButton';
import { PriceItemsTab } from '../components/PriceItemsTab';
import { PriceListFormModal } from '../components/PriceListFormModal';
import { PriceListKindTag, PriceListStatusTag } from '../components/StatusTags';
import { TermsEditor } from '../components/TermsEditor';
import { useListTarget } from '../components/use-list-target';
import { Validity } from '../components/Validity';
import { useWarehouses } from '../data/catalog.queries';
import { usePriceList, useUpdatePriceList } from '../data/pricing.queries';
import type { PriceListStatus, PriceListUpdate, PriceListView } from '../data/types';
import { CONTRACT_PRICES_PATH, PRICE_LISTS_PATH } from '../paths';
import { isConflict } from '../utils/conflict';
import { formatMoment } from '../utils/format';

const TABS = ['items', 'terms', 'delivery'] as const;
type Tab = (typeof TABS)[number];

/** The status changes a list allows: publish a draft, archive, back to draft. */
const TRANSITIONS: Record<PriceListStatus, PriceListStatus[]> = {
  draft: ['published', 'archived'],
  published: ['draft', 'archived'],
  archived: ['draft'],
};

/**
 * `/price-lists/:listId`: one list — its header with status actions and exports, and tabs
 * for the SKU prices, the payment terms and delivery. Every change is sent with the version
 * the page loaded; when someone else changed the list meanwhile (409), the page says so and
 * offers to reload.
 */
export function PriceListEditorPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const listTarget = useListTarget();
  const { listId } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const me = useSession();
  const canManage = hasPermission(me, 'price_list:manage');
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'items';
  const list = usePriceList(listId);
  const update = useUpdatePriceList();
  const warehouses = useWarehouses();
  const [conflict, setConflict] = useState(false);
  const [editingHeader, setEditingHeader] = useState(false);
  // The tabs' forms keep what the user typed across saves; a reload after a conflict starts them afresh.
  const [loaded, setLoaded] = useState(0);

  if (!list.data) {
    if (!list.isError) return <Skeleton active />;
    return apiProblem(list.error).status === 404 ? (
      <Result
        status="404"
        title={t('pricing.editor.notFound')}
        extra={<Button onClick={() => void navigate(PRICE_LISTS_PATH)}>{t('pricing.editor.back')}</Button>}
      />
    ) : (
      <Alert type="error" showIcon title={errorText(list.error)} />
    );
  }
  const current: PriceListView = list.data;
  const back = current.kind === 'contract' ? CONTRACT_PRICES_PATH : PRICE_LISTS_PATH;

  const reload = async () => {
    setConflict(false);
    await queryClient.invalidateQueries({ queryKey: api.pricing.getPriceList.key() });
    setLoaded((n) => n + 1);
  };

  /** Sends a change at the loaded version; a conflict is shown above the tabs, anything else rethrown to the form. */
  const save = async (change: Omit<PriceListUpdate, 'listId' | 'version'>, done: string) => {
    try {
      await update.mutateAsync({ listId: current.id, version: current.version, ...change });
      void message.success(done);
    } catch (error) {
      if (isConflict(error)) {
        setConflict(true);
        return;
      }
      throw error;
    }
  };

  const changeStatus = async (status: PriceListStatus) => {
    try {
      await save({ status }, t(`pricing.editor.statusChanged.${status}`));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const exportFile = (format: 'xlsx' | 'csv') =>
    apiClient.pricing.exportPriceList({ listId: current.id, format, locale: language });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        style={{ padding: 0 }}
        onClick={() => void navigate(back)}
      >
        {current.kind === 'contract' ? t('pricing.editor.backContract') : t('pricing.editor.back')}
      </Button>
      <PageHeader
        title={
          <Flex gap={12} align="center" wrap>
            <span data-testid="list-name">{current.name}</span>
            <PriceListStatusTag status={current.status} />
          </Flex>
        }
        extra={
          <>
            {canManage &&
              TRANSITIONS[current.status].map((to) => (
                <Popconfirm
                  key={to}
                  title={t(`pricing.editor.confirm.${to}`)}
                  okText={t(`pricing.editor.action.${to}`)}
                  cancelText={t('pricing.common.cancel')}
                  onConfirm={() => changeStatus(to)}
                >
                  <Button
                    type={to === 'published' ? 'primary' : 'default'}
                    loading={update.isPending}
                    data-testid={`status-${to}`}
                  >
                    {t(`pricing.editor.action.${to}`)}
                  </Button>
                </Popconfirm>
              ))}
            {canManage && (
              <Button icon={<EditOutlined />} onClick={() => setEditingHeader(true)} data-testid="edit-list">
                {t('pricing.editor.editHeader')}
              </Button>
            )}
            <DownloadButton
              fetchFile={() => exportFile('xlsx')}
              fileName={`${current.code}.xlsx`}
              testId="export-xlsx"
            >
              {t('pricing.editor.exportXlsx')}
            </DownloadButton>
            <DownloadButton
              fetchFile={() => exportFile('csv')}
              fileName={`${current.code}.csv`}
              testId="export-csv"
            >
              {t('pricing.editor.exportCsv')}
            </DownloadButton>
          </>
        }
      />
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid="conflict"
          title={t('pricing.editor.conflict')}
          description={t('pricing.editor.conflictHint')}
          action={
            <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
              {t('pricing.editor.reload')}
            </Button>
          }
        />
      )}
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'code',
              label: t('pricing.lists.code'),
              children: <Typography.Text code>{current.code}</Typography.Text>,
            },
            {
              key: 'kind',
              label: t('pricing.lists.kind'),
              children: <PriceListKindTag kind={current.kind} target={listTarget(current)} />,
            },
            { key: 'currency', label: t('pricing.listForm.currency'), children: current.currency },
            {
              key: 'validity',
              label: t('pricing.lists.validity'),
              children: <Validity validFrom={current.validFrom} validTo={current.validTo} />,
            },
            {
              key: 'quoteValidity',
              label: t('pricing.listForm.quoteValidityDays'),
              children: t('pricing.editor.days', { count: current.quoteValidityDays }),
            },
            {
              key: 'updated',
              label: t('pricing.lists.updated'),
              children: `${formatMoment(current.updatedAt, language)} · v${current.version}`,
            },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'items' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'items',
              label: t('pricing.editor.tabs.items', { n: current.itemCount }),
              children: <PriceItemsTab list={current} canManage={canManage} />,
            },
            {
              key: 'terms',
              label: t('pricing.editor.tabs.terms'),
              children: (
                <TermsEditor
                  key={`${current.id}:${loaded}`}
                  rule={current.terms}
                  kind={current.kind}
                  currency={current.currency}
                  canManage={canManage}
                  onSave={(terms) => save({ terms }, t('pricing.terms.saved'))}
                />
              ),
            },
            {
              key: 'delivery',
              label: t('pricing.editor.tabs.delivery'),
              children: (
                <DeliveryEditor
                  key={`${current.id}:${loaded}`}
                  rule={current.delivery}
                  kind={current.kind}
                  currency={current.currency}
                  canManage={canManage}
                  warehouses={warehouses.data?.items ?? []}
                  onSave={(delivery) => save({ delivery }, t('pricing.delivery.saved'))}
                />
              ),
            },
          ]}
        />
      </Card>
      {canManage && (
        <PriceListFormModal
          open={editingHeader}
          list={current}
          onClose={() => setEditingHeader(false)}
          onConflict={() => setConflict(true)}
        />
      )}
    </Space>
  );
}
