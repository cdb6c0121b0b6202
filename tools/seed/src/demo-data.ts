import type { BuiltInRole } from '@tradeway/shared/contracts';
/**
 * The demo of Tradeway (DESIGN.md §1–§3, §11): a Chinese B2B commodity marketplace with a
 * food group and its two bakeries, a beverage maker and a furniture maker buying; two Guangxi
 * sugar mills (Chongzuo and Nanning), a Yantai apple co-operative, a Guangxi board mill and a
 * Tianjin steel and chemicals trader selling; the platform's Yantai cold store and three
 * partner warehouses.
 *
 * Pure data: `seed.ts` writes it. Every `code` (and every user's `email`) is a stable upsert
 * key: renaming one creates a new row and leaves the old one behind, so don't.
 * No prices here: pricing is its own context (demo-pricing.ts).
 */

export const COMPANY_KINDS = ['buyer', 'seller', 'operator', 'logistics', 'financier'] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export const COMPANY_SIZES = ['startup', 'sme', 'group_enterprise'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

/** The roles are the contract's: one list for the API, the portals and the seed. */
export { BUILT_IN_ROLES, type BuiltInRole } from '@tradeway/shared/contracts';

export const UNITS = ['t', 'kg', 'm3', 'piece', 'box'] as const;
export type Unit = (typeof UNITS)[number];

export const WAREHOUSE_KINDS = ['ambient', 'cold_store', 'bonded'] as const;
export type WarehouseKind = (typeof WAREHOUSE_KINDS)[number];

/** The one password of every demo account. Demo only: never use it for a real account. */
export const DEMO_PASSWORD = 'Tradeway-demo-2026';

/** 统一社会信用代码 (GB 32100-2015), the same pattern the onboarding contract accepts. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export interface DemoCompany {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly creditCode: string;
  readonly kinds: readonly CompanyKind[];
  readonly size: CompanySize;
  readonly region: string;
  /** ISO 3166-2 province code of `region` (the default delivery place), e.g. CN-GX */
  readonly regionCode: string;
  /** code of the parent company (集团 → 子公司) */
  readonly parent?: string;
}

export interface DemoMembership {
  /** company code */
  readonly company: string;
  readonly role: BuiltInRole;
}

export interface DemoUser {
  readonly email: string;
  readonly displayName: string;
  readonly locale: 'zh-CN' | 'en-US';
  readonly memberships: readonly DemoMembership[];
}

export interface DemoCategory {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** VAT in basis points: 1300 = 13 % */
  readonly taxRateBps: number;
  readonly parent?: string;
}

export interface DemoUnitConversion {
  /** 1 `from` of this SKU = `factor` `to` */
  readonly from: Unit;
  readonly to: Unit;
  /** decimal string, at most 6 places */
  readonly factor: string;
}

export interface DemoSku {
  /** unique per seller; the demo keeps SKU codes unique across sellers too */
  readonly code: string;
  /** the comparable specification across sellers (e.g. SUGAR-WHITE-GB1), for price comparison */
  readonly specCode?: string;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly unit: Unit;
  /** decimal strings in `unit`, at most 3 places */
  readonly packSize: string;
  readonly minOrderQuantity: string;
  readonly orderIncrement: string;
  readonly conversions?: readonly DemoUnitConversion[];
}

export interface DemoProduct {
  readonly code: string;
  /** company code; the company must have kind `seller` */
  readonly seller: string;
  /** category code */
  readonly category: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: Unit;
  readonly skus: readonly DemoSku[];
}

export interface DemoWarehouse {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: WarehouseKind;
  readonly city: string;
  readonly address: string;
  /** company code of the company that runs it */
  readonly operator: string;
  /** storage fee per `feeUnit` per day, in minor units (fen) */
  readonly dailyStorageFeeMinor: bigint;
  readonly feeUnit: Unit;
  /** exit fee on a sale through the platform, in days of storage (DESIGN.md §11) */
  readonly exitFeeDays: number;
  readonly currency: 'CNY';
  readonly locations: readonly string[];
}

export interface DemoInventory {
  readonly sku: string;
  readonly warehouse: string;
  readonly location: string;
  /** decimal strings in the SKU's unit, at most 3 places */
  readonly onHand: string;
  readonly reserved: string;
}

// ---------------------------------------------------------------------------------------
// Companies. Parents are listed before their children (the seed sorts anyway).

