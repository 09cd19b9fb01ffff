import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  checksTable,
  type MatrixDuty,
  matrixPrintFit,
  matrixRoles,
  matrixTable,
  printPage,
  sheetsToXlsx,
} from '../../../shared/export/matrix-table';

const members = [
  { id: 'a', name: '张伟' },
  { id: 'b', name: 'Li Na' },
  { id: 'c', name: '=HYPERLINK("x")' },
];

const duty = (id: string, over: Partial<MatrixDuty> = {}): MatrixDuty => ({
  id,
  name: id,
  complexity: 'standard',
  hoursPerWeek: 10,
  primaryId: null,
  backupIds: [],
  ...over,
});

const labels = {
  duty: '职责',
  complexity: '复杂度',
  hoursPerWeek: '每周工时',
  complexities: { simple: '简单', standard: '标准', complex: '复杂' },
  primary: 'P',
  backup: 'B',
} as const;

const checkLabels = {
  duty: 'Duty',
  person: 'Person',
  problem: 'Problem',
  none: 'No problems',
  score: 'Score',
};

describe('duty matrix table', () => {
  it('marks each member P, B or nothing, primary first when listed twice', () => {
    expect(matrixRoles({ primaryId: 'b', backupIds: ['b', 'c'] }, members)).toEqual([
      null,
      'primary',
      'backup',
    ]);
    const table = matrixTable(
      members,
      [
        duty('订单处理', { complexity: 'complex', hoursPerWeek: 30, primaryId: 'a', backupIds: ['c'] }),
        duty('Filing', { hoursPerWeek: 2.5 }),
      ],
      labels,
    );
    expect(table).toEqual([
      ['职责', '复杂度', '每周工时', '张伟', 'Li Na', '=HYPERLINK("x")'],
      ['订单处理', '复杂', 30, 'P', '', 'B'],
      ['Filing', '标准', 2.5, '', '', ''],
    ]);
  });

  it('lists the problems, or says there are none, with the score last', () => {
    expect(checksTable([{ duty: 'Filing', person: '', problem: 'No backup.' }], 90, checkLabels)).toEqual([
      ['Duty', 'Person', 'Problem'],
      ['Filing', '', 'No backup.'],
      [],
      ['Score', 90],
    ]);
    expect(checksTable([], 100, checkLabels)[1]).toEqual(['No problems', '', '']);
  });

  it('writes both sheets to a workbook, numbers as numbers and typed text never as a formula', async () => {
    const bytes = await sheetsToXlsx([
      {
        name: 'Matrix',
        rows: matrixTable(members, [duty('=1+1', { primaryId: 'a', backupIds: ['b'] })], labels),
        marksFrom: 3,
      },
      { name: 'Checks', rows: checksTable([], 100, checkLabels) },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Checks']);
    const matrix = workbook.getWorksheet('Matrix');
    expect(matrix?.getRow(1).values).toEqual([
      undefined,
      '职责',
      '复杂度',
      '每周工时',
      '张伟',
      'Li Na',
      `'=HYPERLINK("x")`,
    ]);
    expect(matrix?.getRow(2).values).toEqual([undefined, "'=1+1", '标准', 10, 'P', 'B']);
    expect(matrix?.getCell('F2').value).toBeNull();
    expect(matrix?.getCell('D1').alignment?.textRotation).toBe(90);
    expect(matrix?.pageSetup.orientation).toBe('landscape');
    expect(workbook.getWorksheet('Checks')?.getCell('B4').value).toBe(100);
  });
});

describe('wall print fit', () => {
  const fits = (duties: number, staff: number) => {
    const fit = matrixPrintFit(duties, staff);
    const height = printPage.titleMm + printPage.legendMm + fit.headMm + duties * fit.pitchMm;
    const width = fit.dutyMm + fit.hoursMm + fit.ownerMm + staff * fit.memberMm;
    return { fit, height, width };
  };

  it('fits 30 staff × 60 duties on one A4 landscape page, still readable', () => {
    const { fit, height, width } = fits(60, 30);
    expect(height).toBeLessThanOrEqual(printPage.heightMm);
    expect(width).toBeLessThanOrEqual(printPage.widthMm);
    expect(fit.fontPt).toBeGreaterThanOrEqual(4.5);
    // The text fits the row it is in.
    expect(fit.fontPt * 0.3528 * 1.2).toBeLessThanOrEqual(fit.rowMm);
  });

  it('shrinks with more rows or columns and stays at a comfortable size for a small office', () => {
    expect(matrixPrintFit(8, 5).fontPt).toBe(10);
    expect(matrixPrintFit(60, 12).fontPt).toBeLessThan(matrixPrintFit(20, 12).fontPt);
    expect(matrixPrintFit(10, 80).fontPt).toBeLessThan(matrixPrintFit(10, 20).fontPt);
    for (const [duties, staff] of [
      [1, 1],
      [8, 12],
      [60, 30],
      [100, 50],
    ] as const) {
      const { height, width } = fits(duties, staff);
      expect(height, `${duties}×${staff}`).toBeLessThanOrEqual(printPage.heightMm);
      expect(width, `${duties}×${staff}`).toBeLessThanOrEqual(printPage.widthMm);
    }
  });
});
