import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Flex,
  Input,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PriceListKindSchema, PriceListStatusSchema } from '@tradeway/shared/contracts';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { PriceListFormModal } from '../components/PriceListFormModal';
import { PriceListKindTag, PriceListStatusTag } from '../components/StatusTags';
import { useListTarget } from '../components/use-list-target';
import { Validity } from '../components/Validity';
import { PAGE_SIZE, usePriceLists } from '../data/pricing.queries';
import type { PriceListKind, PriceListStatus, PriceListView } from '../data/types';
import { priceListPath } from '../paths';
import { formatMoment } from '../utils/format';
import { useServerPagination } from '../components/use-server-pagination';

const KINDS: PriceListKind[] = PriceListKindSchema.options;
const STATUSES: PriceListStatus[] = PriceListStatusSchema.options;
const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/**
 * `/price-lists`: my price lists, paged and filtered on the server by kind, status and
 * keyword (kept in the address); `/contract-prices` is the same page for contract lists
 * only (`fixedKind`). A new list with `price_list:manage`.
 */
export function PriceListsPage({ fixedKind }: { fixedKind?: PriceListKind }) {
  const { t } = useTranslation();
  const pagination = useServerPagination();
  const { language } = useLanguage();
  const listTarget = useListTarget();
  const navigate = useNavigate();
  const me = useSession();
  const errorText = useErrorText();
  const canManage = hasPermission(me, 'price_list:manage');
  const [params, setParams] = useSearchParams();
  const kind = fixedKind ?? oneOf(KINDS, params.get('kind'));
  const status = oneOf(STATUSES, params.get('status'));
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const lists = usePriceLists({ kind, status, q: q || undefined }, page);
  const [creating, setCreating] = useState(false);

  const setQuery = (next: {
    kind?: string | undefined;
    status?: string | undefined;
    q?: string;
    page?: number;
  }) => {
    const merged = { kind: fixedKind ? undefined : kind, status, q, ...next };
    const out = new URLSearchParams();
    if (merged.kind) out.set('kind', merged.kind);
    if (merged.status) out.set('status', merged.status);
    if (merged.q) out.set('q', merged.q);
    if ((next.page ?? 1) > 1) out.set('page', String(next.page));
    setParams(out);
  };

  const columns: TableColumnsType<PriceListView> = [
    {
      title: t('pricing.lists.code'),
      dataIndex: 'code',
      width: 190,
      render: (code: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {code}
        </Typography.Text>
      ),
    },
    { title: t('pricing.lists.name'), dataIndex: 'name', ellipsis: true },
    {
      title: t('pricing.lists.kind'),
      key: 'kind',
      width: 210,
      render: (_, l) => <PriceListKindTag kind={l.kind} target={listTarget(l)} />,
    },
    {
      title: t('pricing.lists.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: PriceListStatus) => <PriceListStatusTag status={s} />,
    },
    {
      title: t('pricing.lists.validity'),
      key: 'validity',
      width: 180,
      render: (_, l) => <Validity validFrom={l.validFrom} validTo={l.validTo} />,
    },
    {
      title: t('pricing.lists.items'),
      dataIndex: 'itemCount',
      align: 'right',
      width: 80,
      render: (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{n}</span>,
    },
    {
      title: t('pricing.lists.updated'),
      dataIndex: 'updatedAt',
      width: 165,
      render: (iso: string) => formatMoment(iso, language),
    },
  ];

  const contract = fixedKind === 'contract';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={contract ? t('pricing.lists.contractTitle') : t('pricing.lists.pageTitle')}
        hint={contract ? t('pricing.lists.contractHint') : t('pricing.lists.hint')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-price-list"
            >
              {contract ? t('pricing.lists.newContract') : t('pricing.lists.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            {!fixedKind && (
              <Select<string>
                style={{ width: 160 }}
                value={kind ?? 'all'}
                aria-label={t('pricing.lists.kind')}
                data-testid="kind-filter"
                onChange={(v) => setQuery({ kind: v === 'all' ? undefined : v })}
                options={[
                  { value: 'all', label: t('pricing.lists.allKinds') },
                  ...KINDS.map((k) => ({ value: k, label: t(`pricing.kind.${k}`) })),
                ]}
              />
            )}
            <Select<string>
              style={{ width: 160 }}
              value={status ?? 'all'}
              aria-label={t('pricing.lists.status')}
              data-testid="status-filter"
              onChange={(v) => setQuery({ status: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('pricing.lists.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(`pricing.listStatus.${s}`) })),
              ]}
            />
            <Input.Search
              key={q}
              defaultValue={q}
              allowClear
              style={{ width: 300 }}
              placeholder={t('pricing.lists.searchPlaceholder')}
              aria-label={t('pricing.lists.searchPlaceholder')}
              onSearch={(v) => setQuery({ q: v.trim() })}
            />
          </Flex>
          {lists.isError && <Alert type="error" showIcon title={errorText(lists.error)} />}
          <Table<PriceListView>
            data-testid="price-lists-table"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            columns={columns}
            dataSource={lists.data?.items ?? []}
            loading={lists.isPending || lists.isPlaceholderData}
            locale={{ emptyText: contract ? t('pricing.lists.emptyContract') : t('pricing.lists.empty') }}
            onRow={(l) => ({
              onClick: () => void navigate(priceListPath(l.id)),
              style: { cursor: 'pointer' },
            })}
            pagination={pagination({
              page,
              pageSize: PAGE_SIZE,
              total: lists.data?.total,
              onChange: (p) => setQuery({ page: p }),
            })}
          />
        </Flex>
      </Card>
      {canManage && (
        <PriceListFormModal
          open={creating}
          defaultKind={fixedKind}
          onClose={() => setCreating(false)}
          onCreated={(l) => void navigate(priceListPath(l.id))}
        />
      )}
    </Space>
  );
}