export const DEMO_COMPANIES: readonly DemoCompany[] = [
  {
    code: 'tradeway',
    name: '上海贸途网络科技有限公司',
    nameEn: 'Tradeway Network Technology (Shanghai) Co., Ltd.',
    creditCode: '91310115MA1FL8KQ9X',
    kinds: ['operator'],
    size: 'sme',
    region: '上海市浦东新区',
    regionCode: 'CN-SH',
  },
  // Buyers: a food group with two bakery subsidiaries, a beverage maker, a furniture maker.
  {
    code: 'huaxin-food',
    name: '华鑫食品集团有限公司',
    nameEn: 'Huaxin Food Group Co., Ltd.',
    creditCode: '91370102MA3CWN2B33',
    kinds: ['buyer'],
    size: 'group_enterprise',
    region: '山东省济南市',
    regionCode: 'CN-SD',
  },
  {
    code: 'huaxin-sd-bakery',
    name: '山东华鑫烘焙食品有限公司',
    nameEn: 'Shandong Huaxin Bakery Co., Ltd.',
    creditCode: '91370705MA3D8PL428',
    kinds: ['buyer'],
    size: 'sme',
    region: '山东省潍坊市',
    regionCode: 'CN-SD',
    parent: 'huaxin-food',
  },
  {
    code: 'huaxin-hn-bakery',
    name: '河南华鑫烘焙食品有限公司',
    nameEn: 'Henan Huaxin Bakery Co., Ltd.',
    creditCode: '91410105MA45Q7RD89',
    kinds: ['buyer'],
    size: 'sme',
    region: '河南省郑州市',
    regionCode: 'CN-HA',
    parent: 'huaxin-food',
  },
  {
    code: 'qingquan-bev',
    name: '杭州清泉饮品有限公司',
    nameEn: 'Hangzhou Qingquan Beverage Co., Ltd.',
    creditCode: '91330110MA2H6E9T1Q',
    kinds: ['buyer'],
    size: 'sme',
    region: '浙江省杭州市',
    regionCode: 'CN-ZJ',
  },
  {
    code: 'linmu-furniture',
    name: '佛山林木居家具有限公司',
    nameEn: 'Foshan Linmuju Furniture Co., Ltd.',
    creditCode: '91440606MA4WK3J60X',
    kinds: ['buyer'],
    size: 'startup',
    region: '广东省佛山市',
    regionCode: 'CN-GD',
  },
  // Sellers.
  {
    code: 'guitang-sugar',
    name: '广西崇左桂糖制糖有限公司',
    nameEn: 'Guangxi Chongzuo Guitang Sugar Co., Ltd.',
    creditCode: '9145140273660128X0',
    kinds: ['seller'],
    size: 'group_enterprise',
    region: '广西壮族自治区崇左市',
    regionCode: 'CN-GX',
  },
  {
    code: 'nanning-sugar',
    name: '南宁糖业股份有限公司',
    nameEn: 'Nanning Sugar Industry Co., Ltd.',
    creditCode: '91450100MA5KQ3R7WN',
    kinds: ['seller'],
    size: 'sme',
    region: '广西壮族自治区南宁市',
    regionCode: 'CN-GX',
  },
  {
    code: 'qixia-apple-coop',
    name: '栖霞市红富士苹果专业合作社',
    nameEn: "Qixia Fuji Apple Growers' Co-operative",
    creditCode: '93370686MA3N2FY87J', // 93: 农民专业合作社
    kinds: ['seller'],
    size: 'startup',
    region: '山东省烟台市',
    regionCode: 'CN-SD',
  },
  {
    code: 'guisen-wood',
    name: '贵港桂森木业有限公司',
    nameEn: 'Guigang Guisen Wood Industry Co., Ltd.',
    creditCode: '91450802MA5L9RBC6N',
    kinds: ['seller'],
    size: 'sme',
    region: '广西壮族自治区贵港市',
    regionCode: 'CN-GX',
  },
  {
    code: 'hengtong-trade',
    name: '天津恒通钢化贸易有限公司',
    nameEn: 'Tianjin Hengtong Steel & Chemicals Trading Co., Ltd.',
    creditCode: '91120116MA06J4DU5X',
    kinds: ['seller', 'buyer'],
    size: 'sme',
    region: '天津市滨海新区',
    regionCode: 'CN-TJ',
  },
  // Services.
  {
    code: 'jiayun-logistics',
    name: '青岛嘉运供应链管理有限公司',
    nameEn: 'Qingdao Jiayun Supply Chain Management Co., Ltd.',
    creditCode: '91370211MA3P7GKW63',
    kinds: ['logistics'],
    size: 'sme',
    region: '山东省青岛市',
    regionCode: 'CN-SD',
  },
  {
    code: 'huirong-factoring',
    name: '深圳汇融商业保理有限公司',
    nameEn: 'Shenzhen Huirong Commercial Factoring Co., Ltd.',
    creditCode: '91440300MA5F2YTE2P',
    kinds: ['financier'],
    size: 'sme',
    region: '广东省深圳市',
    regionCode: 'CN-GD',
  },
];

