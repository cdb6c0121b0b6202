import { App, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileList, FileUpload, type FileUploadTexts, UPLOAD_LIMITS } from '@tradeway/web/ui';
import {
  type DisputeDetailView,
  evidenceUrl,
  uploadEvidence,
  useAfterEvidence,
} from '../data/receipts.queries';
import { sentence, usePartyLabel } from './DisputeParts';

/**
 * A dispute's evidence: photos, weighbridge tickets, inspection reports, each a download link
 * with its size, who added it and when; and, for a party that may (`upload_evidence`), an upload
 * that checks the size (10 MB) and kind (PDF, images, XLSX, CSV) before sending and shows the
 * progress of each file. The operator downloads through the desk's own route.
 */
export function DisputeEvidence({ detail, via }: { detail: DisputeDetailView; via: 'party' | 'operator' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const party = usePartyLabel(detail.viewer);
  const after = useAfterEvidence();
  const texts: FileUploadTexts = {
    hint: (mb) => t('receipts.evidence.hint', { mb }),
    drag: t('receipts.evidence.drag'),
    kinds: t('receipts.evidence.kinds'),
    problem: (p, name, mb) => t(`receipts.evidence.problem.${p}`, { name, mb }),
    refused: (name, reason) => t('receipts.evidence.refused', { name, reason }),
    sending: (name) => t('receipts.evidence.sending', { name }),
  };

  return (
    <Flex vertical gap={12} data-testid="dispute-evidence">
      <FileList
        files={detail.evidence}
        href={(e) => evidenceUrl(detail.id, e.id, via)}
        tag={(e) => (
          <Tag color={e.uploadedBy === 'buyer' ? 'blue' : 'purple'} style={{ marginInlineEnd: 0 }}>
            {sentence(party(e.uploadedBy))}
          </Tag>
        )}
        empty={t('receipts.evidence.empty')}
        emptyTestId="evidence-empty"
        testId="evidence-list"
        testIdPrefix="evidence"
      />
      <FileUpload
        canUpload={detail.allowedActions.includes('upload_evidence')}
        limits={UPLOAD_LIMITS}
        send={(file, onProgress) => uploadEvidence(detail.id, file, onProgress)}
        onAdded={(added) => {
          void message.success(t('receipts.evidence.added', { name: added.fileName }));
          return after(detail);
        }}
        texts={texts}
        testIdPrefix="evidence"
      />
    </Flex>
  );
}
