-- The order lists' counterparty filter (buyer → seller, seller → buyer): equality on both leading
-- columns, then newest first, so a page and the capped total stop early (decision 0016).
-- CreateIndex
CREATE INDEX "orders_buyerId_sellerId_createdAt_id_idx" ON "orders"("buyerId", "sellerId", "createdAt" DESC, "id");
