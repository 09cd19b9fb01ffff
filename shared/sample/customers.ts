import type { CustomerInput } from '../schema/customer';
import { type Bilingual, bilingual, type SampleLanguage, say } from './language';
import {
  cities,
  districts,
  englishCompanies,
  givenNames,
  industries,
  roads,
  surnames,
  tradeNames,
} from './names';
import type { Random } from './random';
import type { Sample } from './types';

type Segment = CustomerInput['segment'];

const segmentWeights: readonly (readonly [Segment, number])[] = [
  ['key', 10],
  ['regular', 45],
  ['small', 30],
  ['new', 15],
];

/** Credit limit range in yuan by segment; stored in 分, rounded to 1,000 yuan. */
const creditRange: Record<Segment, readonly [number, number]> = {
  key: [500, 2000],
  regular: [100, 500],
  small: [20, 100],
  new: [10, 50],
};

const tagPool = bilingual([
  ['长期合作', 'long-term'],
  ['月结', 'monthly billing'],
  ['需开专票', 'VAT invoice'],
  ['价格敏感', 'price-sensitive'],
  ['重点跟进', 'follow up'],
  ['新签约', 'newly signed'],
]);

const notePool = bilingual([
  ['', ''],
  ['', ''],
  ['', ''],
  ['收货需提前电话预约', 'Call ahead before delivery'],
  ['发票寄往财务部', 'Send invoices to the finance department'],
  ['仅工作日收货', 'Receives goods on weekdays only'],
]);

interface CompanyName {
  name: string;
  domain: string;
}

/**
 * A customer's registered name: Chinese in both languages' sample (a Chinese office with an
 * English-speaking manager is common, and pinyin search can only be tried on Chinese names), a few
 * foreign firms among them.
 */
function companyName(random: Random, city: Bilingual): CompanyName {
  if (random.chance(0.04)) {
    const [name, domain] = random.pick(englishCompanies);
    return { name, domain };
  }
  const trade = random.pick(tradeNames);
  const industry = random.pick(industries);
  return { name: `${city.zh}${trade.zh}${industry.zh}有限公司`, domain: `${trade.en.toLowerCase()}.com.cn` };
}

export function generateCustomers(
  random: Random,
  language: SampleLanguage,
  count: number,
): Sample<CustomerInput>[] {
  const used = new Set<string>();
  const customers: Sample<CustomerInput>[] = [];
  for (let n = 1; n <= count; n++) {
    const city = random.weighted(cities);
    let company = companyName(random, city.name);
    for (let tries = 0; used.has(company.name) && tries < 50; tries++) {
      company = companyName(random, city.name);
    }
    if (used.has(company.name)) company = { ...company, name: `${company.name} (${n})` };
    used.add(company.name);

    const segment = random.weighted(segmentWeights);
    const [low, high] = creditRange[segment];
    const surname = random.pick(surnames);
    const given = random.pick(givenNames);
    const district = random.pick(districts);
    const road = random.pick(roads);
    const houseNumber = random.int(1, 999);
    const address =
      language === 'en'
        ? `No. ${houseNumber} ${road.en}, ${district.en ? `${district.en}, ` : ''}${city.name.en}`
        : `${city.name.zh}市${district.zh}${road.zh}${houseNumber}号`;
    const tagCount = random.weighted([
      [0, 3],
      [1, 4],
      [2, 2],
    ] as const);
    const tags = new Set<string>();
    while (tags.size < tagCount) tags.add(say(random.pick(tagPool), language));
    if (segment === 'new') tags.add(say(tagPool[5] as Bilingual, language));

    customers.push({
      id: random.uuid(),
      input: {
        code: `C${String(n).padStart(4, '0')}`,
        name: company.name,
        contact: language === 'en' ? `${given.en} ${surname.en}` : `${surname.zh}${given.zh}`,
        phone: `1${random.pick([3, 5, 8])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`,
        email: `${surname.en.toLowerCase()}.${given.en.toLowerCase()}@${company.domain}`,
        address,
        segment,
        region: say(city.region, language),
        tags: [...tags],
        creditLimit: random.int(low, high) * 1000 * 100,
        notes: say(random.pick(notePool), language),
      },
    });
  }
  return customers;
}
