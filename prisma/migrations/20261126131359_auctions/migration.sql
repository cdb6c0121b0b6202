-- CreateEnum
CREATE TYPE "AuctionDirection" AS ENUM ('reverse', 'forward');

-- CreateEnum
CREATE TYPE "AuctionVisibility" AS ENUM ('rank_only', 'best_price', 'sealed');

-- CreateEnum
CREATE TYPE "AuctionStatus" AS ENUM ('draft', 'scheduled', 'running', 'closed', 'awarded', 'cancelled', 'expired');

-- CreateEnum
CREATE TYPE "AuctionParticipantStatus" AS ENUM ('invited', 'suspended');

-- CreateEnum
CREATE TYPE "AuctionAwardStatus" AS ENUM ('pending_approval', 'approved', 'rejected');

-- CreateTable
CREATE TABLE "auctions" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "direction" "AuctionDirection" NOT NULL,
    "visibility" "AuctionVisibility" NOT NULL,
    "status" "AuctionStatus" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "skuId" UUID,
    "quantity" DECIMAL(18,3) NOT NULL,
    "unit" TEXT NOT NULL,
    "deliveryRegion" TEXT NOT NULL,
    "deliveryDate" DATE NOT NULL,
    "paymentTerm" TEXT NOT NULL,
    "openingPrice" DECIMAL(18,4) NOT NULL,
    "reservePrice" DECIMAL(18,4),
    "lastPrice" DECIMAL(18,4),
    "minStepAmount" DECIMAL(18,4),
    "minStepBps" INTEGER,
    "maxStepAmount" DECIMAL(18,4),
    "maxStepBps" INTEGER,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "currentEnd" TIMESTAMP(3) NOT NULL,
    "extensions" INTEGER NOT NULL DEFAULT 0,
    "snipingWindowSeconds" INTEGER NOT NULL DEFAULT 300,
    "extensionSeconds" INTEGER NOT NULL DEFAULT 300,
    "maxExtensions" INTEGER,
    "hardStopAt" TIMESTAMP(3),
    "triggerRank" INTEGER NOT NULL DEFAULT 1,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "headHash" CHAR(64) NOT NULL,
    "acceptedBids" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "departmentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "scheduledAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "awardedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "auctions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_participants" (
    "auctionId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "aliasNo" INTEGER NOT NULL,
    "status" "AuctionParticipantStatus" NOT NULL DEFAULT 'invited',
    "bestPrice" DECIMAL(18,4),
    "bestSeq" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auction_participants_pkey" PRIMARY KEY ("auctionId","companyId")
);

-- CreateTable
CREATE TABLE "auction_bids" (
    "auctionId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "companyId" UUID NOT NULL,
    "userId" UUID,
    "aliasNo" INTEGER NOT NULL,
    "price" DECIMAL(18,4) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "outcome" TEXT NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "auction_bids_pkey" PRIMARY KEY ("auctionId","seq")
);

-- CreateTable
CREATE TABLE "auction_events" (
    "id" UUID NOT NULL,
    "auctionId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actorCompanyId" UUID,
    "actorUserId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "auction_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auction_awards" (
    "id" UUID NOT NULL,
    "auctionId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "price" DECIMAL(18,4) NOT NULL,
    "justification" TEXT NOT NULL,
    "status" "AuctionAwardStatus" NOT NULL,
    "approvalRequestId" UUID,
    "orderId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "auction_awards_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "auctions_number_key" ON "auctions"("number");

-- CreateIndex
CREATE INDEX "auctions_ownerId_createdAt_id_idx" ON "auctions"("ownerId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "auctions_status_currentEnd_idx" ON "auctions"("status", "currentEnd");

-- CreateIndex
CREATE INDEX "auction_participants_companyId_createdAt_idx" ON "auction_participants"("companyId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "auction_participants_auctionId_aliasNo_key" ON "auction_participants"("auctionId", "aliasNo");

-- CreateIndex
CREATE INDEX "auction_bids_auctionId_companyId_seq_idx" ON "auction_bids"("auctionId", "companyId", "seq");

-- CreateIndex
CREATE INDEX "auction_events_auctionId_at_idx" ON "auction_events"("auctionId", "at");

-- CreateIndex
CREATE INDEX "auction_awards_auctionId_createdAt_idx" ON "auction_awards"("auctionId", "createdAt");

-- AddForeignKey
ALTER TABLE "auction_participants" ADD CONSTRAINT "auction_participants_auctionId_fkey" FOREIGN KEY ("auctionId") REFERENCES "auctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_bids" ADD CONSTRAINT "auction_bids_auctionId_fkey" FOREIGN KEY ("auctionId") REFERENCES "auctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_events" ADD CONSTRAINT "auction_events_auctionId_fkey" FOREIGN KEY ("auctionId") REFERENCES "auctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auction_awards" ADD CONSTRAINT "auction_awards_auctionId_fkey" FOREIGN KEY ("auctionId") REFERENCES "auctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Auction numbers: AUC-<China day>-<6 digits>, from one sequence.
CREATE SEQUENCE "auction_number_seq";

-- The bid log is append-only: what was bid, and decided, is never changed or removed
-- (the hash chain lets participants check it; this keeps the application honest too).
CREATE FUNCTION auction_bids_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'auction bids are immutable';
END $$;
CREATE TRIGGER auction_bids_immutable BEFORE UPDATE OR DELETE ON "auction_bids"
  FOR EACH ROW EXECUTE FUNCTION auction_bids_immutable();
