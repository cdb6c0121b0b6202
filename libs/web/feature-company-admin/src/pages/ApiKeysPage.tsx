import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '@tradeway/shared/contracts';
import { activeMembership, PageHeader, useErrorText, useSession } from '@tradeway/web/ui';
import { ApiKeySecretModal } from '../components/ApiKeySecretModal';
import { CreateApiKeyModal } from '../components/CreateApiKeyModal';
import { PermissionTags } from '../components/PermissionTags';
import { useApiKeys, useRevokeApiKey } from '../data';
import { browserTimeZone, formatInstant } from '../utils/audit-filters';
import { pickablePermissions } from '../utils/permissions';

/** The company's integration keys: list, create (secret shown once), revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { modal, message } = App.useApp();
  const me = useSession();
  const isOperator = activeMembership(me)?.companyKinds.includes('operator') ?? false;
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const timeZone = browserTimeZone();
  const time = (iso: string) => formatInstant(iso, timeZone, 'YYYY-MM-DD HH:mm');

  const confirmRevoke = (key: ApiKey) =>
    modal.confirm({
      title: t('admin.apiKeys.revokeTitle', { name: key.name }),
      content: t('admin.apiKeys.revokeHint'),
      okText: t('admin.apiKeys.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('admin.common.cancel'),
      onOk: () =>
        revoke
          .mutateAsync({ apiKeyId: key.id })
          .then(() => void message.success(t('admin.apiKeys.revokedMessage', { name: key.name })))
          .catch((e: unknown) => void message.error(errorText(e))),
    });

  const columns: TableColumnsType<ApiKey> = [
    {
      title: t('admin.apiKeys.column.name'),
      dataIndex: 'name',
      width: 170,
      render: (n: string) => <strong>{n}</strong>,
    },
    {
      title: t('admin.apiKeys.column.prefix'),
      dataIndex: 'prefix',
      width: 190,
      render: (prefix: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{`tw_${prefix}_…`}</Typography.Text>
      ),
    },
    {
      title: t('admin.apiKeys.column.permissions'),
      dataIndex: 'permissions',
      render: (p: ApiKey['permissions']) => <PermissionTags permissions={p} />,
    },
    { title: t('admin.apiKeys.column.created'), dataIndex: 'createdAt', width: 150, render: time },
    {
      title: t('admin.apiKeys.column.lastUsed'),
      dataIndex: 'lastUsedAt',
      width: 150,
      render: (at: string | null) =>
        at ? time(at) : <Typography.Text type="secondary">{t('admin.apiKeys.neverUsed')}</Typography.Text>,
    },
    {
      title: t('admin.apiKeys.column.status'),
      dataIndex: 'revokedAt',
      width: 110,
      render: (at: string | null) =>
        at ? (
          <Tooltip title={time(at)}>
            <Tag data-testid="api-key-status">{t('admin.apiKeys.revoked')}</Tag>
          </Tooltip>
        ) : (
          <Tag color="green" data-testid="api-key-status">
            {t('admin.apiKeys.active')}
          </Tag>
        ),
    },
    {
      title: t('admin.common.actions'),
      key: 'actions',
      width: 100,
      render: (_, key) =>
        key.revokedAt ? null : (
          <Button size="small" type="link" danger onClick={() => confirmRevoke(key)}>
            {t('admin.apiKeys.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={24} style={{ width: '100%', maxWidth: 1280 }}>
      <PageHeader
        title={t('admin.apiKeys.title')}
        hint={t('admin.apiKeys.hint')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="create-api-key"
          >
            {t('admin.apiKeys.create')}
          </Button>
        }
      />
      <Card>
        {keys.isError && (
          <Alert type="error" showIcon title={errorText(keys.error)} style={{ marginBottom: 16 }} />
        )}
        <Table<ApiKey>
          data-testid="api-keys-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={keys.data?.items ?? []}
          loading={keys.isPending}
          pagination={false}
          locale={{ emptyText: t('admin.apiKeys.empty') }}
          rowClassName={(k) => (k.revokedAt ? 'api-key-revoked' : '')}
        />
      </Card>
      <CreateApiKeyModal
        open={creating}
        options={pickablePermissions({ isOperator, heldOnly: me.permissions })}
        onClose={() => setCreating(false)}
        onCreated={setCreated}
      />
      <ApiKeySecretModal
        secret={created?.secret ?? null}
        name={created?.name ?? ''}
        onDone={() => setCreated(null)}
      />
    </Flex>
  );
}
