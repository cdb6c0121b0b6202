-- CreateEnum
CREATE TYPE "RfqStatus" AS ENUM ('draft', 'pending_approval', 'open', 'closed', 'awarded', 'cancelled', 'expired');

-- CreateEnum
CREATE TYPE "RfqQuoteStatus" AS ENUM ('active', 'withdrawn');

-- CreateEnum
CREATE TYPE "RfqAwardStatus" AS ENUM ('pending_approval', 'approved', 'rejected');

-- CreateTable
CREATE TABLE "rfqs" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "buyerId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "categoryId" UUID,
    "openToCategory" BOOLEAN NOT NULL DEFAULT false,
    "sealed" BOOLEAN NOT NULL DEFAULT false,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "deliveryDate" DATE NOT NULL,
    "deliveryRegion" TEXT NOT NULL,
    "deliveryAddress" TEXT NOT NULL DEFAULT '',
    "acceptedPaymentTerms" TEXT[],
    "costOfCapitalBps" INTEGER NOT NULL DEFAULT 600,
    "vatRecoverable" BOOLEAN NOT NULL DEFAULT true,
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "RfqStatus" NOT NULL,
    "approvalRequestId" UUID,
    "createdById" UUID NOT NULL,
    "departmentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "awardedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "rfqs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rfq_items" (
    "id" UUID NOT NULL,
    "rfqId" UUID NOT NULL,
    "itemNo" INTEGER NOT NULL,
    "skuId" UUID,
    "description" TEXT NOT NULL,
    "specification" TEXT NOT NULL DEFAULT '',
    "quantity" DECIMAL(18,3) NOT NULL,
    "unit" TEXT NOT NULL,

    CONSTRAINT "rfq_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rfq_invitations" (
    "rfqId" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "invited" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstViewedAt" TIMESTAMP(3),
    "firstQuotedAt" TIMESTAMP(3),

    CONSTRAINT "rfq_invitations_pkey" PRIMARY KEY ("rfqId","sellerId")
);

-- CreateTable
CREATE TABLE "rfq_attachments" (
    "id" UUID NOT NULL,
    "rfqId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rfq_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rfq_quotes" (
    "id" UUID NOT NULL,
    "rfqId" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "status" "RfqQuoteStatus" NOT NULL,
    "currentVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "rfq_quotes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rfq_quote_versions" (
    "id" UUID NOT NULL,
    "quoteId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "paymentTerm" TEXT NOT NULL,
    "deliveryDate" DATE NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "lines" JSONB NOT NULL,
    "roundId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rfq_quote_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rfq_rounds" (
    "id" UUID NOT NULL,
    "rfqId" UUID NOT NULL,
    "roundNo" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rfq_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rfq_round_targets" (
    "roundId" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "targets" JSONB NOT NULL,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "rfq_round_targets_pkey" PRIMARY KEY ("roundId","sellerId")
);

-- CreateTable
CREATE TABLE "rfq_awards" (
    "id" UUID NOT NULL,
    "rfqId" UUID NOT NULL,
    "status" "RfqAwardStatus" NOT NULL,
    "justification" TEXT NOT NULL,
    "allocations" JSONB NOT NULL,
    "comparison" JSONB NOT NULL,
    "totalLandedMinor" BIGINT NOT NULL,
    "totalMinor" BIGINT NOT NULL,
    "approvalRequestId" UUID,
    "orderIds" TEXT[],
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "rfq_awards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rfq_events" (
    "id" UUID NOT NULL,
    "rfqId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actorCompanyId" UUID,
    "actorUserId" UUID,
    "sellerId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rfq_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "rfqs_number_key" ON "rfqs"("number");

-- CreateIndex
CREATE INDEX "rfqs_buyerId_createdAt_id_idx" ON "rfqs"("buyerId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "rfqs_status_deadline_idx" ON "rfqs"("status", "deadline");

-- CreateIndex
CREATE INDEX "rfqs_categoryId_status_idx" ON "rfqs"("categoryId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "rfq_items_rfqId_itemNo_key" ON "rfq_items"("rfqId", "itemNo");

-- CreateIndex
CREATE INDEX "rfq_invitations_sellerId_createdAt_idx" ON "rfq_invitations"("sellerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "rfq_attachments_rfqId_idx" ON "rfq_attachments"("rfqId");

-- CreateIndex
CREATE INDEX "rfq_quotes_sellerId_updatedAt_idx" ON "rfq_quotes"("sellerId", "updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "rfq_quotes_rfqId_sellerId_key" ON "rfq_quotes"("rfqId", "sellerId");

-- CreateIndex
CREATE UNIQUE INDEX "rfq_quote_versions_quoteId_version_key" ON "rfq_quote_versions"("quoteId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "rfq_rounds_rfqId_roundNo_key" ON "rfq_rounds"("rfqId", "roundNo");

-- CreateIndex
CREATE INDEX "rfq_round_targets_sellerId_idx" ON "rfq_round_targets"("sellerId");

-- CreateIndex
CREATE INDEX "rfq_awards_rfqId_createdAt_idx" ON "rfq_awards"("rfqId", "createdAt");

-- CreateIndex
CREATE INDEX "rfq_events_rfqId_at_idx" ON "rfq_events"("rfqId", "at");

-- AddForeignKey
ALTER TABLE "rfq_items" ADD CONSTRAINT "rfq_items_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "rfqs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_invitations" ADD CONSTRAINT "rfq_invitations_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "rfqs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_attachments" ADD CONSTRAINT "rfq_attachments_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "rfqs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_quotes" ADD CONSTRAINT "rfq_quotes_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "rfqs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_quote_versions" ADD CONSTRAINT "rfq_quote_versions_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "rfq_quotes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_rounds" ADD CONSTRAINT "rfq_rounds_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "rfqs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_round_targets" ADD CONSTRAINT "rfq_round_targets_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "rfq_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_awards" ADD CONSTRAINT "rfq_awards_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "rfqs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rfq_events" ADD CONSTRAINT "rfq_events_rfqId_fkey" FOREIGN KEY ("rfqId") REFERENCES "rfqs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- RFQ numbers: RFQ-<China day>-<6 digits>, from one sequence.
CREATE SEQUENCE "rfq_number_seq";

-- A quote version is what the seller offered, as offered: never changed, never removed
-- (a revision is a new version; a withdrawal marks the quote, not its versions).
CREATE FUNCTION rfq_quote_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rfq quote version % of quote % is immutable', OLD."version", OLD."quoteId";
END $$;
CREATE TRIGGER rfq_quote_versions_immutable BEFORE UPDATE OR DELETE ON "rfq_quote_versions"
  FOR EACH ROW EXECUTE FUNCTION rfq_quote_versions_immutable();
