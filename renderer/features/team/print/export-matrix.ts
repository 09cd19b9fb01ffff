import { checksTable, matrixTable, sheetsToXlsx } from '../../../../shared/export/matrix-table';
import type { Language } from '../../../../shared/ipc/contract';
import type { DateRange } from '../../../../shared/rules/coverage';
import { localIsoDate } from '../../../../shared/rules/local-date';
import { i18next } from '../../../i18n';
import { platform } from '../../../platform';
import type { SaveFileResult } from '../../../platform/types';
import type { TeamData } from '../use-team';
import { checkLines, coverageOf, matrixLabels } from './matrix-facts';

// The duty matrix as a workbook: "Matrix" (P/B cells, one column per team member) and "Checks" (the
// coverage problems in words and the score). The tables come from the pure builder in
// shared/export/matrix-table.ts; exceljs is loaded only when the workbook is written.

/** The workbook's bytes and a suggested name, in the given language. Writes nothing. */
export async function buildMatrixExport(
  team: TeamData,
  language: Language,
  range: DateRange | undefined,
  now = new Date(),
) {
  const t = i18next.getFixedT(language);
  const report = coverageOf(team, range);
  const bytes = await sheetsToXlsx([
    {
      name: t('teamPrint.sheetMatrix'),
      rows: matrixTable(team.members, team.duties, matrixLabels(t)),
      marksFrom: 3,
    },
    {
      name: t('teamPrint.sheetChecks'),
      rows: checksTable(checkLines(t, team, report), report.score, {
        duty: t('teamPrint.checks.duty'),
        person: t('teamPrint.checks.person'),
        problem: t('teamPrint.checks.problem'),
        none: t('teamPrint.checks.none'),
        score: t('teamPrint.checks.score'),
      }),
    },
  ]);
  return { bytes, suggestedName: `${t('teamPrint.fileName', { date: localIsoDate(now) })}.xlsx` };
}

/** Build the workbook and let the user save it (a save dialog on the desktop, a download in a browser). */
export async function exportMatrix(
  team: TeamData,
  language: Language,
  range: DateRange | undefined,
): Promise<SaveFileResult> {
  const t = i18next.getFixedT(language);
  const built = await buildMatrixExport(team, language, range);
  return platform.saveFile({
    suggestedName: built.suggestedName,
    bytes: built.bytes,
    filters: [{ name: t('teamPrint.xlsxFilter'), extensions: ['xlsx'] }],
  });
}
