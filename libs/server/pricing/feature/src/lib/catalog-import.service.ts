import { Injectable, Logger } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import {
  PRICE_IMPORT,
  PRODUCT_IMPORT,
  type PriceImportRow,
  type ProductImportRow,
  readAndValidate,
  type Rejection,
  rejectionReport,
  type SheetFormat,
  type SheetLocale,
  templateFor,
  writeSheet,
} from '@tradeway/server/catalog/spreadsheet';
import {
  AuditService,
  Prisma,
  QUEUES,
  QueueDriver,
  type RequestAuth,
  userIdOf,
} from '@tradeway/server/platform';
import { PricingRepository, trimZeros } from '@tradeway/server/pricing/data-access';
import { validatePriceItem } from '@tradeway/server/pricing/domain';
import type { ImportJob } from '@tradeway/shared/contracts';
import { notFound, unprocessable } from './pricing-errors';

type ImportRow = Prisma.CatalogImportGetPayload<object>;
type StoredRejection = {
  rowNumber: number;
  column: string;
  code: string;
  message: string;
  messageZh: string;
};

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const BATCH = 1_000;
/** Rejections shown with the job; the whole list is the downloadable report. */
const SHOWN_REJECTIONS = 50;

const formatOf = (name: string): SheetFormat | null =>
  /\.xlsx$/i.test(name) ? 'xlsx' : /\.csv$/i.test(name) ? 'csv' : null;

function stored(r: Rejection): StoredRejection {
  return {
    rowNumber: r.rowNumber,
    column: r.column,
    code: r.code,
    message: r.message.en,
    messageZh: r.message.zh,
  };
}

function reference(rowNumber: number, column: string, code: string, en: string, zh: string): StoredRejection {
  return { rowNumber, column, code, message: en, messageZh: zh };
}

/**
 * Spreadsheet imports and exports (DESIGN.md §3): the API checks the file is a readable
 * spreadsheet with the right columns (4xx otherwise, nothing stored), the worker validates
 * every row, checks references (categories, SKUs), and applies all valid rows in one
 * transaction, or nothing in strict mode when any row is rejected. Progress is written as it
 * goes, outside that transaction, so the portal can show it.
 */
@Injectable()
export class CatalogImportService {
  private readonly logger = new Logger(CatalogImportService.name);

  constructor(
    private readonly repo: PricingRepository,
    private readonly audit: AuditService,
    private readonly queues: QueueDriver,
  ) {}