// ---------------------------------------------------------------------------------------
// Users. Every buyer has an owner, a purchaser, an approver and finance; every seller an
// owner, a sales manager and sales. `group.finance@huaxin-food.demo` is the group's shared
// finance staff, in the group and in its Shandong bakery.

function user(
  email: string,
  displayName: string,
  memberships: readonly DemoMembership[],
  locale: DemoUser['locale'] = 'zh-CN',
): DemoUser {
  return { email, displayName, locale, memberships };
}
const at = (company: string, role: BuiltInRole): DemoMembership => ({ company, role });

export const DEMO_USERS: readonly DemoUser[] = [
  // Platform operator (平台运营)
  user('platform.owner@tradeway.demo', '周明远', [at('tradeway', 'owner')]),
  user('ops.admin@tradeway.demo', '李静', [at('tradeway', 'admin')]),
  user('ops.coldstore@tradeway.demo', '姜涛', [at('tradeway', 'warehouse')]),
  user('ops.auditor@tradeway.demo', '张婷', [at('tradeway', 'viewer')], 'en-US'),

  // 华鑫食品集团 (group parent)
  user('buyer.owner@huaxin-food.demo', '王建国', [at('huaxin-food', 'owner')]),
  user('buyer.admin@huaxin-food.demo', '赵磊', [at('huaxin-food', 'admin')]),
  user('buyer.purchaser@huaxin-food.demo', '张伟', [at('huaxin-food', 'purchaser')]),
  user('buyer.approver@huaxin-food.demo', '刘洋', [at('huaxin-food', 'approver')]),
  user('group.finance@huaxin-food.demo', '陈静', [
    at('huaxin-food', 'finance'),
    at('huaxin-sd-bakery', 'finance'),
  ]),
  // 山东华鑫烘焙 (finance: the group's shared staff above)
  user('sd.owner@huaxin-food.demo', '孙立新', [at('huaxin-sd-bakery', 'owner')]),
  user('sd.purchaser@huaxin-food.demo', '马晓燕', [at('huaxin-sd-bakery', 'purchaser')]),
  user('sd.approver@huaxin-food.demo', '高峰', [at('huaxin-sd-bakery', 'approver')]),
  // 河南华鑫烘焙
  user('hn.owner@huaxin-food.demo', '郭建华', [at('huaxin-hn-bakery', 'owner')]),
  user('hn.purchaser@huaxin-food.demo', '杨帆', [at('huaxin-hn-bakery', 'purchaser')]),
  user('hn.approver@huaxin-food.demo', '胡斌', [at('huaxin-hn-bakery', 'approver')]),
  user('hn.finance@huaxin-food.demo', '何丽', [at('huaxin-hn-bakery', 'finance')]),
  user('hn.receiving@huaxin-food.demo', '朱强', [at('huaxin-hn-bakery', 'viewer')]), // 收货 / 使用部门

  // 杭州清泉饮品
  user('buyer.owner@qingquan-bev.demo', '徐国梁', [at('qingquan-bev', 'owner')]),
  user('buyer.purchaser@qingquan-bev.demo', '沈佳怡', [at('qingquan-bev', 'purchaser')]),
  user('buyer.approver@qingquan-bev.demo', '吴晓东', [at('qingquan-bev', 'approver')]),
  user('buyer.finance@qingquan-bev.demo', '钱芳', [at('qingquan-bev', 'finance')]),

  // 佛山林木居家具
  user('buyer.owner@linmu-furniture.demo', '梁振华', [at('linmu-furniture', 'owner')]),
  user('buyer.purchaser@linmu-furniture.demo', '罗敏', [at('linmu-furniture', 'purchaser')]),
  user('buyer.approver@linmu-furniture.demo', '冯志伟', [at('linmu-furniture', 'approver')]),
  user('buyer.finance@linmu-furniture.demo', '邓小梅', [at('linmu-furniture', 'finance')]),

  // 桂糖制糖
  user('seller.owner@guitang-sugar.demo', '黄志强', [at('guitang-sugar', 'owner')]),
  user('seller.manager@guitang-sugar.demo', '韦丽', [at('guitang-sugar', 'sales_manager')]),
  user('seller.sales@guitang-sugar.demo', '覃海', [at('guitang-sugar', 'sales')]),
  user('seller.sales2@guitang-sugar.demo', '陆小红', [at('guitang-sugar', 'sales')]),

  // 南宁糖业 (the second sugar seller: the buyer's comparison has two mills)
  user('seller2.owner@nanning-sugar.demo', '蓝振东', [at('nanning-sugar', 'owner')]),
  user('seller2.manager@nanning-sugar.demo', '潘秀英', [at('nanning-sugar', 'sales_manager')]),
  user('seller2.sales@nanning-sugar.demo', '莫小军', [at('nanning-sugar', 'sales')]),

  // 栖霞红富士苹果专业合作社
  user('seller.owner@qixia-apple.demo', '孙德福', [at('qixia-apple-coop', 'owner')]),
  user('seller.manager@qixia-apple.demo', '林晓', [at('qixia-apple-coop', 'sales_manager')]),
  user('seller.sales@qixia-apple.demo', '姜春燕', [at('qixia-apple-coop', 'sales')]),

  // 桂森木业
  user('seller.owner@guisen-wood.demo', '蒙海龙', [at('guisen-wood', 'owner')]),
  user('seller.manager@guisen-wood.demo', '黎春花', [at('guisen-wood', 'sales_manager')]),
  user('seller.sales@guisen-wood.demo', '农志刚', [at('guisen-wood', 'sales')]),

  // 恒通钢化贸易 (seller and buyer)
  user('seller.owner@hengtong-trade.demo', '宋建军', [at('hengtong-trade', 'owner')]),
  user('seller.manager@hengtong-trade.demo', '唐文', [at('hengtong-trade', 'sales_manager')]),
  user('seller.sales@hengtong-trade.demo', '许亮', [at('hengtong-trade', 'sales')]),
  user('buyer.purchaser@hengtong-trade.demo', '曹雪', [at('hengtong-trade', 'purchaser')]),
  user('buyer.approver@hengtong-trade.demo', '方志远', [at('hengtong-trade', 'approver')]),
  user('finance@hengtong-trade.demo', '白雪梅', [at('hengtong-trade', 'finance')]),

  // 嘉运供应链 (logistics: runs the Chongzuo, Nanning and Tianjin warehouses)
  user('owner@jiayun-logistics.demo', '于海波', [at('jiayun-logistics', 'owner')]),
  user('wh.chongzuo@jiayun-logistics.demo', '李春生', [at('jiayun-logistics', 'warehouse')]),
  user('wh.tianjin@jiayun-logistics.demo', '董亮', [at('jiayun-logistics', 'warehouse')]),

  // 汇融商业保理 (financier)
  user('owner@huirong-factoring.demo', '秦怀远', [at('huirong-factoring', 'owner')]),
  user('risk.approver@huirong-factoring.demo', '邹婷', [at('huirong-factoring', 'approver')]),
  user('loan.finance@huirong-factoring.demo', '刘大卫', [at('huirong-factoring', 'finance')], 'en-US'),
];

