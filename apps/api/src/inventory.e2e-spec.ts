import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';

type Session = { cookies: Record<string, string> };
type Row = {
  skuId: string;
  skuCode: string;
  productNameZh: string;
  productNameEn: string;
  unit: string;
  minOrderQuantity: string;
  locationId: string | null;
  locationCode: string | null;
  warehouseId: string | null;
  warehouseName: string | null;
  warehouseNameEn: string | null;
  onHand: string;
  reserved: string;
  available: string;
  low: boolean;
  version: number;
  updatedAt: string | null;
};
type Page = { items: Row[]; total: number; page: number; pageSize: number };
type Problem = {
  status: number;
  message: string;
  data: { reason?: string; messageZh?: string; fields: Array<{ path: string; message: string }> };
};

/** `sku@location` of a row, `sku@-` for a SKU with no stock position. */
const where = (r: Row) => `${r.skuCode}@${r.locationCode ?? '-'}`;

/**
 * DESIGN.md §3 over HTTP: a sugar mill keeps its stock per warehouse location. The list
 * (keyword, warehouse, low stock, paging), setting on hand with its audit entry, and every
 * refusal: below the reserved quantity (422 on onHand), malformed or negative (400 on
 * onHand), a stale version (409), another seller's SKU (404, nothing changed), and roles
 * without `catalog:manage` (403).
 */
