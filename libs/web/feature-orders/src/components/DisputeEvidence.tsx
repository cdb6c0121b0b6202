import {
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import { App, Empty, Flex, Form, Progress, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@tradeway/web/i18n';
import { useErrorText } from '@tradeway/web/ui';
import {
  type DisputeDetailView,
  evidenceUrl,
  uploadEvidence,
  useAfterEvidence,
} from '../data/receipts.queries';
import { formatMoment } from '../utils/format';
import {
  EVIDENCE_EXTENSIONS,
  EVIDENCE_MAX_BYTES,
  evidenceFileProblem,
  type EvidenceFileProblem,
  fileSize,
} from '../utils/receipts';
import { sentence, usePartyLabel } from './DisputeParts';

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
 * A dispute's evidence: photos, weighbridge tickets, inspection reports, each a download link
 * with its size, who added it and when; and, for a party that may (`upload_evidence`), an upload
 * that checks the size (10 MB) and kind (PDF, images, XLSX, CSV) before sending and shows the
 * progress of each file. The operator downloads through the desk's own route.
 */
export function DisputeEvidence({ detail, via }: { detail: DisputeDetailView; via: 'party' | 'operator' }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const party = usePartyLabel(detail.viewer);
  const after = useAfterEvidence();
  const [sending, setSending] = useState<Sending[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const canUpload = detail.allowedActions.includes('upload_evidence');
  const mb = EVIDENCE_MAX_BYTES / 1024 / 1024;

  const refuse = (p: EvidenceFileProblem, name: string) =>
    setProblem(t(`receipts.evidence.problem.${p}`, { name, mb }));

  const send = (file: File & { uid: string }) => {
    setProblem(null);
    setSending((s) => [...s, { uid: file.uid, name: file.name, percent: 0 }]);
    const { promise } = uploadEvidence(detail.id, file, (percent) =>
      setSending((s) => s.map((x) => (x.uid === file.uid ? { ...x, percent } : x))),
    );
    promise
      .then(async (added) => {
        void message.success(t('receipts.evidence.added', { name: added.fileName }));
        await after(detail);
      })
      .catch((error: unknown) =>
        setProblem(t('receipts.evidence.refused', { name: file.name, reason: errorText(error) })),
      )
      .finally(() => {
        setSending((s) => s.filter((x) => x.uid !== file.uid));
      });
  };

  const list =
    detail.evidence.length === 0 ? (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('receipts.evidence.empty')}
        style={{ margin: '8px 0' }}
        data-testid="evidence-empty"
      />
    ) : (
      <Flex vertical data-testid="evidence-list">
        {detail.evidence.map((e, i) => (
          <Flex
            key={e.id}
            gap={12}
            align="flex-start"
            style={{ padding: '8px 0', borderTop: i > 0 ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
            data-testid="evidence-item"
          >
            <FileIcon type={e.contentType} />
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <a
                href={evidenceUrl(detail.id, e.id, via)}
                download={e.fileName}
                data-testid="evidence-download"
                style={{ wordBreak: 'break-all' }}
              >
                {e.fileName}
              </a>
              <Flex gap={8} wrap align="center" style={{ fontSize: 12 }}>
                <Tag color={e.uploadedBy === 'buyer' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }}>
                  {sentence(party(e.uploadedBy))}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fileSize(e.sizeBytes, language)} · {formatMoment(e.uploadedAt, language)}
                </Typography.Text>
              </Flex>
            </Flex>
          </Flex>
        ))}
      </Flex>
    );

  return (
    <Flex vertical gap={12} data-testid="dispute-evidence">
      {list}
      {canUpload && (
        <Form.Item
          style={{ marginBottom: 0 }}
          validateStatus={problem ? 'error' : undefined}
          help={
            <span data-testid={problem ? 'evidence-problem' : 'evidence-hint'}>
              {problem ?? t('receipts.evidence.hint', { mb })}
            </span>
          }
        >
          <Upload.Dragger
            accept={EVIDENCE_EXTENSIONS.join(',')}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              const p = evidenceFileProblem(file);
              if (p) {
                refuse(p, file.name);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file }) => send(file as File & { uid: string })}
            style={{ padding: '4px 0' }}
            data-testid="evidence-upload"
          >
            <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}>
              <InboxOutlined />
            </p>
            <p className="ant-upload-text" style={{ fontSize: 14 }}>
              {t('receipts.evidence.drag')}
            </p>
            <p className="ant-upload-hint" style={{ fontSize: 12 }}>
              {t('receipts.evidence.kinds')}
            </p>
          </Upload.Dragger>
        </Form.Item>
      )}
      {sending.map((s) => (
        <Flex key={s.uid} vertical gap={0} data-testid="evidence-sending">
          <Typography.Text ellipsis style={{ fontSize: 12 }}>
            {t('receipts.evidence.sending', { name: s.name })}
          </Typography.Text>
          <Progress percent={s.percent} size="small" status="active" />
        </Flex>
      ))}
    </Flex>
  );
}