// ---------------------------------------------------------------------------------------
// Category tree with VAT (增值税): agricultural products 9 %, processed goods 13 %.

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  { code: 'food', nameZh: '食品原料', nameEn: 'Food ingredients', taxRateBps: 1300 },
  { code: 'food-sugar', nameZh: '白砂糖', nameEn: 'White sugar', taxRateBps: 1300, parent: 'food' },
  { code: 'agri', nameZh: '农产品', nameEn: 'Agricultural products', taxRateBps: 900 },
  { code: 'agri-fruit', nameZh: '水果', nameEn: 'Fruit', taxRateBps: 900, parent: 'agri' },
  { code: 'agri-apple', nameZh: '苹果', nameEn: 'Apples', taxRateBps: 900, parent: 'agri-fruit' },
  { code: 'build', nameZh: '建材', nameEn: 'Building materials', taxRateBps: 1300 },
  { code: 'build-panel', nameZh: '板材', nameEn: 'Wood panels', taxRateBps: 1300, parent: 'build' },
  {
    code: 'build-eucalyptus',
    nameZh: '桉木板',
    nameEn: 'Eucalyptus board',
    taxRateBps: 1300,
    parent: 'build-panel',
  },
  { code: 'chem', nameZh: '化工', nameEn: 'Chemicals', taxRateBps: 1300 },
  { code: 'chem-basic', nameZh: '基础化工', nameEn: 'Basic chemicals', taxRateBps: 1300, parent: 'chem' },
  {
    code: 'chem-caustic-soda',
    nameZh: '烧碱',
    nameEn: 'Caustic soda',
    taxRateBps: 1300,
    parent: 'chem-basic',
  },
  { code: 'chem-soda-ash', nameZh: '纯碱', nameEn: 'Soda ash', taxRateBps: 1300, parent: 'chem-basic' },
  { code: 'steel', nameZh: '钢材', nameEn: 'Steel', taxRateBps: 1300 },
  { code: 'steel-rebar', nameZh: '螺纹钢', nameEn: 'Rebar', taxRateBps: 1300, parent: 'steel' },
  { code: 'steel-hrc', nameZh: '热轧卷板', nameEn: 'Hot-rolled coil', taxRateBps: 1300, parent: 'steel' },
];

