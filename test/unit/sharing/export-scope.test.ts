import { describe, expect, it } from 'vitest';
import {
  exportAreaIds,
  exportAreas,
  initialExportChoices,
  packageFileName,
  scopeOf,
} from '../../../renderer/features/sharing/export-scope';
import sharingEn from '../../../renderer/features/sharing/locales/en.json';
import sharingZh from '../../../renderer/features/sharing/locales/zh-CN.json';
import { confidentialTables, tableNames } from '../../../shared/schema/tables';

// The export dialog's choices → the package scope the writer takes, and the file's suggested name.

describe('export scope', () => {
  it('names every area in both languages, and every table is in one area', () => {
    for (const area of exportAreaIds) {
      expect(sharingEn.sharingArea.export.area, area).toHaveProperty(area);
      expect(sharingZh.sharingArea.export.area, area).toHaveProperty(area);
    }
    expect(exportAreaIds.flatMap((area) => [...exportAreas[area]]).sort()).toEqual([...tableNames].sort());
  });

  it('starts as the whole office, every area, confidential areas left out', () => {
    expect(scopeOf(initialExportChoices)).toEqual({
      kind: 'full',
      tables: [
        ...exportAreas.team,
        ...exportAreas.catalog,
        ...exportAreas.orders,
        ...exportAreas.goals,
        ...exportAreas.training,
        ...exportAreas.routines,
      ].filter((table) => !confidentialTables.includes(table)),
      confidential: false,
    });
  });

  it('takes the reviews area only with confidential areas ticked', () => {
    expect(scopeOf(initialExportChoices).tables).not.toContain('reviews');
    expect(scopeOf({ ...initialExportChoices, areas: ['reviews'] }).tables).toEqual([]);
    expect(scopeOf({ ...initialExportChoices, confidential: true }).tables).toEqual(
      expect.arrayContaining([...exportAreas.reviews, ...exportAreas.team]),
    );
  });

  it('sends only what a chosen machine has not seen', () => {
    expect(
      scopeOf({ ...initialExportChoices, what: 'changes', peer: 'device-b', areas: ['orders'] }),
    ).toEqual({
      kind: 'incremental',
      target: 'device-b',
      tables: ['orders', 'orderEvents'],
      confidential: false,
    });
  });

  it('sends chosen people and dates, leaving out what was not chosen', () => {
    const ann = crypto.randomUUID();
    expect(
      scopeOf({
        ...initialExportChoices,
        what: 'chosen',
        staffIds: [ann],
        from: '2026-11-01',
        confidential: true,
      }),
    ).toMatchObject({ kind: 'partial', staffIds: [ann], from: '2026-11-01', confidential: true });
    const dates = scopeOf({ ...initialExportChoices, what: 'chosen', to: '2026-11-30' });
    expect(dates).not.toHaveProperty('staffIds');
    expect(dates).not.toHaveProperty('from');
    expect(dates).toHaveProperty('to', '2026-11-30');
  });

  it('names the file after the machine and the minute, safe on Windows and Mac', () => {
    const at = new Date(2026, 10, 28, 15, 30);
    expect(packageFileName('前台', at)).toBe('SalesDesk-前台-20261128-1530.sdpkg');
    expect(packageFileName('Front desk: PC/2 "A"?', at)).toBe(
      'SalesDesk-Front_desk_PC_2_A_-20261128-1530.sdpkg',
    );
    expect(packageFileName('x'.repeat(60), at)).toBe(`SalesDesk-${'x'.repeat(40)}-20261128-1530.sdpkg`);
  });
});
