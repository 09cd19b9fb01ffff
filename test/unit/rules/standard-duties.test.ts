import { describe, expect, it } from 'vitest';
import { standardDuties } from '../../../shared/rules/standard-duties';
import { dutyFields } from '../../../shared/schema/duty';

const cjk = /[\u4e00-\u9fff]/;

describe('the standard duties', () => {
  it.each(['zh-CN', 'en'] as const)(
    'are the eight duties of a back office in %s, valid and without owners',
    (language) => {
      const duties = standardDuties(language);
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
      standardDuties('en')
        .filter((d) => d.routesOrders)
        .map((d) => d.name),
    ).toEqual(['Order processing']);
    expect(
      standardDuties('zh-CN')
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
    }: ReturnType<typeof standardDuties>[number]) => rest;
    expect(standardDuties('zh-CN').map(strip)).toEqual(standardDuties('en').map(strip));
  });
});
