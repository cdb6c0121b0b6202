import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { CatalogImportService } from './catalog-import.service';
import { PriceListService } from './price-list.service';
import { QuoteService } from './quote.service';

const p = contract.pricing;
const q = contract.quotes;

/** The seller's price rules, debugger and sales quotes (`/api/pricing/*`). */
@Controller()
export class PricingController {
  constructor(
    private readonly lists: PriceListService,
    private readonly quotes: QuoteService,
  ) {}

  @Implement(p.listGrades)
  listGrades(@Req() req: FastifyRequest) {
    return implement(p.listGrades).handler(async () => ({ items: await this.lists.listGrades(authOf(req)) }));
  }

  @Implement(p.createGrade)
  createGrade(@Req() req: FastifyRequest) {
    return implement(p.createGrade).handler(({ input }) => this.lists.createGrade(authOf(req), input));
  }

  @Implement(p.updateGrade)
  updateGrade(@Req() req: FastifyRequest) {
    return implement(p.updateGrade).handler(({ input: { gradeId, ...grade } }) =>
      this.lists.updateGrade(authOf(req), gradeId, grade),
    );
  }

  @Implement(p.deleteGrade)
  deleteGrade(@Req() req: FastifyRequest) {
    return implement(p.deleteGrade).handler(({ input }) =>
      this.lists.deleteGrade(authOf(req), input.gradeId),
    );
  }

  @Implement(p.listCustomers)
  listCustomers(@Req() req: FastifyRequest) {
    return implement(p.listCustomers).handler(({ input }) => this.lists.listCustomers(authOf(req), input));
  }

  @Implement(p.assignGrade)
  assignGrade(@Req() req: FastifyRequest) {
    return implement(p.assignGrade).handler(({ input }) =>
      this.lists.assignGrade(authOf(req), input.buyerId, input.gradeId),
    );
  }

  @Implement(p.listPriceLists)
  listPriceLists(@Req() req: FastifyRequest) {
    return implement(p.listPriceLists).handler(({ input }) => this.lists.listPriceLists(authOf(req), input));
  }

  @Implement(p.createPriceList)
  createPriceList(@Req() req: FastifyRequest) {
    return implement(p.createPriceList).handler(({ input }) =>
      this.lists.createPriceList(authOf(req), input),
    );
  }

  @Implement(p.getPriceList)
  getPriceList(@Req() req: FastifyRequest) {
    return implement(p.getPriceList).handler(({ input }) =>
      this.lists.getPriceList(authOf(req), input.listId),
    );
  }

  @Implement(p.updatePriceList)
  updatePriceList(@Req() req: FastifyRequest) {
    return implement(p.updatePriceList).handler(({ input: { listId, ...change } }) =>
      this.lists.updatePriceList(authOf(req), listId, change),
    );
  }

  @Implement(p.listPriceItems)
  listPriceItems(@Req() req: FastifyRequest) {
    return implement(p.listPriceItems).handler(({ input: { listId, ...query } }) =>
      this.lists.listPriceItems(authOf(req), listId, query),
    );
  }

  @Implement(p.putPriceItem)
  putPriceItem(@Req() req: FastifyRequest) {
    return implement(p.putPriceItem).handler(({ input: { listId, skuId, ...item } }) =>
      this.lists.putPriceItem(authOf(req), listId, skuId, item),
    );
  }

  @Implement(p.deletePriceItem)
  deletePriceItem(@Req() req: FastifyRequest) {
    return implement(p.deletePriceItem).handler(({ input }) =>
      this.lists.deletePriceItem(authOf(req), input.listId, input.skuId),
    );
  }

  @Implement(p.listRebates)
  listRebates(@Req() req: FastifyRequest) {
    return implement(p.listRebates).handler(({ input }) => this.lists.listRebates(authOf(req), input));
  }