// ---------------------------------------------------------------------------------------
// Products and SKUs.

/** The comparable white-sugar specifications: one per GB/T 317 grade, shared by every mill. */
export const SUGAR_SPEC_CODES = {
  优级: 'SUGAR-WHITE-PREMIUM',
  一级: 'SUGAR-WHITE-GB1',
  二级: 'SUGAR-WHITE-GB2',
} as const;

/** White sugar per GB/T 317-2018: sucrose ≥ and colour ≤ by grade. */
function sugar(
  code: string,
  grade: keyof typeof SUGAR_SPEC_CODES,
  gradeEn: string,
  sucroseMinPct: number,
  colourMaxIu: number,
  origin = '广西崇左',
): DemoSku {
  return {
    code,
    specCode: SUGAR_SPEC_CODES[grade],
    attributes: {
      grade,
      gradeEn,
      standard: 'GB/T 317-2018',
      origin,
      sucroseMinPct,
      colourMaxIu,
      packaging: '50 kg 编织袋',
      season: '2025/26 榨季',
    },
    unit: 't',
    packSize: '0.05', // one 50 kg bag
    minOrderQuantity: '10',
    orderIncrement: '1',
    conversions: [{ from: 'piece', to: 'kg', factor: '50' }], // 1 bag = 50 kg
  };
}

/** Fuji apples, 18 kg cartons; `size` is the fruit diameter class in mm (85# = 85 mm). */
function apple(code: string, grade: string, gradeEn: string, sizeMm: number): DemoSku {
  return {
    code,
    attributes: {
      variety: '红富士',
      grade,
      gradeEn,
      size: `${sizeMm}#`,
      diameterMinMm: sizeMm,
      origin: '山东烟台栖霞',
      packaging: '18 kg 纸箱',
      storage: '冷藏',
      harvestYear: 2025,
    },
    unit: 'box',
    packSize: '1',
    minOrderQuantity: '100',
    orderIncrement: '10',
    conversions: [{ from: 'box', to: 'kg', factor: '18' }],
  };
}

/** Eucalyptus plywood, 1220 × 2440 mm sheets sold by the sheet and bundled. */
function board(thicknessMm: number, sheetsPerBundle: number): DemoSku {
  const m3 = ((1.22 * 2.44 * thicknessMm) / 1000).toFixed(6);
  return {
    code: `eucalyptus-plywood-${thicknessMm}mm`,
    attributes: {
      species: '桉木',
      construction: '多层板',
      thicknessMm,
      size: '1220×2440 mm',
      grade: '一等品',
      formaldehydeClass: 'E1',
      standard: 'GB/T 9846-2015',
      origin: '广西贵港',
    },
    unit: 'piece',
    packSize: String(sheetsPerBundle),
    minOrderQuantity: String(sheetsPerBundle * 5),
    orderIncrement: String(sheetsPerBundle),
    conversions: [{ from: 'piece', to: 'm3', factor: m3 }],
  };
}

/** Rebar HRB400E, 12 m bars sold by theoretical weight (理计). */
function rebar(diameterMm: number, kgPerMetre: string): DemoSku {
  const kgPerBar = (Number(kgPerMetre) * 12).toFixed(3);
  return {
    code: `rebar-hrb400e-${diameterMm}`,
    attributes: {
      grade: 'HRB400E',
      diameter: `Φ${diameterMm}`,
      diameterMm,
      lengthM: 12,
      kgPerMetre: Number(kgPerMetre),
      weighing: '理计',
      standard: 'GB/T 1499.2-2024',
      origin: '河北唐山',
    },
    unit: 't',
    packSize: '1',
    minOrderQuantity: '30',
    orderIncrement: '1',
    conversions: [{ from: 'piece', to: 'kg', factor: kgPerBar }], // one 12 m bar
  };
}

