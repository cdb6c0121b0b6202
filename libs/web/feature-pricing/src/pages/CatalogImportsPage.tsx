import { FileExcelOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, apiClient } from '@tradeway/web/data-access';
import { useLanguage } from '@tradeway/web/i18n';
import { hasPermission, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { DownloadButton } from '../components/DownloadButton';
import { ImportProgress } from '../components/ImportProgress';
import { ImportStatusTag } from '../components/StatusTags';
import { useCreateImport, useImportJob, useImports } from '../data/catalog.queries';
import { PAGE_SIZE, usePriceLists } from '../data/pricing.queries';
import type { ImportJobView, ImportKind, SpreadsheetFormat } from '../data/types';
import { formatMoment } from '../utils/format';
import { IMPORT_EXTENSIONS, importFileProblem, isImportRunning, MAX_IMPORT_BYTES } from '../utils/import-job';
import { useServerPagination } from '../components/use-server-pagination';

/**
 * `/catalog-imports`: spreadsheets in and out (DESIGN.md §3). Upload products or a price
 * list (.xlsx/.csv, at most 20 MB), strictly (nothing applied if a row is rejected) or not
 * (every valid row applied in one transaction); follow the job every second with a progress
 * bar, then see what was applied and why rows were rejected. Templates and the product
 * export in the user's language; recent imports below.
 */
export function CatalogImportsPage() {
  const { t } = useTranslation();
  const pagination = useServerPagination();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import') ?? undefined;
  const [kind, setKind] = useState<ImportKind>('products');
  const [priceListId, setPriceListId] = useState<string>();
  const [strict, setStrict] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const canPriceLists = hasPermission(me, 'price_list:view');
  const lists = usePriceLists({}, 1, 200, canPriceLists && kind === 'price_list');
  const create = useCreateImport();
  const job = useImportJob(importId);
  const imports = useImports(page);
  const finished = job.data && !isImportRunning(job.data.status);

  // A finished import changes the catalog, the lists and the recent imports.
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: api.catalog.listImports.key() });
    void queryClient.invalidateQueries({ queryKey: api.pricing.key() });
  }, [finished, queryClient]);

  const template = (k: ImportKind, format: SpreadsheetFormat) => (
    <DownloadButton
      key={`${k}-${format}`}
      size="small"
      icon={<FileExcelOutlined />}
      fetchFile={() => apiClient.catalog.template({ kind: k, format, locale: language })}
      fileName={`template-${k}.${format}`}
      testId={`template-${k}-${format}`}
    >
      {t(`pricing.imports.template.${format}`)}
    </DownloadButton>
  );

  const handleStart = async () => {
    if (!file) {
      setFileError(t('pricing.imports.noFile'));
      return;
    }
    if (kind === 'price_list' && !priceListId) {
      void message.warning(t('pricing.validation.chooseList'));
      return;
    }
    try {
      const started = await create.mutateAsync({
        file,
        kind,
        strict,
        ...(kind === 'price_list' && priceListId ? { priceListId } : {}),
      });
      setFile(null);
      setParams({ import: started.id });
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const columns: TableColumnsType<ImportJobView> = [
    { title: t('pricing.imports.file'), dataIndex: 'fileName', ellipsis: true },
    {
      title: t('pricing.imports.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: ImportKind) => t(`pricing.imports.kinds.${k}`),
    },
    {
      title: t('pricing.imports.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: ImportJobView['status']) => <ImportStatusTag status={s} />,
    },
    { title: t('pricing.imports.applied'), dataIndex: 'appliedRows', width: 90, align: 'right' },
    { title: t('pricing.imports.rejected'), dataIndex: 'rejectedRows', width: 90, align: 'right' },
    {
      title: t('pricing.imports.created'),
      dataIndex: 'createdAt',
      width: 170,
      render: (iso: string) => formatMoment(iso, language),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('pricing.imports.pageTitle')}
        hint={t('pricing.imports.hint')}
        extra={
          <>
            <DownloadButton
              fetchFile={() => apiClient.catalog.exportProducts({ format: 'xlsx', locale: language })}
              fileName="products.xlsx"
              testId="export-products-xlsx"
            >
              {t('pricing.imports.exportProducts.xlsx')}
            </DownloadButton>
            <DownloadButton
              fetchFile={() => apiClient.catalog.exportProducts({ format: 'csv', locale: language })}
              fileName="products.csv"
              testId="export-products-csv"
            >
              {t('pricing.imports.exportProducts.csv')}
            </DownloadButton>
          </>
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <Card title={t('pricing.imports.uploadTitle')}>
            <Form layout="vertical" data-testid="import-form">
              <Form.Item label={t('pricing.imports.kind')}>
                <Radio.Group
                  optionType="button"
                  value={kind}
                  onChange={(e) => setKind(e.target.value as ImportKind)}
                  options={[
                    { value: 'products', label: t('pricing.imports.kinds.products') },
                    {
                      value: 'price_list',
                      label: t('pricing.imports.kinds.price_list'),
                      disabled: !canPriceLists,
                    },
                  ]}
                />
              </Form.Item>
              {kind === 'price_list' && (
                <Form.Item label={t('pricing.imports.priceList')} required>
                  <Select<string>
                    value={priceListId}
                    onChange={setPriceListId}
                    loading={lists.isPending}
                    placeholder={t('pricing.imports.priceListPlaceholder')}
                    aria-label={t('pricing.imports.priceList')}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={(lists.data?.items ?? []).map((l) => ({
                      value: l.id,
                      label: `${l.name} (${l.code})`,
                    }))}
                  />
                </Form.Item>
              )}
              <Form.Item label={t('pricing.imports.strict')}>
                <Flex gap={12} align="flex-start">
                  <Switch checked={strict} onChange={setStrict} aria-label={t('pricing.imports.strict')} />
                  <Typography.Text type="secondary" data-testid="strict-hint">
                    {strict ? t('pricing.imports.strictHintOn') : t('pricing.imports.strictHintOff')}
                  </Typography.Text>
                </Flex>
              </Form.Item>
              <Form.Item
                validateStatus={fileError ? 'error' : undefined}
                help={fileError ?? t('pricing.imports.fileHint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}
              >
                <Upload.Dragger
                  accept={IMPORT_EXTENSIONS.join(',')}
                  multiple={false}
                  maxCount={1}
                  showUploadList={false}
                  beforeUpload={(f) => {
                    const problem = importFileProblem(f);
                    if (problem) {
                      setFileError(
                        t(`pricing.imports.fileProblem.${problem}`, { mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
                      );
                      setFile(null);
                    } else {
                      setFileError(null);
                      setFile(f);
                    }
                    return Upload.LIST_IGNORE;
                  }}
                  data-testid="import-dragger"
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">
                    {file ? t('pricing.imports.chosen', { name: file.name }) : t('pricing.imports.dragTitle')}
                  </p>
                  <p className="ant-upload-hint">{t('pricing.imports.dragHint')}</p>
                </Upload.Dragger>
              </Form.Item>
              <Button
                type="primary"
                icon={<UploadOutlined />}
                loading={create.isPending}
                disabled={!file}
                onClick={() => void handleStart()}
                data-testid="start-import"
              >
                {t('pricing.imports.start')}
              </Button>
            </Form>
            <Flex vertical gap={8} style={{ marginTop: 24 }}>
              <Typography.Text strong>{t('pricing.imports.templates')}</Typography.Text>
              <Flex gap={8} wrap align="center">
                <Typography.Text type="secondary">{t('pricing.imports.kinds.products')}</Typography.Text>
                {template('products', 'xlsx')}
                {template('products', 'csv')}
              </Flex>
              <Flex gap={8} wrap align="center">
                <Typography.Text type="secondary">{t('pricing.imports.kinds.price_list')}</Typography.Text>
                {template('price_list', 'xlsx')}
                {template('price_list', 'csv')}
              </Flex>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('pricing.imports.progressTitle')}>
            {!importId ? (
              <Typography.Text type="secondary">{t('pricing.imports.nothingRunning')}</Typography.Text>
            ) : !job.data ? (
              job.isError ? (
                <Alert type="error" showIcon title={errorText(job.error)} />
              ) : (
                <Typography.Text type="secondary">{t('pricing.imports.loading')}</Typography.Text>
              )
            ) : (
              <ImportProgress
                job={job.data}
                reportButton={
                  <DownloadButton
                    size="small"
                    fetchFile={() =>
                      apiClient.catalog.importReport({
                        importId: job.data.id,
                        format: 'xlsx',
                        locale: language,
                      })
                    }
                    fileName={`import-report-${job.data.id.slice(0, 8)}.xlsx`}
                    testId="download-report"
                  >
                    {t('pricing.imports.downloadReport')}
                  </DownloadButton>
                }
              />
            )}
          </Card>
        </Col>
      </Row>
      <Card title={t('pricing.imports.recent')}>
        {imports.isError && (
          <Alert type="error" showIcon title={errorText(imports.error)} style={{ marginBottom: 16 }} />
        )}
        <Table<ImportJobView>
          data-testid="imports-table"
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          scroll={{ x: 800 }}
          columns={columns}
          dataSource={imports.data?.items ?? []}
          loading={imports.isPending || imports.isPlaceholderData}
          locale={{ emptyText: t('pricing.imports.empty') }}
          rowClassName={(j) => (j.id === importId ? 'ant-table-row-selected' : '')}
          onRow={(j) => ({ onClick: () => setParams({ import: j.id }), style: { cursor: 'pointer' } })}
          pagination={pagination({
            page,
            pageSize: PAGE_SIZE,
            total: imports.data?.total,
            onChange: setPage,
          })}
        />
      </Card>
    </Space>
  );
}