  @Implement(p.grantRebate)
  grantRebate(@Req() req: FastifyRequest) {
    return implement(p.grantRebate).handler(({ input }) => this.lists.grantRebate(authOf(req), input));
  }

  @Implement(p.explain)
  explain(@Req() req: FastifyRequest) {
    return implement(p.explain).handler(({ input }) => this.quotes.explain(authOf(req), input));
  }

  @Implement(p.createOffer)
  createOffer(@Req() req: FastifyRequest) {
    return implement(p.createOffer).handler(({ input }) => this.quotes.createOffer(authOf(req), input));
  }

  @Implement(p.listOffers)
  listOffers(@Req() req: FastifyRequest) {
    return implement(p.listOffers).handler(({ input }) => this.quotes.listOffers(authOf(req), input));
  }

  @Implement(p.getOffer)
  getOffer(@Req() req: FastifyRequest) {
    return implement(p.getOffer).handler(({ input }) => this.quotes.getOffer(authOf(req), input.quoteId));
  }
}

/** The buyer's quotes and comparison (`/api/quotes/*`). */
@Controller()
export class QuoteController {
  constructor(private readonly quotes: QuoteService) {}

  @Implement(q.preview)
  preview(@Req() req: FastifyRequest) {
    return implement(q.preview).handler(({ input }) => this.quotes.preview(authOf(req), input));
  }

  @Implement(q.create)
  create(@Req() req: FastifyRequest) {
    return implement(q.create).handler(({ input }) => this.quotes.create(authOf(req), input));
  }

  @Implement(q.list)
  list(@Req() req: FastifyRequest) {
    return implement(q.list).handler(({ input }) => this.quotes.list(authOf(req), input));
  }

  @Implement(q.get)
  get(@Req() req: FastifyRequest) {
    return implement(q.get).handler(({ input }) => this.quotes.get(authOf(req), input.quoteId));
  }

  @Implement(q.accept)
  accept(@Req() req: FastifyRequest) {
    return implement(q.accept).handler(({ input }) => this.quotes.accept(authOf(req), input.quoteId));
  }

  @Implement(q.compare)
  compare(@Req() req: FastifyRequest) {
    return implement(q.compare).handler(({ input }) => this.quotes.compare(authOf(req), input));
  }
}

const c = contract.catalog;

/** Catalog spreadsheets: templates, exports and imports with progress (`/api/catalog/*`). */
@Controller()
export class CatalogImportController {
  constructor(private readonly imports: CatalogImportService) {}

  @Implement(c.template)
  template() {
    return implement(c.template).handler(({ input }) =>
      this.imports.template(input.kind, input.format, input.locale),
    );
  }

  @Implement(c.exportProducts)
  exportProducts(@Req() req: FastifyRequest) {
    return implement(c.exportProducts).handler(({ input }) =>
      this.imports.exportProducts(authOf(req), input.format, input.locale),
    );
  }

  @Implement(c.createImport)
  createImport(@Req() req: FastifyRequest) {
    return implement(c.createImport).handler(({ input }) => this.imports.create(authOf(req), input));
  }

  @Implement(c.listImports)
  listImports(@Req() req: FastifyRequest) {
    return implement(c.listImports).handler(({ input }) => this.imports.list(authOf(req), input));
  }

  @Implement(c.getImport)
  getImport(@Req() req: FastifyRequest) {
    return implement(c.getImport).handler(({ input }) => this.imports.get(authOf(req), input.importId));
  }

  @Implement(c.importReport)
  importReport(@Req() req: FastifyRequest) {
    return implement(c.importReport).handler(({ input }) =>
      this.imports.report(authOf(req), input.importId, input.format, input.locale),
    );
  }

  @Implement(p.exportPriceList)
  exportPriceList(@Req() req: FastifyRequest) {
    return implement(p.exportPriceList).handler(({ input }) =>
      this.imports.exportPriceList(authOf(req), input.listId, input.format, input.locale),
    );
  }
}
