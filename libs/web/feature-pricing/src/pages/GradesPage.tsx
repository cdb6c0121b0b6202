import { DeleteOutlined, EditOutlined, GiftOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
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
import { useSearchParams } from 'react-router';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { customerName } from '../components/CustomerPicker';
import { GradeFormModal } from '../components/GradeFormModal';
import { GradeSelect } from '../components/GradeSelect';
import { MoneyText } from '../components/MoneyText';
import { RebateModal } from '../components/RebateModal';
import { PAGE_SIZE, useCustomers, useDeleteGrade, useGrades } from '../data/pricing.queries';
import type { CustomerView, GradeView } from '../data/types';
import { regionName } from '../utils/delivery';
import { useServerPagination } from '../components/use-server-pagination';

/**
 * `/grades`: the customer grades I define (分类分级) and my customers with their grade —
 * searched, filtered by grade or "ungraded" and paged on the server; with
 * `price_list:manage` grades are edited, customers moved between grades in place and
 * rebates credited.
 */
export function GradesPage() {
  const { t } = useTranslation();
  const pagination = useServerPagination();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSession();
  const canManage = hasPermission(me, 'price_list:manage');
  const grades = useGrades();
  const remove = useDeleteGrade();
  const [editing, setEditing] = useState<{ grade: GradeView | null } | null>(null);
  const [rebateFor, setRebateFor] = useState<CustomerView | null>(null);

  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const gradeId = params.get('grade') ?? undefined;
  const ungraded = params.get('ungraded') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const customers = useCustomers(
    { q: q || undefined, gradeId: ungraded ? undefined : gradeId, ungraded: ungraded || undefined },
    page,
  );
  const setQuery = (next: { q?: string; grade?: string | undefined; ungraded?: boolean; page?: number }) => {
    const m = { q, grade: gradeId, ungraded, ...next };
    const out = new URLSearchParams();
    if (m.q) out.set('q', m.q);
    if (m.grade && !m.ungraded) out.set('grade', m.grade);
    if (m.ungraded) out.set('ungraded', '1');
    if ((next.page ?? 1) > 1) out.set('page', String(next.page));
    setParams(out);
  };

  const gradeList = [...(grades.data?.items ?? [])].sort((a, b) => a.rank - b.rank);
  const gradeName = (g: GradeView) => (language === 'en' ? g.nameEn : g.nameZh);

  const handleDelete = async (g: GradeView) => {
    try {
      await remove.mutateAsync({ gradeId: g.id });
      void message.success(t('pricing.grades.deleted', { name: gradeName(g) }));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const gradeColumns: TableColumnsType<GradeView> = [
    { title: t('pricing.grades.rank'), dataIndex: 'rank', width: 80, align: 'right' },
    {
      title: t('pricing.grades.code'),
      dataIndex: 'code',
      width: 140,
      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
    },
    { title: t('pricing.grades.nameZh'), dataIndex: 'nameZh', width: 160 },
    { title: t('pricing.grades.nameEn'), dataIndex: 'nameEn', width: 180 },
    { title: t('pricing.grades.description'), dataIndex: 'description', ellipsis: true },
    {
      title: t('pricing.grades.customers'),
      dataIndex: 'customerCount',
      width: 100,
      align: 'right',
      render: (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{n}</span>,
    },
    ...(canManage
      ? [
          {
            title: '',
            key: 'actions',
            width: 96,
            render: (_: unknown, g: GradeView) => (
              <Space size={0}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={t('pricing.grades.edit', { name: gradeName(g) })}
                  onClick={() => setEditing({ grade: g })}
                />
                <Popconfirm
                  title={t('pricing.grades.confirmDelete', { name: gradeName(g) })}
                  description={t('pricing.grades.deleteHint')}
                  okText={t('pricing.common.delete')}
                  cancelText={t('pricing.common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => handleDelete(g)}
                >
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('pricing.grades.delete', { name: gradeName(g) })}
                  />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const customerColumns: TableColumnsType<CustomerView> = [
    {
      title: t('pricing.customers.name'),
      key: 'name',
      ellipsis: true,
      render: (_, c) => (
        <Flex gap={6} align="center">
          <span>{customerName(c, language)}</span>
          {c.hasContract && (
            <Tag color="gold" data-testid="contract-tag">
              {t('pricing.customers.contract')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('pricing.customers.region'),
      dataIndex: 'region',
      width: 110,
      render: (r: string) => regionName(r, language),
    },
    {
      title: t('pricing.customers.grade'),
      key: 'grade',
      width: 200,
      render: (_, c) => <GradeSelect customer={c} grades={gradeList} canManage={canManage} />,
    },
    {
      title: t('pricing.customers.rebate'),
      dataIndex: 'rebateAvailableMinor',
      width: 150,
      align: 'right',
      render: (m: string) => <MoneyText minor={m} />,
    },
    ...(canManage
      ? [
          {
            title: '',
            key: 'actions',
            width: 130,
            render: (_: unknown, c: CustomerView) => (
              <Button size="small" icon={<GiftOutlined />} onClick={() => setRebateFor(c)}>
                {t('pricing.customers.grantRebate')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader title={t('pricing.grades.pageTitle')} hint={t('pricing.grades.hint')} />
      <Card
        title={t('pricing.grades.title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ grade: null })}
              data-testid="new-grade"
            >
              {t('pricing.grades.new')}
            </Button>
          )
        }
      >
        {grades.isError && (
          <Alert type="error" showIcon title={errorText(grades.error)} style={{ marginBottom: 16 }} />
        )}
        <Table<GradeView>
          data-testid="grades-table"
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          scroll={{ x: 900 }}
          columns={gradeColumns}
          dataSource={gradeList}
          loading={grades.isPending}
          pagination={false}
          locale={{ emptyText: t('pricing.grades.empty') }}
        />
      </Card>
      <Card title={t('pricing.customers.title')}>
        <Flex vertical gap={16}>
          <Flex gap={12} wrap align="center">
            <Input.Search
              key={q}
              defaultValue={q}
              allowClear
              style={{ width: 300 }}
              placeholder={t('pricing.customers.searchPlaceholder')}
              aria-label={t('pricing.customers.searchPlaceholder')}
              onSearch={(v) => setQuery({ q: v.trim() })}
            />
            <Select<string>
              style={{ width: 200 }}
              disabled={ungraded}
              value={gradeId ?? 'all'}
              aria-label={t('pricing.customers.filterGrade')}
              onChange={(v) => setQuery({ grade: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('pricing.customers.allGrades') },
                ...gradeList.map((g) => ({ value: g.id, label: gradeName(g) })),
              ]}
            />
            <Checkbox checked={ungraded} onChange={(e) => setQuery({ ungraded: e.target.checked })}>
              {t('pricing.customers.onlyUngraded')}
            </Checkbox>
          </Flex>
          {customers.isError && <Alert type="error" showIcon title={errorText(customers.error)} />}
          <Table<CustomerView>
            data-testid="customers-table"
            rowKey="buyerId"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 800 }}
            columns={customerColumns}
            dataSource={customers.data?.items ?? []}
            loading={customers.isPending || customers.isPlaceholderData}
            locale={{ emptyText: t('pricing.customers.empty') }}
            pagination={pagination({
              page,
              pageSize: PAGE_SIZE,
              total: customers.data?.total,
              onChange: (p) => setQuery({ page: p }),
            })}
          />
        </Flex>
      </Card>
      {canManage && (
        <>
          <GradeFormModal
            key={editing?.grade?.id ?? 'new'}
            open={!!editing}
            grade={editing?.grade ?? null}
            onClose={() => setEditing(null)}
          />
          <RebateModal customer={rebateFor} onClose={() => setRebateFor(null)} />
        </>
      )}
    </Space>
  );
}
