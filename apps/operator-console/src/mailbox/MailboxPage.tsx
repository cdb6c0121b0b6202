import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MAILBOX_REFRESH_MS, useMailbox } from '@tradeway/web/data-access';
import { useErrorText } from '@tradeway/web/ui';
import { MailboxTable } from './MailboxTable';

const TYPING_PAUSE_MS = 400;

/**
 * The dev mailbox: what the platform mailed (password-reset links…), filtered by recipient
 * (kept in the address, `?to=`), refreshed every 10 s.
 */
export function MailboxPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const to = params.get('to') ?? '';
  const [typed, setTyped] = useState(to);
  const mailbox = useMailbox(to);

  const applyFilter = (value: string) => {
    const next = value.trim();
    if (next === to) return;
    setParams(next ? { to: next } : {}, { replace: true });
  };
  // Filter once the user pauses typing; Enter or the search button filter at once.
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = typed.trim();
      if (next !== to) setParams(next ? { to: next } : {}, { replace: true });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, to, setParams]);

  const items = mailbox.data?.items ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1200 }}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('mailbox.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('mailbox.hint')}
        </Typography.Paragraph>
      </div>
      <Card
        title={
          <Input.Search
            allowClear
            data-testid="mailbox-filter"
            aria-label={t('mailbox.filter')}
            placeholder={t('mailbox.filter')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={applyFilter}
            style={{ maxWidth: 360 }}
          />
        }
        extra={
          <Space>
            <Typography.Text type="secondary">
              {t('mailbox.autoRefresh', { seconds: MAILBOX_REFRESH_MS / 1000 })}
              {mailbox.dataUpdatedAt > 0 &&
                ` · ${t('mailbox.updatedAt', { time: dayjs(mailbox.dataUpdatedAt).format('HH:mm:ss') })}`}
            </Typography.Text>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              loading={mailbox.isFetching}
              onClick={() => void mailbox.refetch()}
            >
              {t('mailbox.refresh')}
            </Button>
          </Space>
        }
      >
        {mailbox.isError && (
          <Alert type="error" showIcon title={errorText(mailbox.error)} style={{ marginBottom: 16 }} />
        )}
        <Flex vertical gap={12}>
          <MailboxTable items={items} loading={mailbox.isPending || mailbox.isPlaceholderData} />
          {mailbox.data && (
            <Typography.Text type="secondary">{t('mailbox.total', { count: items.length })}</Typography.Text>
          )}
        </Flex>
      </Card>
    </Space>
  );
}
