import type { Bilingual } from './language';

// What the sample office sells: office supplies, equipment and furniture (13 % VAT), food and books
// (9 %), and services (6 %). Prices are a range in yuan per unit; the generator turns them into 分.

export type UnitKey = 'piece' | 'box' | 'machine' | 'set';

export const units: Record<UnitKey, Bilingual> = {
  piece: { zh: '件', en: 'pc' },
  box: { zh: '箱', en: 'box' },
  machine: { zh: '台', en: 'unit' },
  set: { zh: '套', en: 'set' },
};

/** Typical quantity on one order line, by unit. */
export const quantityRange: Record<UnitKey, readonly [number, number]> = {
  piece: [1, 60],
  box: [1, 30],
  machine: [1, 6],
  set: [1, 10],
};

export interface CatalogItem {
  name: Bilingual;
  unit: UnitKey;
  /** Yuan per unit, low and high; variants spread across the range. */
  price: readonly [number, number];
  /** Basis points. */
  taxRate: 1300 | 900 | 600;
}

const item = (
  zh: string,
  en: string,
  unit: UnitKey,
  price: readonly [number, number],
  taxRate: CatalogItem['taxRate'] = 1300,
): CatalogItem => ({ name: { zh, en }, unit, price, taxRate });

export const catalog: readonly CatalogItem[] = [
  item('A4复印纸', 'A4 copy paper', 'box', [120, 260]),
  item('中性笔', 'Gel pens', 'box', [60, 180]),
  item('文件夹', 'File folders', 'box', [45, 150]),
  item('订书机', 'Stapler', 'piece', [15, 80]),
  item('白板', 'Whiteboard', 'piece', [180, 900]),
  item('硒鼓', 'Toner cartridge', 'piece', [260, 980]),
  item('激光打印机', 'Laser printer', 'machine', [1200, 5600]),
  item('笔记本电脑', 'Laptop', 'machine', [3800, 12800]),
  item('显示器', 'Monitor', 'machine', [800, 3200]),
  item('投影仪', 'Projector', 'machine', [2500, 9800]),
  item('扫描仪', 'Scanner', 'machine', [900, 4200]),
  item('碎纸机', 'Paper shredder', 'machine', [350, 2400]),
  item('无线路由器', 'Wireless router', 'machine', [199, 1500]),
  item('办公椅', 'Office chair', 'piece', [380, 2200]),
  item('办公桌', 'Office desk', 'set', [800, 4200]),
  item('文件柜', 'Filing cabinet', 'piece', [600, 2800]),
  item('会议桌', 'Conference table', 'set', [2800, 12000]),
  item('工位组合', 'Workstation cluster', 'set', [3500, 16000]),
  item('茶叶礼盒', 'Tea gift box', 'set', [198, 1280], 900),
  item('大米', 'Rice', 'box', [90, 260], 900),
  item('食用油', 'Cooking oil', 'box', [120, 380], 900),
  item('培训教材', 'Training handbooks', 'set', [80, 600], 900),
  item('设备维保服务', 'Equipment maintenance service', 'set', [500, 6000], 600),
  item('安装调试服务', 'Installation service', 'set', [300, 3000], 600),
  item('技术培训服务', 'Technical training service', 'set', [800, 8000], 600),
];

/** Series codes used in model names: `激光打印机 HX-M203`. */
export const seriesCodes = ['HX', 'ZL', 'RF', 'TC', 'BY', 'JQ', 'SD', 'MX'] as const;

const unitKeys = new Map<string, UnitKey>(
  Object.entries(units).flatMap(([key, text]) => [
    [text.zh, key as UnitKey],
    [text.en, key as UnitKey],
  ]),
);

/** The unit key of a product's unit text in either language (unknown units count as pieces). */
export const unitKeyOf = (unit: string): UnitKey => unitKeys.get(unit) ?? 'piece';
