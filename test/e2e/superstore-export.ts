// A US sales export shaped like the public "Superstore" data that BI tools ship: English headers, one
// row per order line, month/day/year dates, amounts computed by the source with 3–4 decimals, a
// discount column of fractions (0.2 = 20 %) with the amount already after it, customer segments the
// app does not know (Consumer, Corporate, Home Office), product codes that carry two names, and
// product names of 200 characters. Deterministic (a seeded generator), so a failure can be re-run.

export interface SuperstoreFile {
  csv: string;
  lines: number;
  orders: number;
  /** Σ of the file's Sales, each rounded half away from zero to cents: what the import must store. */
  salesCents: bigint;
  /** Product codes given with two different names. */
  twoNameCodes: string[];
}

function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const segments = ['Consumer', 'Corporate', 'Home Office'];
const regions = ['West', 'East', 'Central', 'South'];
const categories = [
  ['FUR', 'Furniture', 'Chairs'],
  ['OFF', 'Office Supplies', 'Binders'],
  ['TEC', 'Technology', 'Phones'],
];
const discounts = ['0', '0', '0', '0.2', '0.15', '0.1', '0.45', '0.7'];
const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A file of about `targetLines` order lines. */
export function superstoreExport(targetLines: number, seed = 20_161_108): SuperstoreFile {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const customers = Array.from({ length: 800 }, (_, i) => ({
    id: `CG-${String(12_520 + i).padStart(5, '0')}`,
    name: `Customer ${i + 1} ${pick(['Gute', 'Van Huff', 'Hoffman', 'ODonnell', 'Andreada'])}`,
    segment: pick(segments),
    region: pick(regions),
  }));
  const products = Array.from({ length: 1_900 }, (_, i) => {
    const [prefix, category] = pick(categories) as string[];
    const name =
      i % 97 === 0
        ? `${category} item ${i} ${'with a very long catalogue description, '.repeat(6)}`.slice(0, 200)
        : `${category} item ${i}, ${pick(['Black', 'Charcoal', 'Blue', 'Oak'])}`;
    return {
      id: `${prefix}-${String(10_000_000 + i * 7)}`,
      name,
      cents: 100 + Math.floor(random() * 90_000),
    };
  });
  // Some codes appear under a second name in later rows, as source systems rename products.
  const twoNameCodes = products.filter((_, i) => i % 211 === 5).map((p) => p.id);
  const renamed = new Set(twoNameCodes);

  const header =
    'Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country,City,Region,Product ID,Category,Product Name,Sales,Quantity,Discount,Profit';
  const rows = [header];
  let salesCents = 0n;
  let lines = 0;
  let orders = 0;
  while (lines < targetLines) {
    orders++;
    const customer = pick(customers);
    const year = 2023 + Math.floor(random() * 4);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const orderId = `${pick(['CA', 'US'])}-${year}-${String(100_000 + orders)}`;
    const count = 1 + Math.floor(random() * 3);
    for (let n = 0; n < count; n++) {
      lines++;
      const product = pick(products);
      const quantity = 1 + Math.floor(random() * 9);
      const discount = pick(discounts);
      // Sales in ten-thousandths of a dollar, as the source computed it: price × qty × (1 − discount).
      const tenThousandths = Math.round(product.cents * 100 * quantity * (1 - Number(discount)));
      const sales = (tenThousandths / 10_000).toFixed(4).replace(/0{1,2}$/, '');
      salesCents += BigInt(Math.floor((tenThousandths + 50) / 100));
      const name = renamed.has(product.id) && lines % 2 === 0 ? `${product.name} (new pack)` : product.name;
      rows.push(
        [
          String(lines),
          orderId,
          `${month}/${day}/${year}`,
          `${month}/${Math.min(day + 4, 28)}/${year}`,
          'Standard Class',
          customer.id,
          customer.name,
          customer.segment,
          'United States',
          'Los Angeles',
          customer.region,
          product.id,
          product.name.split(' item')[0] ?? '',
          name,
          sales,
          String(quantity),
          discount,
          (Number(sales) * 0.12).toFixed(4),
        ]
          .map(quote)
          .join(','),
      );
    }
  }
  return { csv: `${rows.join('\r\n')}\r\n`, lines, orders, salesCents, twoNameCodes };
}
