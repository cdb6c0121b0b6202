-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'pending_seller', 'open', 'settling', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "CampaignOrganiserKind" AS ENUM ('seller', 'buyer', 'operator');

-- CreateEnum
CREATE TYPE "DepositStatus" AS ENUM ('held', 'released', 'applied');

-- CreateTable
CREATE TABLE "group_buy_campaigns" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "organiserId" UUID NOT NULL,
    "organiserKind" "CampaignOrganiserKind" NOT NULL,
    "sellerId" UUID NOT NULL,
    "skuId" UUID NOT NULL,
    "status" "CampaignStatus" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "unit" TEXT NOT NULL,
    "taxRateBps" INTEGER NOT NULL,
    "regions" TEXT[],
    "ladder" JSONB NOT NULL,
    "minTotal" DECIMAL(18,3) NOT NULL,
    "maxTotal" DECIMAL(18,3),
    "perBuyerMin" DECIMAL(18,3),
    "perBuyerMax" DECIMAL(18,3),
    "lockAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "deliveryMonths" TEXT[],
    "depositBps" INTEGER NOT NULL,
    "paymentTerm" TEXT NOT NULL,
    "total" DECIMAL(18,3) NOT NULL DEFAULT 0,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "succeeded" BOOLEAN,
    "finalPrice" DECIMAL(18,4),
    "settledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "createdById" UUID NOT NULL,
    "departmentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "group_buy_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_buy_commitments" (
    "campaignId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "quantity" DECIMAL(18,3) NOT NULL,
    "deliveryMonth" TEXT NOT NULL,
    "depositMinor" BIGINT NOT NULL,
    "depositStatus" "DepositStatus" NOT NULL DEFAULT 'held',
    "orderId" UUID,
    "createdById" UUID,
    "departmentId" UUID,
    "joinedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "group_buy_commitments_pkey" PRIMARY KEY ("campaignId","buyerId")
);

-- CreateTable
CREATE TABLE "group_buy_commitment_changes" (
    "id" BIGSERIAL NOT NULL,
    "campaignId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "userId" UUID,
    "kind" TEXT NOT NULL,
    "quantity" DECIMAL(18,3) NOT NULL,
    "delta" DECIMAL(18,3) NOT NULL,
    "total" DECIMAL(18,3) NOT NULL,
    "deliveryMonth" TEXT NOT NULL,
    "depositMinor" BIGINT NOT NULL,
    "orderId" UUID,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "group_buy_commitment_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_buy_events" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actorCompanyId" UUID,
    "actorUserId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "group_buy_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "group_buy_campaigns_number_key" ON "group_buy_campaigns"("number");

-- CreateIndex
CREATE INDEX "group_buy_campaigns_status_deadline_idx" ON "group_buy_campaigns"("status", "deadline");

-- CreateIndex
CREATE INDEX "group_buy_campaigns_organiserId_createdAt_id_idx" ON "group_buy_campaigns"("organiserId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "group_buy_campaigns_sellerId_createdAt_id_idx" ON "group_buy_campaigns"("sellerId", "createdAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "group_buy_commitments_orderId_key" ON "group_buy_commitments"("orderId");

-- CreateIndex
CREATE INDEX "group_buy_commitments_buyerId_joinedAt_idx" ON "group_buy_commitments"("buyerId", "joinedAt" DESC);

-- CreateIndex
CREATE INDEX "group_buy_commitment_changes_campaignId_id_idx" ON "group_buy_commitment_changes"("campaignId", "id");

-- CreateIndex
CREATE INDEX "group_buy_events_campaignId_at_idx" ON "group_buy_events"("campaignId", "at");

-- AddForeignKey
ALTER TABLE "group_buy_commitments" ADD CONSTRAINT "group_buy_commitments_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "group_buy_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_buy_commitment_changes" ADD CONSTRAINT "group_buy_commitment_changes_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "group_buy_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_buy_events" ADD CONSTRAINT "group_buy_events_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "group_buy_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The pooled total never goes beyond the maximum, whatever the application does.
ALTER TABLE "group_buy_campaigns" ADD CONSTRAINT "group_buy_campaigns_total_within_max"
  CHECK ("total" >= 0 AND ("maxTotal" IS NULL OR "total" <= "maxTotal"));

-- Campaign numbers: GB-<China day>-<6 digits>, from one sequence.
CREATE SEQUENCE "group_buy_number_seq";

-- Commitment changes are the audit trail of commitments and deposits: append-only.
CREATE FUNCTION group_buy_changes_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'group-buy commitment changes are immutable';
END $$;
CREATE TRIGGER group_buy_changes_immutable BEFORE UPDATE OR DELETE ON "group_buy_commitment_changes"
  FOR EACH ROW EXECUTE FUNCTION group_buy_changes_immutable();

-- One order per participant of a campaign, however often (or concurrently) its settlement runs.
CREATE UNIQUE INDEX "orders_group_buy_participant_key" ON "orders" ("sourceId", "buyerId")
  WHERE "source" = 'group_buy';