function hotRolledCoil(code: string, thicknessMm: number): DemoSku {
  return {
    code,
    attributes: {
      grade: 'Q235B',
      thicknessMm,
      widthMm: 1500,
      spec: `${thicknessMm.toFixed(2)}×1500×C`,
      weighing: '磅计',
      standard: 'GB/T 3274-2017',
      origin: '河北唐山',
    },
    unit: 't',
    packSize: '1',
    minOrderQuantity: '25',
    orderIncrement: '1',
  };
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  {
    code: 'white-sugar-gx',
    seller: 'guitang-sugar',
    category: 'food-sugar',
    nameZh: '白砂糖（甘蔗糖）',
    nameEn: 'White cane sugar',
    unit: 't',
    skus: [
      sugar('white-sugar-gx-premium', '优级', 'Premium', 99.7, 60),
      sugar('white-sugar-gx-g1', '一级', 'Grade 1', 99.6, 150),
      sugar('white-sugar-gx-g2', '二级', 'Grade 2', 99.5, 240),
    ],
  },
  {
    code: 'white-sugar-nn',
    seller: 'nanning-sugar',
    category: 'food-sugar',
    nameZh: '白砂糖（南宁甘蔗糖）',
    nameEn: 'White cane sugar (Nanning)',
    unit: 't',
    skus: [
      sugar('white-sugar-nn-premium', '优级', 'Premium', 99.7, 60, '广西南宁'),
      sugar('white-sugar-nn-g1', '一级', 'Grade 1', 99.6, 150, '广西南宁'),
    ],
  },
  {
    code: 'apple-fuji-qixia',
    seller: 'qixia-apple-coop',
    category: 'agri-apple',
    nameZh: '栖霞红富士苹果',
    nameEn: 'Qixia Fuji apples',
    unit: 'box',
    skus: [
      apple('apple-fuji-special-85', '特级', 'Extra', 85),
      apple('apple-fuji-g1-85', '一级', 'Grade 1', 85),
      apple('apple-fuji-g1-80', '一级', 'Grade 1', 80),
      apple('apple-fuji-g2-80', '二级', 'Grade 2', 80),
    ],
  },
  {
    code: 'eucalyptus-plywood',
    seller: 'guisen-wood',
    category: 'build-eucalyptus',
    nameZh: '桉木多层板',
    nameEn: 'Eucalyptus plywood',
    unit: 'piece',
    skus: [board(9, 80), board(12, 60), board(18, 40)],
  },
  {
    code: 'caustic-soda',
    seller: 'hengtong-trade',
    category: 'chem-caustic-soda',
    nameZh: '烧碱（氢氧化钠）',
    nameEn: 'Caustic soda (sodium hydroxide)',
    unit: 't',
    skus: [
      {
        code: 'caustic-soda-liquid-32',
        attributes: {
          form: '液碱',
          purityPct: 32,
          process: '离子膜',
          standard: 'GB/T 209-2018',
          origin: '山东滨州',
          packaging: '槽罐车散装',
        },
        unit: 't',
        packSize: '1',
        minOrderQuantity: '30', // one road tanker
        orderIncrement: '1',
      },
      {
        code: 'caustic-soda-flake-99',
        attributes: {
          form: '片碱',
          purityPct: 99,
          process: '离子膜',
          standard: 'GB/T 209-2018',
          origin: '山东滨州',
          packaging: '25 kg 编织袋',
        },
        unit: 't',
        packSize: '0.025',
        minOrderQuantity: '5',
        orderIncrement: '1',
        conversions: [{ from: 'piece', to: 'kg', factor: '25' }],
      },
    ],
  },
  {
    code: 'soda-ash',
    seller: 'hengtong-trade',
    category: 'chem-soda-ash',
    nameZh: '纯碱（碳酸钠）',
    nameEn: 'Soda ash (sodium carbonate)',
    unit: 't',
    skus: [
      {
        code: 'soda-ash-dense',
        attributes: {
          type: '重质',
          typeEn: 'dense',
          purityPct: 99.2,
          grade: '优等品',
          standard: 'GB/T 210-2022',
          origin: '河北唐山',
          packaging: '1 t 吨袋',
        },
        unit: 't',
        packSize: '1',
        minOrderQuantity: '30',
        orderIncrement: '1',
      },
      {
        code: 'soda-ash-light',
        attributes: {
          type: '轻质',
          typeEn: 'light',
          purityPct: 99.2,
          grade: '优等品',
          standard: 'GB/T 210-2022',
          origin: '河北唐山',
          packaging: '40 kg 编织袋',
        },
        unit: 't',
        packSize: '0.04',
        minOrderQuantity: '20',
        orderIncrement: '1',
        conversions: [{ from: 'piece', to: 'kg', factor: '40' }],
      },
    ],
  },
  {
    code: 'rebar-hrb400e',
    seller: 'hengtong-trade',
    category: 'steel-rebar',
    nameZh: '螺纹钢 HRB400E',
    nameEn: 'Rebar HRB400E',
    unit: 't',
    skus: [rebar(12, '0.888'), rebar(16, '1.58'), rebar(20, '2.47'), rebar(25, '3.85')],
  },
  {
    code: 'hrc-q235b',
    seller: 'hengtong-trade',
    category: 'steel-hrc',
    nameZh: '热轧卷板 Q235B',
    nameEn: 'Hot-rolled coil Q235B',
    unit: 't',
    skus: [hotRolledCoil('hrc-q235b-3mm', 3), hotRolledCoil('hrc-q235b-5-75mm', 5.75)],
  },
];

