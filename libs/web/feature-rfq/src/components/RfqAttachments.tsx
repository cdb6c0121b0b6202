import {
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import { App, Empty, Flex, Form, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
  type AttachmentProblem,
  attachmentProblem,
  attachmentUrl,
  fileSize,
  uploadAttachment,
} from '../data/attachments';
import { useAfterAttachment } from '../data/rfqs.queries';
import type { RfqView } from '../data/types';
import { formatMoment } from '../utils/format';

function FileIcon({ type }: { type: string }) {
  const style = { fontSize: 22 };
  if (type === 'application/pdf') return <FilePdfOutlined style={{ ...style, color: '#cf1322' }} />;
  if (type.startsWith('image/')) return <FileImageOutlined style={{ ...style, color: '#1677ff' }} />;
  if (type.includes('spreadsheet')) return <FileExcelOutlined style={{ ...style, color: '#389e0d' }} />;
  if (type === 'text/csv') return <FileTextOutlined style={{ ...style, color: '#389e0d' }} />;
  return <FileOutlined style={style} />;
}

interface Sending {
  uid: string;
  name: string;
  percent: number;
}

/**
 * The RFQ's drawings, specifications and sample reports, each a download link with its size and
 * when it was added; while a draft, an upload (for `rfq:create`) that checks size (10 MB) and
 * kind (PDF, images, XLSX, CSV) before sending and shows each file's progress.
 */
export function RfqAttachments({ rfq, canUpload }: { rfq: RfqView; canUpload: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const after = useAfterAttachment();
  const [sending, setSending] = useState<Sending[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const mb = ATTACHMENT_MAX_BYTES / 1024 / 1024;

  const refuse = (p: AttachmentProblem, name: string) =>
    setProblem(t(`rfq.attachments.problem.${p}`, { name, mb }));

  const send = (file: File & { uid: string }) => {
    setProblem(null);
    setSending((s) => [...s, { uid: file.uid, name: file.name, percent: 0 }]);
    const { promise } = uploadAttachment(rfq.id, file, (percent) =>
      setSending((s) => s.map((x) => (x.uid === file.uid ? { ...x, percent } : x))),
    );
    promise
      .then(async (added) => {
        void message.success(t('rfq.attachments.added', { name: added.fileName }));
        await after(rfq.id);
      })
      .catch((error: unknown) =>
        setProblem(t('rfq.attachments.refused', { name: file.name, reason: errorText(error) })),
      )
      .finally(() => setSending((s) => s.filter((x) => x.uid !== file.uid)));
  };

  return (
    <Flex vertical gap={12} data-testid="rfq-attachments">
      {rfq.attachments.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('rfq.attachments.empty')}
          style={{ margin: '8px 0' }}
          data-testid="attachments-empty"
        />
      ) : (
        <Flex vertical>
          {rfq.attachments.map((a, i) => (
            <Flex
              key={a.id}
              gap={12}
              align="flex-start"
              style={{ padding: '8px 0', borderTop: i > 0 ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
              data-testid="attachment-item"
            >
              <FileIcon type={a.contentType} />
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <a
                  href={attachmentUrl(rfq.id, a.id)}
                  download={a.fileName}
                  data-testid="attachment-download"
                  style={{ wordBreak: 'break-all' }}
                >
                  {a.fileName}
                </a>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fileSize(a.sizeBytes, language)} · {formatMoment(a.uploadedAt, language)}
                </Typography.Text>
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
      {canUpload && (
        <Form.Item
          style={{ marginBottom: 0 }}
          validateStatus={problem ? 'error' : undefined}
          help={
            <span data-testid={problem ? 'attachment-problem' : 'attachment-hint'}>
              {problem ?? t('rfq.attachments.hint', { mb })}
            </span>
          }
        >
          <Upload.Dragger
            accept={ATTACHMENT_EXTENSIONS.join(',')}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              const p = attachmentProblem(file);
              if (p) {
                refuse(p, file.name);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file }) => send(file as File & { uid: string })}
            style={{ padding: '4px 0' }}
            data-testid="attachment-upload"
          >
            <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}>
              <InboxOutlined />
            </p>
            <p className="ant-upload-text" style={{ fontSize: 14 }}>
              {t('rfq.attachments.drag')}
            </p>
            <p className="ant-upload-hint" style={{ fontSize: 12 }}>
              {t('rfq.attachments.kinds')}
            </p>
          </Upload.Dragger>
        </Form.Item>
      )}
      {sending.map((s) => (
        <Flex key={s.uid} vertical gap={0} data-testid="attachment-sending">
          <Typography.Text ellipsis style={{ fontSize: 12 }}>
            {t('rfq.attachments.sending', { name: s.name })}
          </Typography.Text>
          <Progress percent={s.percent} size="small" status="active" />
        </Flex>
      ))}
    </Flex>
  );
}
