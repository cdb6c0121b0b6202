import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Mail } from '@tradeway/shared/contracts';
import { linkify } from './linkify';

const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

/** Outgoing mail, newest first; a row opens to show the mail's text, its links clickable. */
export function MailboxTable({ items, loading }: { items: Mail[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Mail> = [
    {
      title: t('mailbox.to'),
      dataIndex: 'to',
      width: 300,
      ellipsis: true,
      render: (to: string) => <span data-testid="mail-to">{to}</span>,
    },
    { title: t('mailbox.subject'), dataIndex: 'subject', ellipsis: true },
    { title: t('mailbox.created'), dataIndex: 'createdAt', width: 190, render: formatTime },
    {
      title: t('mailbox.sent'),
      dataIndex: 'sentAt',
      width: 190,
      render: (sentAt: string | null) =>
        sentAt ? formatTime(sentAt) : <Tag color="default">{t('mailbox.pending')}</Tag>,
    },
  ];
  return (
    <Table<Mail>
      data-testid="mailbox-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: t('mailbox.empty') }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      expandable={{
        expandRowByClick: true,
        expandedRowRender: (mail) => (
          <Typography.Paragraph
            data-testid="mail-text"
            copyable={{ text: mail.text }}
            style={{ whiteSpace: 'pre-wrap', margin: 0, marginInlineStart: 40, maxWidth: 900 }}
          >
            {linkify(mail.text)}
          </Typography.Paragraph>
        ),
      }}
    />
  );
}
