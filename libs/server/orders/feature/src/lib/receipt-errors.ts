import { ORPCError } from '@orpc/server';
import { ORDER_ERRORS, orderErrorMessage, type OrderError } from '@tradeway/server/orders/domain';

/**
 * Refusals of receipts, disputes and evidence that the order domain's table does not name
 * (the lookups and file checks of this part), each with its status and both messages; the
 * API shape is the order context's (order-errors.ts): code, status, `data.reason`,
 * `data.messageZh`, `data.fields[].path` in the dotted form (`lines.0.lineId`).
 */
export const RECEIPT_ERRORS = {
  RECEIPT_ORDER_STATE: {
    status: 409,
    zh: '订单当前状态不能登记收货（需为履约中或已送达）',
    en: 'Receipts can be recorded only while the order is in fulfilment or delivered',
  },
  RECEIPT_SHIPMENT_NOT_ARRIVED: {
    status: 409,
    zh: '该发货单尚未到达，不能登记收货',
    en: 'The shipment has not arrived yet',
  },
  RECEIPT_ALREADY_RECORDED: {
    status: 409,
    zh: '该发货单已登记收货',
    en: 'The receipt of this shipment has already been recorded',
  },
  RECEIPT_UNKNOWN_LINE: {
    status: 422,
    zh: '该发货单中没有订单行 {lineId}',
    en: 'The shipment has no order line {lineId}',
  },
  RECEIPT_LINES_INCOMPLETE: {
    status: 422,
    zh: '请登记发货单的每一行；缺少第 {lineNos} 行',
    en: 'Record every line of the shipment; line(s) {lineNos} are missing',
  },
  DISPUTE_VERSION_CONFLICT: {
    status: 409,
    zh: '争议已被他人处理（当前版本 {version}），请刷新后重试',
    en: 'The dispute was changed meanwhile (it is now at version {version}); reload it and try again',
  },
  DISPUTE_CREDIT_EXCEEDS_ORDER_TOTAL: {
    status: 422,
    zh: '调价金额不能超过 {max}（订单金额减去已同意的调价）',
    en: 'The credit must not exceed {max} (the order total less credits already agreed)',
  },
  DISPUTE_RETURN_EMPTY: {
    status: 422,
    zh: '退货至少需要一行',
    en: 'A return needs at least one line',
  },
  DISPUTE_RETURN_UNKNOWN_LINE: {
    status: 422,
    zh: '争议中没有订单行 {lineId}',
    en: 'The dispute has no order line {lineId}',
  },
  DISPUTE_RETURN_DUPLICATE_LINE: {
    status: 422,
    zh: '退货中订单行 {lineId} 重复',
    en: 'Order line {lineId} appears twice in the return',
  },
  DISPUTE_NOTE_REQUIRED: {
    status: 422,
    zh: '请填写裁决说明',
    en: 'Explain the decision in a note',
  },
  DISPUTE_PROPOSAL_STALE: {
    status: 409,
    zh: '该方案已不适用于订单（其他争议已调价），请重新提出方案',
    en: 'The proposal no longer fits the order (another dispute credited it meanwhile); make a new proposal',
  },
  EVIDENCE_LIMIT_REACHED: {
    status: 409,
    zh: '每个争议最多 {max} 个证据文件',
    en: 'A dispute holds at most {max} evidence files',
  },
  FILE_REQUIRED: {
    status: 422,
    zh: '请选择要上传的文件',
    en: 'Attach a file',
  },
  FILE_EMPTY: {
    status: 422,
    zh: '文件为空',
    en: 'The file is empty',
  },
  FILE_TOO_LARGE: {
    status: 413,
    zh: '文件超过 {maxMb} MB',
    en: 'The file is larger than {maxMb} MB',
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: 422,
    zh: '只能上传 PDF、JPEG、PNG、WebP 图片、XLSX 或 CSV 文件',
    en: 'Upload a PDF, a JPEG, PNG or WebP image, an XLSX or a CSV file',
  },
} as const;

export type ReceiptErrorCode = keyof typeof RECEIPT_ERRORS;

function fill(template: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** `lines[2].quantity` (the domain's form) → `lines.2.quantity` (the API's). */
export const dottedPath = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');

export interface Refusal {
  readonly code: ReceiptErrorCode;
  readonly field?: string;
  readonly params?: Record<string, string>;
}

const messagesOf = (e: Refusal | OrderError) =>
  e.code in RECEIPT_ERRORS
    ? {
        en: fill(RECEIPT_ERRORS[e.code as ReceiptErrorCode].en, e.params),
        zh: fill(RECEIPT_ERRORS[e.code as ReceiptErrorCode].zh, e.params),
        status: RECEIPT_ERRORS[e.code as ReceiptErrorCode].status as number,
      }
    : {
        en: orderErrorMessage((e as OrderError).code, 'en', e.params),
        zh: orderErrorMessage((e as OrderError).code, 'zh-CN', e.params),
        status: ORDER_ERRORS[(e as OrderError).code].status as number,
      };

/**
 * One or more refusals (this part's or the order domain's) as one API error: the first one's
 * code, status and message, every field at fault listed.
 */
export function refusal(...errors: ReadonlyArray<Refusal | OrderError>): ORPCError<string, unknown> {
  const [first] = errors;
  if (!first) throw new Error('refusal() needs at least one error');
  const head = messagesOf(first);
  return new ORPCError(first.code, {
    status: head.status,
    message: head.en,
    data: {
      reason: first.code,
      messageZh: head.zh,
      ...(first.params ? { params: first.params } : {}),
      fields: errors.flatMap((e) => {
        if (!e.field) return [];
        const m = messagesOf(e);
        return [{ path: dottedPath(e.field), message: m.en, messageZh: m.zh }];
      }),
    },
  });
}
