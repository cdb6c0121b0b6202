import { Injectable } from '@nestjs/common';
import {
  type InventoryRecord,
  InventoryRepository,
  type StockLevel,
} from '@tradeway/server/catalog/data-access';
import { checkOnHand, parseStock, trimStock, versionMatches } from '@tradeway/server/catalog/domain';
import { AuditService, type RequestAuth } from '@tradeway/server/platform';
import type { InventoryRow, ListInventoryQuery, SetInventoryInput } from '@tradeway/shared/contracts';
import { catalogError } from './catalog-errors';

/** The row as the API shows it: quantities without trailing zeros, the time as ISO text. */
export function inventoryRowView(r: InventoryRecord): InventoryRow {
  return {
    ...r,
    minOrderQuantity: trimStock(r.minOrderQuantity),
    onHand: trimStock(r.onHand),
    reserved: trimStock(r.reserved),
    available: trimStock(r.available),
    updatedAt: r.updatedAt ? r.updatedAt.toISOString() : null,
  };
}

/** What the audit log keeps of a stock position. */
const snapshot = (level: StockLevel, skuCode: string, locationCode: string) => ({
  skuId: level.skuId,
  skuCode,
  locationId: level.locationId,
  locationCode,
  onHand: trimStock(level.onHand),
  reserved: trimStock(level.reserved),
  version: level.version,
});

/**
 * A seller's stock per warehouse location (DESIGN.md §3). Reads and writes act in the
 * caller's active company: another seller's SKU is not found (404, decision 0006). On hand
 * is set, never below what orders have reserved; every change is audited (`inventory.set`,
 * before and after) in its transaction.
 */
@Injectable()
export class InventoryService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly audit: AuditService,
  ) {}

  async list(auth: RequestAuth, query: ListInventoryQuery) {
    const { items, total } = await this.repo.list(auth.companyId, query);
    return { items: items.map(inventoryRowView), total, page: query.page, pageSize: query.pageSize };
  }

  async stockLocations() {
    return { items: await this.repo.stockLocations() };
  }

  async set(auth: RequestAuth, input: SetInventoryInput): Promise<InventoryRow> {
    return this.repo.transaction(async (tx) => {
      const sku = await this.repo.sellerSku(auth.companyId, input.skuId, tx);
      if (!sku) throw catalogError('SKU_NOT_FOUND', 'skuId');
      const location = await this.repo.stockLocation(input.locationId, tx);
      if (!location) throw catalogError('LOCATION_NOT_FOUND', 'locationId');
      const before = await this.repo.lockLevel(tx, sku.id, location.id);
      if (!versionMatches(input.expectedVersion, before?.version ?? null)) {
        throw catalogError('INVENTORY_CHANGED', 'onHand');
      }
      const refusal = checkOnHand(input.onHand, before?.reserved ?? '0');
      if (refusal) throw catalogError(refusal.code, refusal.field, refusal.params);

      const unchanged = before !== null && parseStock(before.onHand) === parseStock(input.onHand);
      if (!unchanged) {
        const after = before
          ? await this.repo.setOnHand(tx, before.id, input.onHand)
          : await this.repo.createLevel(tx, sku.id, location.id, input.onHand);
        // Under the row lock only a concurrent first entry of the same position gets here.
        if (!after) throw catalogError('INVENTORY_CHANGED', 'onHand');
        await this.audit.record(
          auth,
          {
            companyId: auth.companyId,
            action: 'inventory.set',
            subjectType: 'inventory_level',
            subjectId: after.id,
            before: before ? snapshot(before, sku.code, location.code) : null,
            after: snapshot(after, sku.code, location.code),
          },
          tx,
        );
      }
      const row = await this.repo.row(auth.companyId, sku.id, location.id, tx);
      if (!row) throw new Error(`stock position ${sku.id}@${location.id} vanished inside its transaction`);
      return inventoryRowView(row);
    });
  }
}