// ---------------------------------------------------------------------------------------
// Warehouses (DESIGN.md §11). The platform leases the Yantai cold store; the logistics
// company runs the sugar warehouses in Chongzuo and Nanning and the steel yard at Tianjin port.

export const DEMO_WAREHOUSES: readonly DemoWarehouse[] = [
  {
    code: 'yantai-cold-store',
    name: '贸途烟台冷库',
    nameEn: 'Tradeway Yantai Cold Store',
    kind: 'cold_store',
    city: '烟台',
    address: '山东省烟台市福山区冷链物流园 8 号库',
    operator: 'tradeway',
    dailyStorageFeeMinor: 3n, // ¥0.03 per 18 kg carton per day
    feeUnit: 'box',
    exitFeeDays: 30, // industry average is 60
    currency: 'CNY',
    locations: ['CR01-A', 'CR01-B', 'CR02-A', 'CR02-B'],
  },
  {
    code: 'chongzuo-sugar-wh',
    name: '崇左糖业物流仓',
    nameEn: 'Chongzuo Sugar Logistics Warehouse',
    kind: 'ambient',
    city: '崇左',
    address: '广西壮族自治区崇左市江州区糖业物流园 3 号仓',
    operator: 'jiayun-logistics',
    dailyStorageFeeMinor: 40n, // ¥0.40 per tonne per day
    feeUnit: 't',
    exitFeeDays: 30,
    currency: 'CNY',
    locations: ['A1', 'A2', 'B1'],
  },
  {
    code: 'nanning-sugar-wh',
    name: '南宁糖业物流仓',
    nameEn: 'Nanning Sugar Logistics Warehouse',
    kind: 'ambient',
    city: '南宁',
    address: '广西壮族自治区南宁市江南区糖业物流园 6 号仓',
    operator: 'jiayun-logistics',
    dailyStorageFeeMinor: 40n, // ¥0.40 per tonne per day
    feeUnit: 't',
    exitFeeDays: 30,
    currency: 'CNY',
    locations: ['N1', 'N2'],
  },
  {
    code: 'tianjin-steel-yard',
    name: '天津港钢材堆场',
    nameEn: 'Tianjin Port Steel Yard',
    kind: 'ambient',
    city: '天津',
    address: '天津市滨海新区东疆港区物流园 12 号堆场',
    operator: 'jiayun-logistics',
    dailyStorageFeeMinor: 20n, // ¥0.20 per tonne per day
    feeUnit: 't',
    exitFeeDays: 30,
    currency: 'CNY',
    locations: ['Y01', 'Y02', 'SHED-1'],
  },
];