describe('seller inventory over HTTP', () => {
  let h: HttpHarness;
  const s = {} as Record<'manager' | 'sales' | 'buyer' | 'rival', Session>;
  const id = {} as Record<
    | 'mill'
    | 'rival'
    | 'manager'
    | 'gb1'
    | 'gb2'
    | 'bagged'
    | 'brown'
    | 'rivalSku'
    | 'cz'
    | 'nn'
    | 'a1'
    | 'a2'
    | 'n1'
    | 'rivalLevel',
    string
  >;
  const call = (method: 'GET' | 'PUT', url: string, as: Session | null, payload?: object) =>
    h.app.inject({ method, url, payload, ...(as ?? {}) });
  const list = async (query: string, as: Session = s.manager) => {
    const res = await call('GET', `/api/catalog/inventory${query}`, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  const put = (skuId: string, locationId: string, body: object, as: Session | null = s.manager) =>
    call('PUT', `/api/catalog/inventory/${skuId}/${locationId}`, as, body);
  const level = (skuId: string, locationId: string) =>
    h.db.prisma.inventoryLevel.findUnique({ where: { skuId_locationId: { skuId, locationId } } });
  const audits = (companyId: string) =>
    h.db.prisma.auditEntry.count({ where: { companyId, action: 'inventory.set' } });

  beforeAll(async () => {
    h = await httpHarness();
    const db = h.db.prisma;
    const mill = await h.make.company(['seller'], { name: '桂糖制糖' });
    const rival = await h.make.company(['seller'], { name: '南宁糖业' });
    const buyer = await h.make.company(['buyer'], { name: '华鑫食品' });
    const logistics = await h.make.company(['logistics'], { name: '嘉运供应链' });
    id.mill = mill.id;
    id.rival = rival.id;
    id.manager = (await h.make.member(mill.id, 'sales_manager', 'manager@inventory.test')).user.id;
    await h.make.member(mill.id, 'sales', 'sales@inventory.test');
    await h.make.member(buyer.id, 'purchaser', 'buyer@inventory.test');
    await h.make.member(rival.id, 'owner', 'rival@inventory.test');
    s.manager = await h.signIn('manager@inventory.test');
    s.sales = await h.signIn('sales@inventory.test');
    s.buyer = await h.signIn('buyer@inventory.test');
    s.rival = await h.signIn('rival@inventory.test');

    const category = await db.category.create({
      data: { code: 'sugar', nameZh: '食糖', nameEn: 'Sugar', taxRateBps: 1300 },
    });
    const product = (sellerId: string, code: string, nameZh: string, nameEn: string) =>
      db.product.create({ data: { code, sellerId, categoryId: category.id, nameZh, nameEn, unit: 't' } });
    const sku = (sellerId: string, productId: string, code: string, moq: string) =>
      db.sku.create({
        data: {
          code,
          sellerId,
          productId,
          attributes: {},
          unit: 't',
          packSize: '1',
          minOrderQuantity: moq,
          orderIncrement: '1',
        },
      });
    const white = await product(mill.id, 'WS', '白砂糖', 'White sugar');
    const brown = await product(mill.id, 'BS', '红糖', 'Brown sugar');
    id.gb1 = (await sku(mill.id, white.id, 'WS-GB1', '10')).id;
    id.gb2 = (await sku(mill.id, white.id, 'WS-GB2', '10')).id;
    id.bagged = (await sku(mill.id, white.id, 'WS-BAG', '25')).id;
    id.brown = (await sku(mill.id, brown.id, 'BS-1', '1')).id;
    const rivalWhite = await product(rival.id, 'WS', '白砂糖', 'White sugar');
    id.rivalSku = (await sku(rival.id, rivalWhite.id, 'WS-GB1', '10')).id;

    const warehouse = (code: string, name: string, nameEn: string, locations: string[]) =>
      db.warehouse.create({
        data: {
          code,
          name,
          nameEn,
          kind: 'ambient',
          city: '崇左',
          address: '崇左市',
          operatorId: logistics.id,
          dailyStorageFeeMinor: 40n,
          feeUnit: 't',
          exitFeeDays: 30,
          locations: { create: locations.map((c) => ({ code: c })) },
        },
        include: { locations: { orderBy: { code: 'asc' } } },
      });
    const cz = await warehouse('CZ', '崇左糖业物流仓', 'Chongzuo Sugar Warehouse', ['A1', 'A2']);
    const nn = await warehouse('NN', '南宁糖业物流仓', 'Nanning Sugar Warehouse', ['N1']);
    id.cz = cz.id;
    id.nn = nn.id;
    id.a1 = cz.locations[0]?.id as string;
    id.a2 = cz.locations[1]?.id as string;
    id.n1 = nn.locations[0]?.id as string;

    const stock = (skuId: string, locationId: string, onHand: string, reserved = '0') =>
      db.inventoryLevel.create({ data: { skuId, locationId, onHand, reserved } });
    await stock(id.gb1, id.a1, '100', '50'); // available 50
    await stock(id.gb1, id.a2, '5'); // below the MOQ of 10: low
    await stock(id.gb2, id.n1, '30', '30'); // all reserved: low
    await stock(id.brown, id.a1, '200.25');
    // WS-BAG has no stock position anywhere: listed once, low
    id.rivalLevel = (await stock(id.rivalSku, id.a1, '70')).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists my SKUs at every location, a SKU without stock once, ordered by SKU and location', async () => {
    const page = await list('');
    expect(page.total).toBe(5);
    expect(page.items.map(where)).toEqual(['BS-1@A1', 'WS-BAG@-', 'WS-GB1@A1', 'WS-GB1@A2', 'WS-GB2@N1']);
    const [brown, bagged, gb1] = page.items;
    expect(brown).toMatchObject({
      skuId: id.brown,
      productNameZh: '红糖',
      productNameEn: 'Brown sugar',
      unit: 't',
      minOrderQuantity: '1',
      locationId: id.a1,
      warehouseId: id.cz,
      warehouseName: '崇左糖业物流仓',
      warehouseNameEn: 'Chongzuo Sugar Warehouse',
      onHand: '200.25',
      reserved: '0',
      available: '200.25',
      low: false,
      version: 1,
    });
    expect(Date.parse(brown?.updatedAt ?? '')).not.toBeNaN();
    expect(bagged).toMatchObject({
      locationId: null,
      warehouseName: null,
      onHand: '0',
      reserved: '0',
      available: '0',
      low: true,
      version: 0,
      updatedAt: null,
    });
    expect(gb1).toMatchObject({ onHand: '100', reserved: '50', available: '50', low: false });
    expect(page.items.map((r) => r.low)).toEqual([false, true, false, true, true]);
    // quantities are decimal text, never numbers
    for (const r of page.items)
      for (const q of [r.onHand, r.reserved, r.available]) expect(typeof q).toBe('string');
  });

  it('filters by keyword in the SKU code or either product name, by warehouse and by low stock', async () => {
    expect((await list('?q=gb1')).items.map(where)).toEqual(['WS-GB1@A1', 'WS-GB1@A2']);
    expect((await list('?q=红糖')).items.map(where)).toEqual(['BS-1@A1']);
    expect((await list('?q=brown')).items.map(where)).toEqual(['BS-1@A1']);
    expect((await list('?q=100%25')).total).toBe(0); // a literal %, not a wildcard
    // in one warehouse: its positions, and every other SKU once as "none here"
    expect((await list(`?warehouseId=${id.nn}`)).items.map(where)).toEqual([
      'BS-1@-',
      'WS-BAG@-',
      'WS-GB1@-',
      'WS-GB2@N1',
    ]);
    expect((await list('?onlyLow=true')).items.map(where)).toEqual(['WS-BAG@-', 'WS-GB1@A2', 'WS-GB2@N1']);
    expect((await list('?onlyLow=false')).total).toBe(5);
    expect((await list(`?onlyLow=true&warehouseId=${id.cz}&q=WS`)).items.map(where)).toEqual([
      'WS-BAG@-',
      'WS-GB1@A2',
      'WS-GB2@-',
    ]);
  });

  it('pages on the server', async () => {
    const second = await list('?page=2&pageSize=2');
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items.map(where)).toEqual(['WS-GB1@A1', 'WS-GB1@A2']);
    expect((await list('?page=9&pageSize=2')).items).toEqual([]);
    const bad = await call('GET', '/api/catalog/inventory?pageSize=500', s.manager);
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as Problem).data.fields.map((f) => f.path)).toEqual(['pageSize']);
  });

  it('shows a seller only its own SKUs', async () => {
    const rivals = await list('', s.rival);
    expect(rivals.items.map((r) => [r.skuId, r.onHand])).toEqual([[id.rivalSku, '70']]);
  });

  it('offers every warehouse location to record stock at', async () => {
    const res = await call('GET', '/api/catalog/inventory/locations', s.manager);
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as { items: Array<{ code: string; locations: Array<{ code: string }> }> })
      .items;
    expect(items.map((w) => [w.code, w.locations.map((l) => l.code)])).toEqual([
      ['CZ', ['A1', 'A2']],
      ['NN', ['N1']],
    ]);
  });

  it('sets on hand at the version I saw, and audits the change with before and after', async () => {
    const res = await put(id.gb1, id.a1, { onHand: '120.5', expectedVersion: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      skuId: id.gb1,
      locationId: id.a1,
      onHand: '120.5',
      reserved: '50',
      available: '70.5',
      low: false,
      version: 2,
    });
    const stored = await level(id.gb1, id.a1);
    expect(stored?.onHand.toString()).toBe('120.5');
    expect(stored?.version).toBe(2);
    const entry = await h.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'inventory.set', subjectId: stored?.id as string },
    });
    expect(entry).toMatchObject({
      companyId: id.mill,
      actorUserId: id.manager,
      subjectType: 'inventory_level',
      before: { skuCode: 'WS-GB1', locationCode: 'A1', onHand: '100', reserved: '50', version: 1 },
      after: { skuCode: 'WS-GB1', locationCode: 'A1', onHand: '120.5', reserved: '50', version: 2 },
    });
  });

  it('records a first stock position of a SKU at a location (version 0: "none yet")', async () => {
    const res = await put(id.bagged, id.a2, { onHand: '75', expectedVersion: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ skuCode: 'WS-BAG', locationCode: 'A2', onHand: '75', version: 1 });
    const stored = await level(id.bagged, id.a2);
    const entry = await h.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'inventory.set', subjectId: stored?.id as string },
    });
    expect(entry.before).toBeNull();
    expect(entry.after).toMatchObject({ onHand: '75', reserved: '0', version: 1 });
    // a second "first" entry of the same position finds it taken
    const again = await put(id.bagged, id.a2, { onHand: '80', expectedVersion: 0 });
    expect(again.statusCode).toBe(409);
    expect((await level(id.bagged, id.a2))?.onHand.toString()).toBe('75');
  });

  it('writes nothing, and audits nothing, when on hand is unchanged', async () => {
    const before = await audits(id.mill);
    const res = await put(id.brown, id.a1, { onHand: '200.250' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ onHand: '200.25', version: 1 });
    expect(await audits(id.mill)).toBe(before);
  });

  it('refuses on hand below the reserved quantity: 422 on onHand in both languages, nothing changed', async () => {
    const before = await level(id.gb1, id.a1);
    const auditsBefore = await audits(id.mill);
    const res = await put(id.gb1, id.a1, { onHand: '49.999' });
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json() as Problem;
    expect(body.data.reason).toBe('ON_HAND_BELOW_RESERVED');
    expect(body.data.fields.map((f) => f.path)).toEqual(['onHand']);
    expect(body.message).toContain('50');
    expect(body.data.messageZh).toContain('50');
    expect(body.data.messageZh).toMatch(/预留/);
    expect(await level(id.gb1, id.a1)).toEqual(before);
    expect(await audits(id.mill)).toBe(auditsBefore);
    // all reserved, none available: 30 is still allowed, 29 is not
    expect((await put(id.gb2, id.n1, { onHand: '30' })).statusCode).toBe(200);
    expect((await put(id.gb2, id.n1, { onHand: '29' })).statusCode).toBe(422);
  });

  it.each([['-1'], ['-0.001'], ['1.2345'], ['abc'], ['1e3'], [''], ['1,000'], [12]])(
    'refuses on hand %j with 400 on the onHand field, nothing changed',
    async (onHand) => {
      const before = await level(id.gb1, id.a2);
      const auditsBefore = await audits(id.mill);
      const res = await put(id.gb1, id.a2, { onHand });
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as Problem).data.fields.map((f) => f.path)).toEqual(['onHand']);
      expect(await level(id.gb1, id.a2)).toEqual(before);
      expect(await audits(id.mill)).toBe(auditsBefore);
    },
  );

  it('refuses a change made on a stale version (409), and lets only one of two racing edits win', async () => {
    const current = (await level(id.gb1, id.a2))?.version as number;
    const stale = await put(id.gb1, id.a2, { onHand: '6', expectedVersion: current - 1 });
    expect(stale.statusCode, stale.body).toBe(409);
    expect((stale.json() as Problem).data.messageZh).toBeTruthy();
    const racing = await Promise.all([
      put(id.gb1, id.a2, { onHand: '7', expectedVersion: current }),
      put(id.gb1, id.a2, { onHand: '8', expectedVersion: current }),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const stored = await level(id.gb1, id.a2);
    expect(stored?.version).toBe(current + 1);
    expect(['7', '8']).toContain(stored?.onHand.toString());
  });

  it("answers 404 for another seller's SKU, in either direction, and changes nothing", async () => {
    const rivalBefore = await level(id.rivalSku, id.a1);
    const res = await put(id.rivalSku, id.a1, { onHand: '1' });
    expect(res.statusCode, res.body).toBe(404);
    expect((res.json() as Problem).data.fields.map((f) => f.path)).toEqual(['skuId']);
    expect(await level(id.rivalSku, id.a1)).toEqual(rivalBefore);
    expect(await audits(id.rival)).toBe(0);

    const millBefore = await level(id.gb1, id.a1);
    const auditsBefore = await audits(id.mill);
    expect((await put(id.gb1, id.a1, { onHand: '999' }, s.rival)).statusCode).toBe(404);
    expect(await level(id.gb1, id.a1)).toEqual(millBefore);
    expect(await audits(id.mill)).toBe(auditsBefore);
  });

  it('answers 404 on locationId for a location that does not exist', async () => {
    const res = await put(id.gb1, '00000000-0000-4000-8000-000000000000', { onHand: '1' });
    expect(res.statusCode, res.body).toBe(404);
    expect((res.json() as Problem).data.fields.map((f) => f.path)).toEqual(['locationId']);
  });

  it("is for catalog:manage only: a buyer's purchaser and a sales rep get 403, visitors 401", async () => {
    const before = await level(id.gb1, id.a1);
    for (const who of [s.buyer, s.sales]) {
      expect((await call('GET', '/api/catalog/inventory', who)).statusCode).toBe(403);
      expect((await call('GET', '/api/catalog/inventory/locations', who)).statusCode).toBe(403);
      expect((await put(id.gb1, id.a1, { onHand: '1' }, who)).statusCode).toBe(403);
    }
    expect((await call('GET', '/api/catalog/inventory', null)).statusCode).toBe(401);
    expect((await put(id.gb1, id.a1, { onHand: '1' }, null)).statusCode).toBe(401);
    expect(await level(id.gb1, id.a1)).toEqual(before);
  });
});
