import type { CompanyNames as PlatformCompanyNames } from '@tradeway/server/platform';
import type { RfqDetailRow, RfqQuoteRow } from '@tradeway/server/rfq/data-access';
import { type PaymentTerm, type Rfq, type RfqQuote, RfqQuoteLineSchema } from '@tradeway/shared/contracts';
import { z } from 'zod';

export type CompanyNames = ReadonlyMap<string, PlatformCompanyNames>;

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Stored quote lines, read back (written only through the contract's schema). */
export const StoredQuoteLinesSchema = z.array(RfqQuoteLineSchema);

/**
 * An RFQ as one side sees it. The buyer sees everything but quotes while sealed; a seller sees
 * the request, the public steps (published, closed, cancelled, awarded) and its own quote's
 * steps, never the other sellers or their count.
 */
export function rfqView(
  row: RfqDetailRow,
  side: 'buyer' | 'seller',
  names: CompanyNames,
  viewer: { sellerId: string | null; quotesVisible: boolean; activeQuotes: Map<string, boolean> },
): Rfq {
  const buyer = names.get(row.buyerId);
  const award = row.awards[0] ?? null;
  const publicKinds = new Set(['rfq.published', 'rfq.closed', 'rfq.expired', 'rfq.cancelled', 'rfq.awarded']);
  const events = row.events
    .filter((e) =>
      side === 'buyer'
        ? true
        : publicKinds.has(e.kind) || (e.sellerId !== null && e.sellerId === viewer.sellerId),
    )
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      actor:
        e.actorCompanyId === null
          ? ('system' as const)
          : e.actorCompanyId === row.buyerId
            ? ('buyer' as const)
            : ('seller' as const),
      at: iso(e.at),
      data: (e.data ?? {}) as Record<string, unknown>,
    }));
  return {
    id: row.id,
    number: row.number,
    side,
    buyerId: row.buyerId,
    buyerName: buyer?.name ?? '',
    buyerNameEn: buyer?.nameEn ?? null,
    title: row.title,
    description: row.description,
    categoryId: row.categoryId,
    openToCategory: row.openToCategory,
    sealed: row.sealed,
    currency: row.currency,
    deliveryDate: day(row.deliveryDate),
    deliveryRegion: row.deliveryRegion,
    deliveryAddress: row.deliveryAddress,
    acceptedPaymentTerms: row.acceptedPaymentTerms as PaymentTerm[],
    costOfCapitalBps: row.costOfCapitalBps,
    vatRecoverable: row.vatRecoverable,
    deadline: iso(row.deadline),
    status: row.status,
    approvalRequestId: side === 'buyer' ? row.approvalRequestId : null,
    createdAt: iso(row.createdAt),
    publishedAt: isoOrNull(row.publishedAt),
    closedAt: isoOrNull(row.closedAt),
    awardedAt: isoOrNull(row.awardedAt),
    cancelReason: row.cancelReason,
    version: row.version,
    items: row.items.map((i) => ({
      itemNo: i.itemNo,
      skuId: i.skuId,
      description: i.description,
      specification: i.specification,
      quantity: i.quantity.toFixed(3),
      unit: i.unit,
    })),
    attachments: row.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      uploadedAt: iso(a.createdAt),
    })),
    invitations:
      side === 'buyer'
        ? row.invitations.map((inv) => ({
            sellerId: inv.sellerId,
            sellerName: names.get(inv.sellerId)?.name ?? '',
            sellerNameEn: names.get(inv.sellerId)?.nameEn ?? null,
            invited: inv.invited,
            firstViewedAt: isoOrNull(inv.firstViewedAt),
            firstQuotedAt: viewer.quotesVisible ? isoOrNull(inv.firstQuotedAt) : null,
            quoted: viewer.quotesVisible ? (viewer.activeQuotes.get(inv.sellerId) ?? false) : null,
          }))
        : [],
    events,
    quoteCount:
      side === 'buyer' && viewer.quotesVisible
        ? [...viewer.activeQuotes.values()].filter(Boolean).length
        : null,
    award:
      award && side === 'buyer'
        ? {
            id: award.id,
            status: award.status,
            justification: award.justification,
            approvalRequestId: award.approvalRequestId,
            orderIds: award.orderIds,
            createdAt: iso(award.createdAt),
          }
        : null,
  };
}

export function quoteView(
  row: RfqQuoteRow,
  names: CompanyNames,
  roundNumbers: Map<string, number>,
  openRounds: RfqQuote['openRounds'] = [],
): RfqQuote {
  const seller = names.get(row.sellerId);
  return {
    id: row.id,
    rfqId: row.rfqId,
    sellerId: row.sellerId,
    sellerName: seller?.name ?? '',
    sellerNameEn: seller?.nameEn ?? null,
    status: row.status,
    currentVersion: row.currentVersion,
    withdrawnAt: isoOrNull(row.withdrawnAt),
    versions: row.versions.map((v) => ({
      version: v.version,
      paymentTerm: v.paymentTerm as PaymentTerm,
      deliveryDate: day(v.deliveryDate),
      validUntil: iso(v.validUntil),
      note: v.note,
      lines: StoredQuoteLinesSchema.parse(v.lines),
      roundNo: v.roundId ? (roundNumbers.get(v.roundId) ?? null) : null,
      createdAt: iso(v.createdAt),
    })),
    openRounds,
  };
}
