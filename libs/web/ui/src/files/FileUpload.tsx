import { InboxOutlined } from '@ant-design/icons';
import { Flex, Form, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { Upload as Sent } from '@tradeway/web/data-access';
import { useErrorText } from '../auth/use-error-text';
import { type FileLimits, type FileProblem, fileProblem } from './files';

interface Sending {
  uid: string;
  name: string;
  percent: number;
}

/** The texts of an upload, in the screen's own words; `mb` is the largest size in MB. */
export interface FileUploadTexts {
  hint: (mb: number) => string;
  drag: string;
  kinds: string;
  problem: (problem: FileProblem, name: string, mb: number) => string;
  refused: (name: string, reason: string) => string;
  sending: (name: string) => string;
}

/**
 * Files dragged or chosen, several at once: each is checked (kind and size, `limits`) before it is
 * sent, shows its progress while it goes, and on a refusal says why under the drop zone. Where
 * `canUpload` is false only the files still on their way show. Test ids: `<testIdPrefix>-upload`,
 * `-hint` or `-problem`, and `-sending`.
 */
export function FileUpload<T>({
  canUpload,
  limits,
  send,
  onAdded,
  texts,
  testIdPrefix,
}: {
  canUpload: boolean;
  limits: FileLimits;
  send: (file: File, onProgress: (percent: number) => void) => Sent<T>;
  onAdded: (added: T) => Promise<unknown>;
  texts: FileUploadTexts;
  testIdPrefix: string;
}) {
  const errorText = useErrorText();
  const [sending, setSending] = useState<Sending[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const mb = limits.maxBytes / 1024 / 1024;

  const start = (file: File & { uid: string }) => {
    setProblem(null);
    setSending((s) => [...s, { uid: file.uid, name: file.name, percent: 0 }]);
    const { promise } = send(file, (percent) =>
      setSending((s) => s.map((x) => (x.uid === file.uid ? { ...x, percent } : x))),
    );
    promise
      .then(onAdded)
      .catch((error: unknown) => setProblem(texts.refused(file.name, errorText(error))))
      .finally(() => setSending((s) => s.filter((x) => x.uid !== file.uid)));
  };

  return (
    <>
      {canUpload && (
        <Form.Item
          style={{ marginBottom: 0 }}
          validateStatus={problem ? 'error' : undefined}
          help={
            <span data-testid={problem ? `${testIdPrefix}-problem` : `${testIdPrefix}-hint`}>
              {problem ?? texts.hint(mb)}
            </span>
          }
        >
          <Upload.Dragger
            accept={limits.extensions.join(',')}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              const p = fileProblem(file, limits);
              if (p) {
                setProblem(texts.problem(p, file.name, mb));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file }) => start(file as File & { uid: string })}
            style={{ padding: '4px 0' }}
            data-testid={`${testIdPrefix}-upload`}
          >
            <p className="ant-upload-drag-icon" style={{ marginBottom: 4 }}>
              <InboxOutlined />
            </p>
            <p className="ant-upload-text" style={{ fontSize: 14 }}>
              {texts.drag}
            </p>
            <p className="ant-upload-hint" style={{ fontSize: 12 }}>
              {texts.kinds}
            </p>
          </Upload.Dragger>
        </Form.Item>
      )}
      {sending.map((s) => (
        <Flex key={s.uid} vertical gap={0} data-testid={`${testIdPrefix}-sending`}>
          <Typography.Text ellipsis style={{ fontSize: 12 }}>
            {texts.sending(s.name)}
          </Typography.Text>
          <Progress percent={s.percent} size="small" status="active" />
        </Flex>
      ))}
    </>
  );
}
