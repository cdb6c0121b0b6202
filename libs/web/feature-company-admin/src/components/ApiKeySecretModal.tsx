import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The secret of a new key, shown this once: a copy button, a clear warning, and no way to
 * close it by accident (no mask click, no Escape) — only "I have stored the key". Once
 * closed, the secret leaves the page.
 */
export function ApiKeySecretModal({
  secret,
  name,
  onDone,
}: {
  secret: string | null;
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const handleCopy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  const done = () => {
    setCopy('idle');
    onDone();
  };
  return (
    <Modal
      open={!!secret}
      title={`${t('admin.apiKeys.secretTitle')} · ${name}`}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      width={640}
      footer={
        <Button type="primary" onClick={done} data-testid="secret-done">
          {t('admin.apiKeys.secretDone')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Alert
          type="warning"
          showIcon
          title={t('admin.apiKeys.secretWarning')}
          data-testid="secret-warning"
        />
        <Flex gap={8}>
          <Input
            readOnly
            value={secret ?? ''}
            data-testid="api-key-secret"
            aria-label={t('admin.apiKeys.secretTitle')}
            onFocus={(e) => e.target.select()}
            style={{ fontFamily: 'monospace' }}
          />
          <Button
            icon={copy === 'copied' ? <CheckOutlined /> : <CopyOutlined />}
            onClick={() => void handleCopy()}
            data-testid="secret-copy"
          >
            {copy === 'copied' ? t('admin.apiKeys.copied') : t('admin.apiKeys.copy')}
          </Button>
        </Flex>
        {copy === 'failed' && (
          <Typography.Text type="danger">{t('admin.apiKeys.copyFailed')}</Typography.Text>
        )}
        <Typography.Text type="secondary">{t('admin.apiKeys.secretUsage')}</Typography.Text>
      </Flex>
    </Modal>
  );
}
