-- CreateEnum
CREATE TYPE "CommitmentRequestStatus" AS ENUM ('pending_approval', 'approved', 'rejected', 'applied', 'refused');

-- CreateTable
CREATE TABLE "group_buy_commitment_requests" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "userId" UUID,
    "departmentId" UUID,
    "quantity" DECIMAL(18,3) NOT NULL,
    "deliveryMonth" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "status" "CommitmentRequestStatus" NOT NULL,
    "approvalRequestId" UUID,
    "refusalCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "group_buy_commitment_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "group_buy_commitment_requests_campaignId_buyerId_createdAt_idx" ON "group_buy_commitment_requests"("campaignId", "buyerId", "createdAt" DESC);
