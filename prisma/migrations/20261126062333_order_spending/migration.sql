-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "departmentId" UUID;

-- CreateIndex
CREATE INDEX "orders_buyerId_createdById_placedAt_idx" ON "orders"("buyerId", "createdById", "placedAt");

-- CreateIndex
CREATE INDEX "orders_buyerId_departmentId_placedAt_idx" ON "orders"("buyerId", "departmentId", "placedAt");
