import type { ProductInput } from '../schema/product';
import { catalog, seriesCodes, units } from './catalog';
import { type SampleLanguage, say } from './language';
import type { Random } from './random';
import type { Sample } from './types';

/** Round a yuan price to a price a catalogue would print: whole yuan, ending in 0, 5, 8 or 9 when large. */
function catalogPrice(random: Random, low: number, high: number): number {
  const yuan = low + random.next() * (high - low);
  const whole = yuan < 100 ? Math.round(yuan) : Math.round(yuan / 10) * 10 - random.pick([0, 0, 2, 1]);
  return Math.max(1, whole) * 100;
}

export function generateProducts(
  random: Random,
  language: SampleLanguage,
  count: number,
): Sample<ProductInput>[] {
  const used = new Set<string>();
  const products: Sample<ProductInput>[] = [];
  for (let n = 1; n <= count; n++) {
    // Walk the catalogue so every kind of item appears, then vary models within it.
    const item = catalog[(n - 1) % catalog.length] ?? catalog[0];
    if (!item) throw new Error('empty catalogue');
    let model = '';
    do {
      model = `${random.pick(seriesCodes)}-${String.fromCharCode(65 + random.int(0, 25))}${random.int(100, 999)}`;
    } while (used.has(model));
    used.add(model);
    const active = !random.chance(0.08);
    products.push({
      id: random.uuid(),
      input: {
        sku: `P${String(n).padStart(4, '0')}`,
        name: `${say(item.name, language)} ${model}`,
        unit: say(units[item.unit], language),
        unitPrice: catalogPrice(random, item.price[0], item.price[1]),
        taxRate: item.taxRate,
        active,
        notes: active ? '' : say({ zh: '已停产', en: 'Discontinued' }, language),
      },
    });
  }
  return products;
}
