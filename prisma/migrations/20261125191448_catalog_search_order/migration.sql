-- The catalog's order (name, id): a page is the first rows of this index.
CREATE INDEX "products_nameEn_id_idx" ON "products"("nameEn", "id");
