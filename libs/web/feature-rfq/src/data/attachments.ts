import { type Upload, uploadFile } from '@tradeway/web/data-access';
import type { AttachmentView } from './types';

/** Where an attachment is downloaded (the session cookie authorises; same origin). */
export const attachmentUrl = (rfqId: string, attachmentId: string) =>
  `/api/rfqs/${rfqId}/attachments/${attachmentId}`;

/** Sends one attachment to the RFQ with the upload's progress (see `uploadFile`). */
export const uploadAttachment = (
  rfqId: string,
  file: File,
  onProgress: (percent: number) => void,
): Upload<AttachmentView> => uploadFile(`/api/rfqs/${rfqId}/attachments`, file, onProgress);
