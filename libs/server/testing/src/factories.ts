import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { PrismaClient } from '@tradeway/server/platform';

export const TEST_PASSWORD = 'Correct-horse-42';
let passwordHash: Promise<string> | undefined;
/** One argon2id hash of TEST_PASSWORD per process: hashing is deliberately slow. */
const testPasswordHash = () => (passwordHash ??= hash(TEST_PASSWORD, { algorithm: 2 }));

type Kind = 'buyer' | 'seller' | 'operator' | 'logistics' | 'financier';
type Role =
  | 'owner'
  | 'admin'
  | 'purchaser'
  | 'approver'
  | 'finance'
  | 'sales'
  | 'sales_manager'
  | 'warehouse'
  | 'viewer';

/** Small builders for integration and HTTP tests: a company, a user, a membership. */
/** What a test SKU may set: its code, spec and attributes. */
type SkuDetails = { code?: string; specCode?: string; attributes?: Record<string, string> };

export function factories(prisma: PrismaClient) {
  return {
    async company(
      kinds: Kind[] = ['buyer'],
      data: { name?: string; nameEn?: string; parentId?: string } = {},
    ) {
      const code = `c-${randomUUID().slice(0, 8)}`;
      return prisma.company.create({
        data: {
          code,
          name: data.name ?? `Company ${code}`,
          nameEn: data.nameEn,
          kinds,
          region: '上海',
          parentId: data.parentId,
        },
      });
    },
    async user(
      email = `u-${randomUUID().slice(0, 8)}@example.com`,
      displayName = email.split('@')[0] ?? 'user',
    ) {
      return prisma.user.create({ data: { email, displayName, passwordHash: await testPasswordHash() } });
    },
    /**
     * White sugar sold by the tonne by `sellerId`: a category (VAT 13 %, code `sugar-<tag>`), its
     * product and one SKU (`sku` overrides the SKU's code, spec and attributes; `sugarSkuOf` adds
     * more SKUs of the same product).
     */
    async sugarSku(sellerId: string, tag: string, sku: SkuDetails = {}) {
      const category = await prisma.category.create({
        data: { code: `sugar-${tag}`, nameZh: '白砂糖', nameEn: 'White sugar', taxRateBps: 1300 },
      });
      const product = await prisma.product.create({
        data: {
          code: 'WS',
          sellerId,
          categoryId: category.id,
          nameZh: '白砂糖',
          nameEn: 'White sugar',
          unit: 't',
        },
      });
      return this.sugarSkuOf({ id: product.id, sellerId }, sku);
    },
    /** One more SKU, by the tonne, of a product (`sugarSku`'s). */
    sugarSkuOf(product: { id: string; sellerId: string }, sku: SkuDetails = {}) {
      return prisma.sku.create({
        data: {
          code: sku.code ?? 'WS-1',
          sellerId: product.sellerId,
          productId: product.id,
          specCode: sku.specCode,
          attributes: sku.attributes ?? {},
          unit: 't',
          packSize: '1',
          minOrderQuantity: '1',
          orderIncrement: '1',
        },
      });
    },
    async member(companyId: string, role: Role, userEmail?: string) {
      const user = await this.user(userEmail);
      const membership = await prisma.membership.create({
        data: { userId: user.id, companyId, role, isOwner: role === 'owner' },
      });
      return { user, membership };
    },
  };
}
