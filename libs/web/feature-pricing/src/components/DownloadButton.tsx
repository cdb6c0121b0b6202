import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { useErrorText } from '@tradeway/web/ui';
import { saveFile } from '../utils/download';

/**
 * A button that asks the API for a file (an export, a template, a report) and saves it;
 * busy while the file comes, the API's refusal in a message.
 */
export function DownloadButton({
  fetchFile,
  fileName,
  children,
  testId,
  ...button
}: {
  fetchFile: () => Promise<Blob>;
  /** Used when the API gives the file no name. */
  fileName: string;
  children: ReactNode;
  testId?: string;
} & Omit<ButtonProps, 'onClick' | 'loading' | 'children'>) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const handleClick = async () => {
    setBusy(true);
    try {
      saveFile(await fetchFile(), fileName);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} {...button} loading={busy} onClick={handleClick} data-testid={testId}>
      {children}
    </Button>
  );
}
