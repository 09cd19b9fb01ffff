import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DryRunStep } from '../../renderer/features/orders/import/DryRunStep';
import type { ImportWizardState } from '../../renderer/features/orders/import/use-import-wizard';
import { autoMatchColumns } from '../../shared/import/columns';
import { type PlanInput, planOrderLinesImport } from '../../shared/import/plan';
import { renderScreen } from './support';

// A workbook's formula cells are read from the values Excel last saved, never evaluated: the dry run
// says how many there were before anything is written, in the user's language.

const headers = ['订单号', '客户名称', '产品名称', '数量', '单价'];
const rows = [['SO-1', '北京华联商贸有限公司', '订书机', '2', '1080']];

function wizardWith(kind: 'xlsx' | 'csv', formulaCells: number): ImportWizardState {
  const input: PlanInput = {
    headers,
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
    mapping: autoMatchColumns(headers),
    dateOrder: 'ymd',
    existing: { customers: [], products: [], orderNumbers: new Set() },
    today: '2026-11-30',
    currency: 'CNY',
    defaultTaxRate: 1300,
  };
  const table =
    kind === 'xlsx'
      ? {
          headers,
          headerRow: 1,
          rows: input.rows,
          warnings: [],
          kind,
          sheetName: 'S',
          sheetNames: ['S'],
          formulaCells,
        }
      : {
          headers,
          headerRow: 1,
          rows: input.rows,
          warnings: [],
          kind,
          encoding: 'utf-8',
          delimiter: ',',
          renamed: false,
        };
  const wizard = {
    plan: planOrderLinesImport(input),
    table,
    file: { name: `orders.${kind}` },
    customerNames: new Map(),
    officeCurrency: 'CNY',
    taxMode: 'exclusive',
    sameCode: {},
    planning: false,
    chooseSameCode: () => {},
    setStep: () => {},
    startImport: () => {},
  };
  return wizard as unknown as ImportWizardState;
}

describe('formula cells in the dry run', () => {
  it('says how many cells were formulas and that their saved values were used (en)', async () => {
    await renderScreen(<DryRunStep wizard={wizardWith('xlsx', 12)} />, { language: 'en' });
    expect(screen.getByTestId('dry-run-formulas').textContent).toContain(
      '12 cells are formulas; their last calculated values were used',
    );
  });

  it('says it in Chinese', async () => {
    await renderScreen(<DryRunStep wizard={wizardWith('xlsx', 12)} />, { language: 'zh-CN' });
    expect(screen.getByTestId('dry-run-formulas').textContent).toContain(
      '12 个单元格是公式；已使用其最后计算的值',
    );
  });

  it('says one cell in the singular', async () => {
    await renderScreen(<DryRunStep wizard={wizardWith('xlsx', 1)} />, { language: 'en' });
    expect(screen.getByTestId('dry-run-formulas').textContent).toContain(
      '1 cell is a formula; its last calculated value was used',
    );
  });

  it('says nothing when no cell was a formula, or the file is text', async () => {
    await renderScreen(<DryRunStep wizard={wizardWith('xlsx', 0)} />, { language: 'en' });
    expect(screen.queryByTestId('dry-run-formulas')).toBeNull();
    await renderScreen(<DryRunStep wizard={wizardWith('csv', 0)} />, { language: 'en' });
    expect(screen.queryByTestId('dry-run-formulas')).toBeNull();
  });
});
