/**
 * Delivery regions: China's provincial divisions by ISO 3166-2 code, the places that
 * delivery zones cover and buyers name as their delivery place (DESIGN.md §4).
 */
export const REGIONS = [
  { code: 'CN-BJ', zh: '北京', en: 'Beijing' },
  { code: 'CN-TJ', zh: '天津', en: 'Tianjin' },
  { code: 'CN-HE', zh: '河北', en: 'Hebei' },
  { code: 'CN-SX', zh: '山西', en: 'Shanxi' },
  { code: 'CN-NM', zh: '内蒙古', en: 'Inner Mongolia' },
  { code: 'CN-LN', zh: '辽宁', en: 'Liaoning' },
  { code: 'CN-JL', zh: '吉林', en: 'Jilin' },
  { code: 'CN-HL', zh: '黑龙江', en: 'Heilongjiang' },
  { code: 'CN-SH', zh: '上海', en: 'Shanghai' },
  { code: 'CN-JS', zh: '江苏', en: 'Jiangsu' },
  { code: 'CN-ZJ', zh: '浙江', en: 'Zhejiang' },
  { code: 'CN-AH', zh: '安徽', en: 'Anhui' },
  { code: 'CN-FJ', zh: '福建', en: 'Fujian' },
  { code: 'CN-JX', zh: '江西', en: 'Jiangxi' },
  { code: 'CN-SD', zh: '山东', en: 'Shandong' },
  { code: 'CN-HA', zh: '河南', en: 'Henan' },
  { code: 'CN-HB', zh: '湖北', en: 'Hubei' },
  { code: 'CN-HN', zh: '湖南', en: 'Hunan' },
  { code: 'CN-GD', zh: '广东', en: 'Guangdong' },
  { code: 'CN-GX', zh: '广西', en: 'Guangxi' },
  { code: 'CN-HI', zh: '海南', en: 'Hainan' },
  { code: 'CN-CQ', zh: '重庆', en: 'Chongqing' },
  { code: 'CN-SC', zh: '四川', en: 'Sichuan' },
  { code: 'CN-GZ', zh: '贵州', en: 'Guizhou' },
  { code: 'CN-YN', zh: '云南', en: 'Yunnan' },
  { code: 'CN-XZ', zh: '西藏', en: 'Tibet' },
  { code: 'CN-SN', zh: '陕西', en: 'Shaanxi' },
  { code: 'CN-GS', zh: '甘肃', en: 'Gansu' },
  { code: 'CN-QH', zh: '青海', en: 'Qinghai' },
  { code: 'CN-NX', zh: '宁夏', en: 'Ningxia' },
  { code: 'CN-XJ', zh: '新疆', en: 'Xinjiang' },
  { code: 'CN-HK', zh: '香港', en: 'Hong Kong' },
  { code: 'CN-MO', zh: '澳门', en: 'Macao' },
  { code: 'CN-TW', zh: '台湾', en: 'Taiwan' },
] as const;
export type RegionCode = (typeof REGIONS)[number]['code'];
export const REGION_CODES: readonly string[] = REGIONS.map((r) => r.code);
