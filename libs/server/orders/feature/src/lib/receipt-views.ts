import type { DisputeRow, EvidenceRow, ReceiptRow } from '@tradeway/server/orders/data-access';
import {
  formatQuantity,
  gradeMatches,
  quantityVariance,
  storedQuantity,
  toleranceFor,
} from '@tradeway/server/orders/domain';
import type { DisputeEvidence, DisputeResolution, DisputeSummary, Receipt } from '@tradeway/shared/contracts';
import type { StoredOutcome, StoredProposal, StoredResolution } from './dispute-resolution';

/** What the views need of an order line. */
export interface LineFacts {
  id: string;
  lineNo: number;
  skuCode: string;
  description: string;
  unit: string;
  grade: string | null;
}

/** A stored receipt with its variances recomputed from the stored figures (exactly as recorded). */
export function receiptView(row: ReceiptRow, lines: ReadonlyMap<string, LineFacts>): Receipt {
  return {
    id: row.id,
    shipmentId: row.shipmentId,
    shipmentNumber: row.shipment.number,
    toleranceBps: row.toleranceBps,
    outcome: row.outcome === 'disputed' ? 'disputed' : 'accepted',
    note: row.note,
    receivedAt: row.receivedAt.toISOString(),
    lines: row.lines
      .map((l) => {
        const line = lines.get(l.orderLineId);
        const unit = line?.unit ?? '';
        const shipped = storedQuantity(l.shippedQuantity.toFixed(3), 'shipped quantity', { positive: true });
        const received = storedQuantity(l.receivedQuantity.toFixed(3), 'received quantity', {
          positive: false,
        });
        const tolerance = toleranceFor({ unit }, row.toleranceBps);
        const q = quantityVariance(shipped, received, tolerance);
        return {
          orderLineId: l.orderLineId,
          lineNo: line?.lineNo ?? 0,
          skuCode: line?.skuCode ?? '',
          description: line?.description ?? '',
          unit,
          orderedGrade: line?.grade ?? null,
          grade: l.grade,
          shippedQuantity: formatQuantity(shipped),
          receivedQuantity: formatQuantity(received),
          variance: formatQuantity(q.variance),
          varianceBps: l.varianceBps,
          toleranceBps: tolerance,
          withinTolerance: l.withinTolerance,
          gradeMatches: gradeMatches(line?.grade ?? null, l.grade),
        };
      })
      .sort((a, b) => a.lineNo - b.lineNo),
  };
}

export function resolutionView(
  stored: StoredResolution,
  lines: ReadonlyMap<string, LineFacts>,
): DisputeResolution {
  switch (stored.kind) {
    case 'accept':
      return { kind: 'accept' };
    case 'price_adjustment':
      return { kind: 'price_adjustment', creditMinor: BigInt(stored.creditMinor) };
    case 'return':
      return {
        kind: 'return',
        lines: stored.lines.map((l) => {
          const line = lines.get(l.lineId);
          return {
            lineId: l.lineId,
            lineNo: line?.lineNo ?? 0,
            skuCode: line?.skuCode ?? '',
            unit: line?.unit ?? '',
            quantity: l.quantity,
          };
        }),
      };
  }
}

export const storedProposal = (row: Pick<DisputeRow, 'proposal'>): StoredProposal | null =>
  (row.proposal as StoredProposal | null) ?? null;
export const storedOutcome = (row: Pick<DisputeRow, 'outcome'>): StoredOutcome | null =>
  (row.outcome as StoredOutcome | null) ?? null;

export function disputeSummary(
  row: DisputeRow,
  orderNumber: string,
  lines: ReadonlyMap<string, LineFacts>,
  shipmentNumberOfReceipt: ReadonlyMap<string, string>,
): DisputeSummary {
  const proposal = storedProposal(row);
  const outcome = storedOutcome(row);
  return {
    id: row.id,
    orderId: row.orderId,
    orderNumber,
    receiptId: row.receiptId,
    shipmentNumber: row.receiptId ? (shipmentNumberOfReceipt.get(row.receiptId) ?? null) : null,
    status: row.status,
    reason: row.reason,
    openedAt: row.openedAt.toISOString(),
    proposal: proposal
      ? {
          by: proposal.by,
          resolution: resolutionView(proposal.resolution, lines),
          note: proposal.note,
          at: proposal.at,
        }
      : null,
    outcome: outcome
      ? {
          resolution: resolutionView(outcome.resolution, lines),
          decidedBy: outcome.decidedBy,
          note: outcome.note,
          at: outcome.at,
        }
      : null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    evidenceCount: row._count.evidence,
    version: row.version,
  };
}

export function evidenceView(row: EvidenceRow, buyerId: string): DisputeEvidence {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedBy: row.companyId === buyerId ? 'buyer' : 'seller',
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

export const lineFactsOf = (lines: readonly LineFacts[]) => new Map(lines.map((l) => [l.id, l]));
