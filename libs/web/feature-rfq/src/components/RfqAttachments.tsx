import { App, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileList, FileUpload, type FileUploadTexts, UPLOAD_LIMITS } from '@tradeway/web/ui';
import { attachmentUrl, uploadAttachment } from '../data/attachments';
import { useAfterAttachment } from '../data/rfqs.queries';
import type { RfqView } from '../data/types';

/**
 * The RFQ's drawings, specifications and sample reports, each a download link with its size and
 * when it was added; while a draft, an upload (for `rfq:create`) that checks size (10 MB) and
 * kind (PDF, images, XLSX, CSV) before sending and shows each file's progress.
 */
export function RfqAttachments({ rfq, canUpload }: { rfq: RfqView; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const after = useAfterAttachment();
  const texts: FileUploadTexts = {
    hint: (mb) => t('rfq.attachments.hint', { mb }),
    drag: t('rfq.attachments.drag'),
    kinds: t('rfq.attachments.kinds'),
    problem: (p, name, mb) => t(`rfq.attachments.problem.${p}`, { name, mb }),
    refused: (name, reason) => t('rfq.attachments.refused', { name, reason }),
    sending: (name) => t('rfq.attachments.sending', { name }),
  };

  return (
    <Flex vertical gap={12} data-testid="rfq-attachments">
      <FileList
        files={rfq.attachments}
        href={(a) => attachmentUrl(rfq.id, a.id)}
        empty={t('rfq.attachments.empty')}
        emptyTestId="attachments-empty"
        testIdPrefix="attachment"
      />
      <FileUpload
        canUpload={canUpload}
        limits={UPLOAD_LIMITS}
        send={(file, onProgress) => uploadAttachment(rfq.id, file, onProgress)}
        onAdded={async (added) => {
          void message.success(t('rfq.attachments.added', { name: added.fileName }));
          await after(rfq.id);
        }}
        texts={texts}
        testIdPrefix="attachment"
      />
    </Flex>
  );
}
