import { describe, expect, it } from 'vitest';
import { matchesSearch, searchKey } from '../../../shared/rules/search-key';

describe('search keys', () => {
  const key = searchKey('北京华信科技有限公司', 'C0001');

  it('find a Chinese name by its pinyin initials, full pinyin, characters or code', () => {
    for (const query of ['bjhx', 'BJHX', 'beijinghuaxin', 'bei jing hua xin', '华信', 'c0001']) {
      expect(matchesSearch(key, query), query).toBe(true);
    }
  });

  it('do not match what is not there', () => {
    for (const query of ['shhx', 'shanghai', '上海', 'c0002'])
      expect(matchesSearch(key, query), query).toBe(false);
  });

  it('handle English and mixed names', () => {
    const mixed = searchKey('ABC 重庆 Trading Co.');
    expect(matchesSearch(mixed, 'abccq')).toBe(true);
    expect(matchesSearch(mixed, 'trading')).toBe(true);
    expect(matchesSearch(mixed, 'chongqing')).toBe(true);
  });
});