export const DEMO_INVENTORY: readonly DemoInventory[] = [
  // Yantai cold store: the co-operative's 2025 harvest, in cartons
  {
    sku: 'apple-fuji-special-85',
    warehouse: 'yantai-cold-store',
    location: 'CR01-A',
    onHand: '3200',
    reserved: '0',
  },
  {
    sku: 'apple-fuji-g1-85',
    warehouse: 'yantai-cold-store',
    location: 'CR01-B',
    onHand: '5400',
    reserved: '0',
  },
  {
    sku: 'apple-fuji-g1-80',
    warehouse: 'yantai-cold-store',
    location: 'CR02-A',
    onHand: '6000',
    reserved: '300',
  },
  {
    sku: 'apple-fuji-g2-80',
    warehouse: 'yantai-cold-store',
    location: 'CR02-B',
    onHand: '2500',
    reserved: '0',
  },
  // Chongzuo: sugar, in tonnes. `reserved` here is stock held for something else than an
  // order; the demo orders' confirmations (demo-orders.ts) add theirs when they are seeded:
  // 50 t of 一级 at A1, as the API's confirmations would.
  {
    sku: 'white-sugar-gx-g1',
    warehouse: 'chongzuo-sugar-wh',
    location: 'A1',
    onHand: '1200',
    reserved: '0',
  },
  { sku: 'white-sugar-gx-g1', warehouse: 'chongzuo-sugar-wh', location: 'A2', onHand: '800', reserved: '0' },
  {
    sku: 'white-sugar-gx-premium',
    warehouse: 'chongzuo-sugar-wh',
    location: 'A2',
    onHand: '300',
    reserved: '0',
  },
  { sku: 'white-sugar-gx-g2', warehouse: 'chongzuo-sugar-wh', location: 'B1', onHand: '600', reserved: '0' },
  // Nanning: the second mill's sugar, in tonnes
  {
    sku: 'white-sugar-nn-premium',
    warehouse: 'nanning-sugar-wh',
    location: 'N1',
    onHand: '400',
    reserved: '0',
  },
  { sku: 'white-sugar-nn-g1', warehouse: 'nanning-sugar-wh', location: 'N2', onHand: '1500', reserved: '0' },
  // Tianjin: steel in the yard, bagged chemicals in the shed, in tonnes
  {
    sku: 'rebar-hrb400e-12',
    warehouse: 'tianjin-steel-yard',
    location: 'Y01',
    onHand: '450.336',
    reserved: '0',
  },
  {
    sku: 'rebar-hrb400e-16',
    warehouse: 'tianjin-steel-yard',
    location: 'Y01',
    onHand: '620.448',
    reserved: '0',
  },
  {
    sku: 'rebar-hrb400e-20',
    warehouse: 'tianjin-steel-yard',
    location: 'Y02',
    onHand: '380.352',
    reserved: '29.640',
  },
  {
    sku: 'rebar-hrb400e-25',
    warehouse: 'tianjin-steel-yard',
    location: 'Y02',
    onHand: '290.4',
    reserved: '0',
  },
  { sku: 'hrc-q235b-3mm', warehouse: 'tianjin-steel-yard', location: 'Y02', onHand: '518.76', reserved: '0' },
  {
    sku: 'hrc-q235b-5-75mm',
    warehouse: 'tianjin-steel-yard',
    location: 'Y01',
    onHand: '402.115',
    reserved: '25.38',
  },
  {
    sku: 'caustic-soda-flake-99',
    warehouse: 'tianjin-steel-yard',
    location: 'SHED-1',
    onHand: '120',
    reserved: '0',
  },
  {
    sku: 'soda-ash-light',
    warehouse: 'tianjin-steel-yard',
    location: 'SHED-1',
    onHand: '200',
    reserved: '0',
  },
];

// ---------------------------------------------------------------------------------------
// The logins worth showing on start: one per portal and main role.

export type DemoPortal = 'buyer' | 'seller' | 'operator' | 'logistics';

export interface DemoLogin {
  readonly email: string;
  /** company name (Chinese) */
  readonly company: string;
  readonly role: BuiltInRole;
  readonly portal: DemoPortal;
}

const HIGHLIGHTS: ReadonlyArray<readonly [email: string, company: string, portal: DemoPortal]> = [
  ['buyer.owner@huaxin-food.demo', 'huaxin-food', 'buyer'],
  ['buyer.purchaser@huaxin-food.demo', 'huaxin-food', 'buyer'],
  ['buyer.approver@huaxin-food.demo', 'huaxin-food', 'buyer'],
  ['group.finance@huaxin-food.demo', 'huaxin-food', 'buyer'],
  ['seller.owner@guitang-sugar.demo', 'guitang-sugar', 'seller'],
  ['seller.sales@guitang-sugar.demo', 'guitang-sugar', 'seller'],
  ['ops.admin@tradeway.demo', 'tradeway', 'operator'],
  ['wh.chongzuo@jiayun-logistics.demo', 'jiayun-logistics', 'logistics'],
];

/** The most useful demo logins (all with {@link DEMO_PASSWORD}), for the start script. */
export function demoLogins(): DemoLogin[] {
  return HIGHLIGHTS.map(([email, companyCode, portal]) => {
    const u = DEMO_USERS.find((x) => x.email === email);
    const m = u?.memberships.find((x) => x.company === companyCode);
    const company = DEMO_COMPANIES.find((c) => c.code === companyCode);
    if (!u || !m || !company) throw new Error(`demo login ${email} @ ${companyCode} is not in the demo data`);
    return { email, company: company.name, role: m.role, portal };
  });
}
