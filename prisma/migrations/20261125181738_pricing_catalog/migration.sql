-- CreateEnum
CREATE TYPE "PriceListKind" AS ENUM ('list', 'grade', 'contract');

-- CreateEnum
CREATE TYPE "PriceListStatus" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "LadderMode" AS ENUM ('all_units', 'graduated');

-- CreateEnum
CREATE TYPE "QuoteStatus" AS ENUM ('pending_approval', 'active', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "QuoteOrigin" AS ENUM ('buyer_request', 'seller_offer');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('products', 'price_list');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'validating', 'applying', 'done', 'failed');

-- DropIndex
DROP INDEX "products_code_key";

-- DropIndex
DROP INDEX "products_sellerId_idx";

-- DropIndex
DROP INDEX "skus_code_key";

-- AlterTable
ALTER TABLE "companies" ADD COLUMN     "regionCode" TEXT;

-- AlterTable
ALTER TABLE "skus" ADD COLUMN     "sellerId" UUID,
ADD COLUMN     "specCode" TEXT;

-- CreateTable
CREATE TABLE "customer_grades" (
    "id" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "customer_grades_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_grade_assignments" (
    "id" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "gradeId" UUID NOT NULL,
    "assignedById" UUID NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_grade_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_lists" (
    "id" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PriceListKind" NOT NULL,
    "gradeId" UUID,
    "buyerId" UUID,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "validFrom" DATE,
    "validTo" DATE,
    "status" "PriceListStatus" NOT NULL DEFAULT 'draft',
    "terms" JSONB,
    "delivery" JSONB,
    "quoteValidityDays" INTEGER NOT NULL DEFAULT 7,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "price_lists_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_list_items" (
    "id" UUID NOT NULL,
    "priceListId" UUID NOT NULL,
    "skuId" UUID NOT NULL,
    "unitPrice" DECIMAL(16,4) NOT NULL,
    "floorPrice" DECIMAL(16,4),
    "ladderMode" "LadderMode" NOT NULL DEFAULT 'all_units',
    "ladder" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "price_list_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rebate_entries" (
    "id" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'CNY',
    "reason" TEXT NOT NULL,
    "quoteId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rebate_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quotes" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "sellerId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "skuId" UUID NOT NULL,
    "origin" "QuoteOrigin" NOT NULL,
    "createdById" UUID NOT NULL,
    "status" "QuoteStatus" NOT NULL,
    "priceListId" UUID NOT NULL,
    "request" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "quantity" DECIMAL(18,3) NOT NULL,
    "unitPrice" DECIMAL(16,4) NOT NULL,
    "netMinor" BIGINT NOT NULL,
    "taxMinor" BIGINT NOT NULL,
    "totalMinor" BIGINT NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" UUID,
    "approvalRequestId" UUID,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "quotes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_imports" (
    "id" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "priceListId" UUID,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "strict" BOOLEAN NOT NULL,
    "content" BYTEA NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "appliedRows" INTEGER NOT NULL DEFAULT 0,
    "rejectedRows" INTEGER NOT NULL DEFAULT 0,
    "rejections" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "catalog_imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "customer_grades_sellerId_code_key" ON "customer_grades"("sellerId", "code");

-- CreateIndex
CREATE INDEX "customer_grade_assignments_gradeId_idx" ON "customer_grade_assignments"("gradeId");

-- CreateIndex
CREATE UNIQUE INDEX "customer_grade_assignments_sellerId_buyerId_key" ON "customer_grade_assignments"("sellerId", "buyerId");

-- CreateIndex
CREATE INDEX "price_lists_sellerId_kind_status_idx" ON "price_lists"("sellerId", "kind", "status");

-- CreateIndex
CREATE INDEX "price_lists_buyerId_idx" ON "price_lists"("buyerId");

-- CreateIndex
CREATE INDEX "price_lists_gradeId_idx" ON "price_lists"("gradeId");

-- CreateIndex
CREATE UNIQUE INDEX "price_lists_sellerId_code_key" ON "price_lists"("sellerId", "code");

-- CreateIndex
CREATE INDEX "price_list_items_skuId_idx" ON "price_list_items"("skuId");

-- CreateIndex
CREATE UNIQUE INDEX "price_list_items_priceListId_skuId_key" ON "price_list_items"("priceListId", "skuId");

-- CreateIndex
CREATE UNIQUE INDEX "rebate_entries_quoteId_key" ON "rebate_entries"("quoteId");

-- CreateIndex
CREATE INDEX "rebate_entries_sellerId_buyerId_idx" ON "rebate_entries"("sellerId", "buyerId");

-- CreateIndex
CREATE UNIQUE INDEX "quotes_number_key" ON "quotes"("number");

-- CreateIndex
CREATE INDEX "quotes_buyerId_createdAt_idx" ON "quotes"("buyerId", "createdAt");

-- CreateIndex
CREATE INDEX "quotes_sellerId_createdAt_idx" ON "quotes"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "catalog_imports_sellerId_createdAt_idx" ON "catalog_imports"("sellerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "products_sellerId_code_key" ON "products"("sellerId", "code");

-- CreateIndex
CREATE INDEX "skus_specCode_idx" ON "skus"("specCode");

-- CreateIndex
CREATE UNIQUE INDEX "skus_sellerId_code_key" ON "skus"("sellerId", "code");

-- AddForeignKey
ALTER TABLE "price_list_items" ADD CONSTRAINT "price_list_items_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "price_lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing SKUs take their product's seller (hand-written).
UPDATE "skus" s SET "sellerId" = p."sellerId" FROM "products" p WHERE p."id" = s."productId";
ALTER TABLE "skus" ALTER COLUMN "sellerId" SET NOT NULL;

-- Keyword search by substring in either language and the code, at catalog scale (hand-written).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "products_search_trgm_idx" ON "products"
  USING GIN (("nameZh" || ' ' || "nameEn" || ' ' || "code") gin_trgm_ops);
-- Specification filters (attributes @> '{"grade":"一级"}').
CREATE INDEX "skus_attributes_idx" ON "skus" USING GIN ("attributes" jsonb_path_ops);

-- A stored quote is honoured exactly: its inputs, breakdown and figures never change, and it
-- is never deleted; only its status, acceptance and approval link move (hand-written).
CREATE FUNCTION quotes_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'quotes are kept: % cannot be deleted', OLD."number";
  END IF;
  IF (NEW."number", NEW."sellerId", NEW."buyerId", NEW."skuId", NEW."origin", NEW."createdById",
      NEW."priceListId", NEW."request", NEW."result", NEW."currency", NEW."quantity", NEW."unitPrice",
      NEW."netMinor", NEW."taxMinor", NEW."totalMinor", NEW."validUntil", NEW."createdAt", NEW."note")
     IS DISTINCT FROM
     (OLD."number", OLD."sellerId", OLD."buyerId", OLD."skuId", OLD."origin", OLD."createdById",
      OLD."priceListId", OLD."request", OLD."result", OLD."currency", OLD."quantity", OLD."unitPrice",
      OLD."netMinor", OLD."taxMinor", OLD."totalMinor", OLD."validUntil", OLD."createdAt", OLD."note") THEN
    RAISE EXCEPTION 'quote % is immutable', OLD."number";
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER quotes_immutable BEFORE UPDATE OR DELETE ON "quotes"
  FOR EACH ROW EXECUTE FUNCTION quotes_immutable();
