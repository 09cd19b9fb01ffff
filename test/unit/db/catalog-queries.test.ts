import { describe, expect, it } from 'vitest';
import {
  createCatalogSearch,
  findCustomerByCode,
  findProductBySku,
} from '../../../renderer/db/catalog-queries';
import type { ProductInput } from '../../../shared/schema/product';
import { customerInput, freshSession } from './fixtures';

const product = (overrides: Partial<ProductInput>): ProductInput => ({
  sku: 'P0001',
  name: '办公椅',
  unit: '把',
  unitPrice: 39900,
  taxRate: 1300,
  active: true,
  ...overrides,
});

async function seeded() {
  const session = await freshSession();
  const { customers, products } = session.repos;
  await customers.bulkCreate([
    customerInput({ code: 'C0001', name: '北京华信科技有限公司' }),
    customerInput({ code: 'C0002', name: '上海华信电子有限公司' }),
    customerInput({ code: 'BJHX', name: 'Acme Trading' }),
    customerInput({ code: 'BJHX-2', name: '深圳明达贸易有限公司' }),
    customerInput({ code: 'C0010', name: '杭州北京华信分公司' }),
  ]);
  await products.bulkCreate([
    product({ sku: 'P0001', name: '办公椅 KX-A100' }),
    product({ sku: 'P0002', name: '打印纸 A4', active: false }),
    product({ sku: 'P0020', name: '办公桌', unitPrice: 120000 }),
  ]);
  return session;
}

describe('catalog search', () => {
  it('finds 北京华信 by pinyin initials, full pinyin and characters', async () => {
    const session = await seeded();
    const search = await createCatalogSearch(session.db);
    const names = (query: string) => search.searchCustomers(query).map((c) => c.name);
    expect(names('bjhx')[0]).toBe('Acme Trading'); // exact code beats a name match
    expect(names('bjhx')).toContain('北京华信科技有限公司');
    expect(names('beijinghuaxin')).toEqual(['北京华信科技有限公司', '杭州北京华信分公司']);
    expect(names('华信')).toEqual(['北京华信科技有限公司', '上海华信电子有限公司', '杭州北京华信分公司']);
    expect(names('shhx')).toEqual(['上海华信电子有限公司']);
    expect(names('nothing like it')).toEqual([]);
  });

  it('ranks exact code, then code prefix, then name / pinyin prefix, then anywhere in the name', async () => {
    const session = await seeded();
    const search = await createCatalogSearch(session.db);
    expect(search.searchCustomers('bjhx').map((c) => c.code)).toEqual(['BJHX', 'BJHX-2', 'C0001', 'C0010']);
    expect(search.searchCustomers('C001').map((c) => c.code)).toEqual(['C0010']);
    expect(search.searchCustomers('c0001').map((c) => c.code)).toEqual(['C0001']);
    expect(search.searchCustomers('bjhx', 2)).toHaveLength(2);
    // An empty query lists everything by code (numeric-aware).
    expect(search.searchCustomers('').map((c) => c.code)).toEqual([
      'BJHX',
      'BJHX-2',
      'C0001',
      'C0002',
      'C0010',
    ]);
  });

  it('searches products by SKU, name or pinyin, optionally only those on sale', async () => {
    const session = await seeded();
    const search = await createCatalogSearch(session.db);
    expect(search.searchProducts('bgy').map((p) => p.sku)).toEqual(['P0001']);
    expect(search.searchProducts('bg').map((p) => p.sku)).toEqual(['P0001', 'P0020']);
    expect(search.searchProducts('dyz').map((p) => p.sku)).toEqual(['P0002']);
    expect(search.searchProducts('dyz', { activeOnly: true })).toEqual([]);
    expect(search.searchProducts('P002').map((p) => p.sku)).toEqual(['P0020']);
    const chair = search.searchProducts('P0001')[0];
    expect(chair && search.productById(chair.id)?.name).toBe('办公椅 KX-A100');
  });

  it('leaves deleted records out, and lists only them for the trash; edits are seen on reload', async () => {
    const session = await seeded();
    const [huaxin] = (await createCatalogSearch(session.db)).searchCustomers('C0001');
    if (!huaxin) throw new Error('seed missing');
    await session.repos.customers.remove(huaxin.id);
    const live = await createCatalogSearch(session.db);
    expect(live.searchCustomers('bjhx').map((c) => c.code)).toEqual(['BJHX', 'BJHX-2', 'C0010']);
    expect(live.customerById(huaxin.id)).toBeUndefined();
    const trash = await createCatalogSearch(session.db, { deleted: true });
    expect(trash.searchCustomers('bjhx').map((c) => c.code)).toEqual(['C0001']);
    expect(trash.products).toEqual([]);

    await session.repos.customers.restore(huaxin.id);
    await session.repos.customers.update(huaxin.id, { name: '广州华信科技有限公司' });
    const after = await createCatalogSearch(session.db);
    expect(after.searchCustomers('gzhx').map((c) => c.code)).toEqual(['C0001']);
    expect(after.searchCustomers('beijinghuaxin').map((c) => c.code)).toEqual(['C0010']);
  });

  it('finds a code or SKU already in use, ignoring case and including deleted records', async () => {
    const session = await seeded();
    const existing = await findCustomerByCode(session.db, ' c0002 ');
    expect(existing?.name).toBe('上海华信电子有限公司');
    if (existing) await session.repos.customers.remove(existing.id);
    expect((await findCustomerByCode(session.db, 'C0002'))?.deleted).toBe(true);
    expect(await findCustomerByCode(session.db, 'C9999')).toBeUndefined();
    expect((await findProductBySku(session.db, 'p0020'))?.name).toBe('办公桌');
  });

  it('stays fast at 10,000 customers: keys are computed once, then a search is a scan', async () => {
    const session = await freshSession();
    const cities = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '重庆', '天津'];
    const trades = ['华信', '明达', '恒通', '鑫源', '宏远', '嘉禾', '瑞丰', '金桥', '天成', '永兴'];
    const kinds = ['科技', '贸易', '电子', '机械', '化工', '物流', '建材', '食品', '医药', '服饰'];
    await session.repos.customers.bulkCreate(
      Array.from({ length: 10_000 }, (_, n) =>
        customerInput({
          code: `C${String(n).padStart(5, '0')}`,
          name: `${cities[n % 10]}${trades[Math.floor(n / 10) % 10]}${kinds[Math.floor(n / 100) % 10]}有限公司${Math.floor(n / 1000)}`,
        }),
      ),
    );
    const search = await createCatalogSearch(session.db);
    const first = performance.now();
    expect(search.searchCustomers('bjhxkj', 500)).toHaveLength(10);
    const warm = performance.now() - first;
    const again = performance.now();
    for (let i = 0; i < 20; i++) search.searchCustomers(i % 2 ? 'shmd' : 'guangzhou', 20);
    const perSearch = (performance.now() - again) / 20;
    expect(perSearch).toBeLessThan(Math.max(25, warm / 10));
    // A second snapshot of the same records reuses the cached keys.
    const reloaded = await createCatalogSearch(session.db);
    const cached = performance.now();
    reloaded.searchCustomers('bjhx');
    expect(performance.now() - cached).toBeLessThan(Math.max(50, warm / 3));
  }, 60_000);
});
