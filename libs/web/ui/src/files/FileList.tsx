import {
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
} from '@ant-design/icons';
import { Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '@tradeway/web/i18n';
import { formatMoment } from '../format/dates';
import { fileSize } from './files';

/** A file as the API lists it (an RFQ's attachment, a dispute's evidence). */
export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

function FileIcon({ type }: { type: string }) {
  const style = { fontSize: 22 };
  if (type === 'application/pdf') return <FilePdfOutlined style={{ ...style, color: '#cf1322' }} />;
  if (type.startsWith('image/')) return <FileImageOutlined style={{ ...style, color: '#1677ff' }} />;
  if (type.includes('spreadsheet')) return <FileExcelOutlined style={{ ...style, color: '#389e0d' }} />;
  if (type === 'text/csv') return <FileTextOutlined style={{ ...style, color: '#389e0d' }} />;
  return <FileOutlined style={style} />;
}

/**
 * Files, each a download link with an icon of its kind, its size and when it was added (after
 * `tag`, when there is one: who added it); `empty` says so when there are none. Test ids:
 * `emptyTestId`, `testId` on the list, `<testIdPrefix>-item` and `<testIdPrefix>-download`.
 */
export function FileList<F extends StoredFile>({
  files,
  href,
  tag,
  empty,
  emptyTestId,
  testId,
  testIdPrefix,
}: {
  files: readonly F[];
  href: (file: F) => string;
  tag?: (file: F) => ReactNode;
  empty: string;
  emptyTestId: string;
  testId?: string;
  testIdPrefix: string;
}) {
  const { language } = useLanguage();
  if (files.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={empty}
        style={{ margin: '8px 0' }}
        data-testid={emptyTestId}
      />
    );
  }
  return (
    <Flex vertical data-testid={testId}>
      {files.map((f, i) => {
        const facts = (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fileSize(f.sizeBytes, language)} · {formatMoment(f.uploadedAt, language)}
          </Typography.Text>
        );
        return (
          <Flex
            key={f.id}
            gap={12}
            align="flex-start"
            style={{ padding: '8px 0', borderTop: i > 0 ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
            data-testid={`${testIdPrefix}-item`}
          >
            <FileIcon type={f.contentType} />
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <a
                href={href(f)}
                download={f.fileName}
                data-testid={`${testIdPrefix}-download`}
                style={{ wordBreak: 'break-all' }}
              >
                {f.fileName}
              </a>
              {tag ? (
                <Flex gap={8} wrap align="center" style={{ fontSize: 12 }}>
                  {tag(f)}
                  {facts}
                </Flex>
              ) : (
                facts
              )}
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
}
