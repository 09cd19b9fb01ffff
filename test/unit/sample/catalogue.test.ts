import { describe, expect, it } from 'vitest';
import { catalogueDuties } from '../../../shared/sample/catalogue';
import { dutyFields } from '../../../shared/schema/duty';

const cjk = /[\u4e00-\u9fff]/;

describe('the standard duty catalogue', () => {
  it.each(['zh-CN', 'en'] as const)(
    'is the eight sample duties in %s, valid and without owners',
    (language) => {
      const duties = catalogueDuties(language);
      expect(duties).toHaveLength(8);
      for (const duty of duties) {
        const parsed = dutyFields.safeParse(duty);
        expect(parsed.error?.issues ?? [], duty.name).toEqual([]);
        expect(parsed.data).toEqual(duty);
        expect(duty).toMatchObject({ primaryId: null, backupIds: [] });
        expect(cjk.test(duty.name)).toBe(language === 'zh-CN');
      }
      expect(new Set(duties.map((d) => d.name)).size).toBe(8);
    },
  );

  it('routes submitted orders by order processing only', () => {
    expect(
      catalogueDuties('en')
        .filter((d) => d.routesOrders)
        .map((d) => d.name),
    ).toEqual(['Order processing']);
    expect(
      catalogueDuties('zh-CN')
        .filter((d) => d.routesOrders)
        .map((d) => d.name),
    ).toEqual(['订单处理']);
  });

  it('gives both languages the same duties in the same order', () => {
    const strip = ({
      name: _n,
      description: _d,
      requiredSkill: _s,
      ...rest
    }: ReturnType<typeof catalogueDuties>[number]) => rest;
    expect(catalogueDuties('zh-CN').map(strip)).toEqual(catalogueDuties('en').map(strip));
  });
});