  private view(row: ImportRow): ImportJob {
    const rejections = row.rejections as unknown as StoredRejection[];
    return {
      id: row.id,
      kind: row.kind,
      priceListId: row.priceListId,
      fileName: row.fileName,
      format: row.format as SheetFormat,
      strict: row.strict,
      status: row.status,
      totalRows: row.totalRows,
      processedRows: row.processedRows,
      appliedRows: row.appliedRows,
      rejectedRows: row.rejectedRows,
      rejections: rejections.slice(0, SHOWN_REJECTIONS),
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  async create(
    auth: RequestAuth,
    input: { file: File; kind: 'products' | 'price_list'; priceListId?: string | undefined; strict: boolean },
  ): Promise<ImportJob> {
    const me = userIdOf(auth);
    const format = formatOf(input.file.name);
    if (!format) {
      throw unprocessable('file', 'Upload an .xlsx or .csv file', '请上传 .xlsx 或 .csv 文件', 'FILE_TYPE');
    }
    if (input.file.size > MAX_IMPORT_BYTES) {
      throw unprocessable('file', 'The file is larger than 20 MB', '文件超过 20 MB', 'FILE_TOO_LARGE');
    }
    if (input.kind === 'price_list') {
      if (!input.priceListId) {
        throw unprocessable('priceListId', 'Choose the price list to import into', '请选择要导入的价格表');
      }
      const list = await this.repo.db.priceList.findFirst({
        where: { id: input.priceListId, sellerId: auth.companyId },
      });
      if (!list) throw notFound('Price list');
    }
    const content = Buffer.from(await input.file.arrayBuffer());
    // The file's shape is checked now, so a wrong file is a 4xx and nothing is stored.
    const schema = input.kind === 'products' ? PRODUCT_IMPORT : PRICE_IMPORT;
    const read = await readAndValidate(schema as typeof PRODUCT_IMPORT, content, format);
    if (!read.ok) {
      throw new ORPCError(read.error.code, {
        status: 422,
        message: read.error.message.en,
        data: {
          reason: read.error.code,
          messageZh: read.error.message.zh,
          fields: [{ path: 'file', message: read.error.message.en, messageZh: read.error.message.zh }],
        },
      });
    }
    const total = read.value.valid.length + new Set(read.value.rejected.map((r) => r.rowNumber)).size;
    const row = await this.repo.db.catalogImport.create({
      omit: { content: true },
      data: {
        sellerId: auth.companyId,
        createdById: me,
        kind: input.kind,
        priceListId: input.kind === 'price_list' ? (input.priceListId ?? null) : null,
        fileName: input.file.name.slice(0, 200),
        format,
        strict: input.strict,
        content,
        totalRows: total,
      },
    });
    try {
      await this.queues.queue(QUEUES.catalogImport).add('import', { importId: row.id }, { jobId: row.id });
    } catch (e) {
      await this.progress(row.id, {
        status: 'failed',
        error: 'The job queue is unavailable',
        finishedAt: new Date(),
      });
      this.logger.warn(`import ${row.id} not queued: ${(e as Error).message}`);
      throw new ORPCError('SERVICE_UNAVAILABLE', {
        status: 503,
        message: 'Imports are unavailable for a moment (job queue down); try again shortly',
        data: { messageZh: '导入暂不可用（任务队列故障），请稍后重试' },
      });
    }
    return this.view({ ...row, content: Buffer.alloc(0) } as ImportRow);
  }

  async get(auth: RequestAuth, importId: string): Promise<ImportJob> {
    return this.view(await this.own(auth, importId));
  }

  private async own(auth: RequestAuth, importId: string): Promise<ImportRow> {
    const row = await this.repo.db.catalogImport.findFirst({
      where: { id: importId, sellerId: auth.companyId },
    });
    if (!row) throw notFound('Import');
    return { ...row, content: Buffer.alloc(0) } as ImportRow;
  }

  async list(auth: RequestAuth, query: { page: number; pageSize: number }) {
    const where = { sellerId: auth.companyId };
    const [rows, total] = await Promise.all([
      this.repo.db.catalogImport.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        omit: { content: true },
      }),
      this.repo.db.catalogImport.count({ where }),
    ]);
    return {
      items: rows.map((r) => this.view({ ...r, content: Buffer.alloc(0) } as ImportRow)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async report(auth: RequestAuth, importId: string, format: SheetFormat, locale: SheetLocale): Promise<File> {
    const row = await this.own(auth, importId);
    const rejections = (row.rejections as unknown as StoredRejection[]).map((r) => ({
      rowNumber: r.rowNumber,
      column: r.column,
      code: r.code,
      message: { zh: r.messageZh, en: r.message },
    }));
    const buffer = await rejectionReport(rejections as unknown as Rejection[], format, locale);
    return fileOf(buffer, `rejections-${row.id.slice(0, 8)}.${format}`, format);
  }

  async template(kind: 'products' | 'price_list', format: SheetFormat, locale: SheetLocale): Promise<File> {
    const schema = kind === 'products' ? PRODUCT_IMPORT : PRICE_IMPORT;
    const buffer = await templateFor(schema as typeof PRODUCT_IMPORT, format, locale);
    return fileOf(buffer, `tradeway-${kind}-template.${format}`, format);
  }

  async exportProducts(auth: RequestAuth, format: SheetFormat, locale: SheetLocale): Promise<File> {
    const skus = await this.repo.db.sku.findMany({
      where: { sellerId: auth.companyId },
      orderBy: [{ code: 'asc' }],
      include: { product: { include: { category: { select: { code: true } } } } },
    });
    const rows = skus.map((s) =>
      PRODUCT_IMPORT.toCells({
        productCode: s.product.code,
        productNameZh: s.product.nameZh,
        productNameEn: s.product.nameEn,
        categoryCode: s.product.category.code,
        unit: s.unit,
        skuCode: s.code,
        specCode: s.specCode,
        attributes: Object.fromEntries(
          Object.entries((s.attributes ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
        ),
        packSize: trimZeros(s.packSize.toFixed()),
        minOrderQuantity: trimZeros(s.minOrderQuantity.toFixed()),
        orderIncrement: trimZeros(s.orderIncrement.toFixed()),
      }),
    );
    const buffer = await writeSheet(PRODUCT_IMPORT.columns, rows, format, locale);
    return fileOf(buffer, `products.${format}`, format);
  }

  async exportPriceList(
    auth: RequestAuth,
    listId: string,
    format: SheetFormat,
    locale: SheetLocale,
  ): Promise<File> {
    const list = await this.repo.db.priceList.findFirst({ where: { id: listId, sellerId: auth.companyId } });
    if (!list) throw notFound('Price list');
    const items = await this.repo.db.priceListItem.findMany({ where: { priceListId: listId } });
    const skus = await this.repo.db.sku.findMany({
      where: { id: { in: items.map((i) => i.skuId) } },
      select: { id: true, code: true },
    });
    const codeOf = new Map(skus.map((s) => [s.id, s.code]));
    const rows = items
      .map((i) =>
        PRICE_IMPORT.toCells({
          skuCode: codeOf.get(i.skuId) ?? '',
          unitPrice: trimZeros(i.unitPrice.toFixed()),
          floorPrice: i.floorPrice ? trimZeros(i.floorPrice.toFixed()) : null,
          ladderMode: i.ladderMode,
          ladder: i.ladder as unknown as PriceImportRow['ladder'],
        }),
      )
      .sort((a, b) => (a.sku_code < b.sku_code ? -1 : 1));
    const buffer = await writeSheet(PRICE_IMPORT.columns, rows, format, locale);
    return fileOf(buffer, `${list.code}.${format}`, format);
  }

  // ---- the job ----------------------------------------------------------------------------------

  /** Runs an import; safe to run again (a finished import is left alone, a crashed one restarts). */
  async run(importId: string): Promise<void> {
    const row = await this.repo.db.catalogImport.findUnique({ where: { id: importId } });
    if (!row || row.status === 'done' || row.status === 'failed') return;
    await this.progress(importId, { status: 'validating', processedRows: 0, appliedRows: 0 });
    try {
      if (row.kind === 'products') await this.runProducts(row);
      else await this.runPrices(row);
    } catch (e) {
      this.logger.error(`import ${importId} failed: ${(e as Error).message}`);
      await this.progress(importId, {
        status: 'failed',
        error: 'The import failed; nothing was applied',
        finishedAt: new Date(),
      });
    }
  }

  /** Progress without reading the row back (it carries the uploaded file). */
  private progress(importId: string, data: Prisma.CatalogImportUpdateManyMutationInput) {
    return this.repo.db.catalogImport.updateMany({ where: { id: importId }, data });
  }

  private async finish(
    row: ImportRow,
    rejected: StoredRejection[],
    apply: (tick: (n: number) => Promise<void>) => Promise<number>,
  ) {
    rejected.sort((a, b) => a.rowNumber - b.rowNumber);
    const rejectedRows = new Set(rejected.map((r) => r.rowNumber)).size;
    await this.progress(row.id, {
      status: 'applying',
      rejectedRows,
      processedRows: rejectedRows,
      rejections: rejected as unknown as Prisma.InputJsonValue,
    });
    let applied = 0;
    if (!(row.strict && rejectedRows > 0)) {
      let processed = rejectedRows;
      applied = await apply(async (n) => {
        processed += n;
        await this.progress(row.id, { processedRows: processed });
      });
    }
    await this.progress(row.id, {
      status: 'done',
      appliedRows: applied,
      processedRows: row.totalRows,
      finishedAt: new Date(),
    });
  }

  private async runProducts(row: ImportRow): Promise<void> {
    const read = await readAndValidate(PRODUCT_IMPORT, row.content, row.format as SheetFormat);
    if (!read.ok) throw new Error(read.error.code);
    const rejected = read.value.rejected.map(stored);
    const categories = new Map(
      (await this.repo.db.category.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]),
    );
    const valid: ProductImportRow[] = [];
    for (const r of read.value.valid) {
      if (!categories.has(r.categoryCode)) {
        rejected.push(
          reference(
            r.rowNumber,
            'category_code',
            'UNKNOWN_CATEGORY',
            `No category with code ${r.categoryCode}`,
            `没有代码为 ${r.categoryCode} 的品类`,
          ),
        );
      } else valid.push(r);
    }
    await this.finish(row, rejected, async (tick) => {
      await this.repo.transaction(async (tx) => {
        const products = new Map<string, ProductImportRow>();
        for (const r of valid) if (!products.has(r.productCode)) products.set(r.productCode, r);
        const list = [...products.values()];
        for (let i = 0; i < list.length; i += BATCH) {
          const batch = list.slice(i, i + BATCH);
          await tx.$executeRaw`
            INSERT INTO products (id, code, "sellerId", "categoryId", "nameZh", "nameEn", unit)
            SELECT gen_random_uuid(), x.code, ${row.sellerId}::uuid, x.cat::uuid, x.zh, x.en, x.unit::"UnitOfMeasure"
            FROM unnest(${batch.map((p) => p.productCode)}::text[], ${batch.map((p) => categories.get(p.categoryCode) ?? '')}::text[],
                        ${batch.map((p) => p.productNameZh)}::text[], ${batch.map((p) => p.productNameEn)}::text[],
                        ${batch.map((p) => p.unit)}::text[]) AS x(code, cat, zh, en, unit)
            ON CONFLICT ("sellerId", code) DO UPDATE SET "categoryId" = EXCLUDED."categoryId",
              "nameZh" = EXCLUDED."nameZh", "nameEn" = EXCLUDED."nameEn", unit = EXCLUDED.unit`;
        }
        for (let i = 0; i < valid.length; i += BATCH) {
          const batch = valid.slice(i, i + BATCH);
          await tx.$executeRaw`
            INSERT INTO skus (id, code, "sellerId", "productId", "specCode", attributes, unit, "packSize", "minOrderQuantity", "orderIncrement")
            SELECT gen_random_uuid(), x.code, ${row.sellerId}::uuid, p.id, NULLIF(x.spec, ''), x.attrs::jsonb, p.unit,
                   x.pack::numeric, x.moq::numeric, x.inc::numeric
            FROM unnest(${batch.map((r) => r.skuCode)}::text[], ${batch.map((r) => r.productCode)}::text[],
                        ${batch.map((r) => r.specCode ?? '')}::text[], ${batch.map((r) => JSON.stringify(r.attributes))}::text[],
                        ${batch.map((r) => r.packSize)}::text[], ${batch.map((r) => r.minOrderQuantity)}::text[],
                        ${batch.map((r) => r.orderIncrement)}::text[]) AS x(code, product, spec, attrs, pack, moq, inc)
            JOIN products p ON p."sellerId" = ${row.sellerId}::uuid AND p.code = x.product
            ON CONFLICT ("sellerId", code) DO UPDATE SET "productId" = EXCLUDED."productId",
              "specCode" = EXCLUDED."specCode", attributes = EXCLUDED.attributes, unit = EXCLUDED.unit,
              "packSize" = EXCLUDED."packSize", "minOrderQuantity" = EXCLUDED."minOrderQuantity",
              "orderIncrement" = EXCLUDED."orderIncrement"`;
          await tick(batch.length);
        }
        await this.audit.record(
          { userId: row.createdById, apiKeyId: null },
          {
            companyId: row.sellerId,
            action: 'catalog.import',
            subjectType: 'catalog_import',
            subjectId: row.id,
            after: {
              fileName: row.fileName,
              products: list.length,
              skus: valid.length,
              rejected: rejected.length,
            },
          },
          tx,
        );
      }, 600_000);
      return valid.length;
    });
  }

  private async runPrices(row: ImportRow): Promise<void> {
    const read = await readAndValidate(PRICE_IMPORT, row.content, row.format as SheetFormat);
    if (!read.ok) throw new Error(read.error.code);
    const rejected = read.value.rejected.map(stored);
    const codes = read.value.valid.map((r) => r.skuCode);
    const skus = new Map<string, string>();
    for (let i = 0; i < codes.length; i += 10_000) {
      const found = await this.repo.db.sku.findMany({
        where: { sellerId: row.sellerId, code: { in: codes.slice(i, i + 10_000) } },
        select: { id: true, code: true },
      });
      for (const s of found) skus.set(s.code, s.id);
    }
    const valid: Array<PriceImportRow & { skuId: string }> = [];
    for (const r of read.value.valid) {
      const skuId = skus.get(r.skuCode);
      if (!skuId) {
        rejected.push(
          reference(
            r.rowNumber,
            'sku_code',
            'UNKNOWN_SKU',
            `You have no SKU with code ${r.skuCode}`,
            `本公司没有编码为 ${r.skuCode} 的 SKU`,
          ),
        );
        continue;
      }
      const rule = validatePriceItem({
        skuId,
        unitPrice: r.unitPrice,
        floorPrice: r.floorPrice,
        ladderMode: r.ladderMode,
        ladder: r.ladder,
      });
      if (!rule.ok) {
        const p = rule.error.problems[0];
        rejected.push(
          reference(
            r.rowNumber,
            'unit_price',
            'PRICE_RULE',
            `Price rule: ${p?.field ?? ''} ${p?.code ?? ''}`,
            `价格规则无效：${p?.field ?? ''}`,
          ),
        );
        continue;
      }
      valid.push({ ...r, skuId });
    }
    const listId = row.priceListId as string;
    await this.finish(row, rejected, async (tick) => {
      await this.repo.transaction(async (tx) => {
        for (let i = 0; i < valid.length; i += BATCH) {
          const batch = valid.slice(i, i + BATCH);
          await tx.$executeRaw`
            INSERT INTO price_list_items (id, "priceListId", "skuId", "unitPrice", "floorPrice", "ladderMode", ladder)
            SELECT gen_random_uuid(), ${listId}::uuid, x.sku::uuid, x.price::numeric, NULLIF(x.floor, '')::numeric,
                   x.mode::"LadderMode", x.ladder::jsonb
            FROM unnest(${batch.map((r) => r.skuId)}::text[], ${batch.map((r) => r.unitPrice)}::text[],
                        ${batch.map((r) => r.floorPrice ?? '')}::text[], ${batch.map((r) => r.ladderMode)}::text[],
                        ${batch.map((r) => JSON.stringify(r.ladder))}::text[]) AS x(sku, price, floor, mode, ladder)
            ON CONFLICT ("priceListId", "skuId") DO UPDATE SET "unitPrice" = EXCLUDED."unitPrice",
              "floorPrice" = EXCLUDED."floorPrice", "ladderMode" = EXCLUDED."ladderMode", ladder = EXCLUDED.ladder`;
          await tick(batch.length);
        }
        await tx.priceList.update({ where: { id: listId }, data: { version: { increment: 1 } } });
        await this.audit.record(
          { userId: row.createdById, apiKeyId: null },
          {
            companyId: row.sellerId,
            action: 'price_list.import',
            subjectType: 'price_list',
            subjectId: listId,
            after: {
              importId: row.id,
              fileName: row.fileName,
              prices: valid.length,
              rejected: rejected.length,
            },
          },
          tx,
        );
      }, 600_000);
      return valid.length;
    });
  }
}

const MIME: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

function fileOf(buffer: Buffer, name: string, format: SheetFormat): File {
  return new File([new Uint8Array(buffer)], name, { type: MIME[format] });
}
