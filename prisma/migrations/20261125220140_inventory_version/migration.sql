-- Seller inventory edits (catalog.setInventory): a version for optimistic concurrency and the
-- time of the last change. Existing stock positions start at version 1, updated now.
-- AlterTable
ALTER TABLE "inventory_levels" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
