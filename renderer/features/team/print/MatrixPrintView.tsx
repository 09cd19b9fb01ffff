import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixPrintFit, matrixRoles, roleMark } from '../../../../shared/export/matrix-table';
import { formatDateTime, formatDay, formatNumber } from '../../../i18n/format';
import { usableRange, useCheckRange } from '../matrix/check-range';
import type { TeamData } from '../use-team';
import { coverageOf, matrixLabels, ownerToday } from './matrix-facts';
// The print root and the rule that hides the app shell on paper are the orders' (one mechanism for all).
import './MatrixPrintView.css';

export interface MatrixPrintViewProps {
  team: TeamData;
  /** The office's local date (YYYY-MM-DD): whose duty it is "today". */
  today: string;
  machineName: string;
  printedAt: Date;
}

/** The duty matrix on one A4 landscape sheet: duties × members with P/B, today's owner, the score. */
export function MatrixPrintView({ team, today, machineName, printedAt }: MatrixPrintViewProps) {
  const { t } = useTranslation();
  const { members, duties } = team;
  const [range] = useCheckRange();
  const report = coverageOf(team, usableRange(range));
  const labels = matrixLabels(t);
  const fit = matrixPrintFit(duties.length, members.length);
  const sizes = {
    '--mx-font': `${fit.fontPt}pt`,
    '--mx-row': `${fit.rowMm}mm`,
    '--mx-head': `${fit.headMm}mm`,
    '--mx-hours': `${fit.hoursMm}mm`,
    '--mx-member': `${fit.memberMm}mm`,
    '--mx-owner': `${fit.ownerMm}mm`,
  } as CSSProperties;

  return (
    <article className="sd-matrix-print" style={sizes} data-testid="matrix-print">
      <header className="sd-matrix-head">
        <h1>
          {t('teamPrint.title')}
          <small>{t('teamPrint.asOf', { date: formatDay(today) })}</small>
        </h1>
        <div className="sd-matrix-summary" data-testid="matrix-print-summary">
          {t('teamPrint.summary', { score: report.score, n: formatNumber(report.issues.length) })}
        </div>
      </header>
      <table>
        <colgroup>
          <col />
          <col className="hours" />
          {members.map((m) => (
            <col key={m.id} className="member" />
          ))}
          <col className="owner" />
        </colgroup>
        <thead>
          <tr>
            <th>{t('teamPrint.columns.duty')}</th>
            <th className="num">{t('teamPrint.columns.hoursShort')}</th>
            {members.map((m) => (
              <th key={m.id} className="member" title={m.name}>
                <span>{m.name}</span>
              </th>
            ))}
            <th>{t('teamPrint.columns.today')}</th>
          </tr>
        </thead>
        <tbody>
          {duties.map((duty) => {
            const owner = ownerToday(t, team, duty, today);
            return (
              <tr key={duty.id} data-duty={duty.name}>
                <td>
                  <div>{duty.name}</div>
                </td>
                <td className="num">
                  <div>{formatNumber(duty.hoursPerWeek)}</div>
                </td>
                {matrixRoles(duty, members).map((role, i) => (
                  <td key={members[i]?.id} className={`mark ${role ?? ''}`}>
                    <div>{roleMark(role, labels)}</div>
                  </td>
                ))}
                <td className={owner.uncovered ? 'uncovered' : undefined}>
                  <div>{owner.text}</div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <footer className="sd-matrix-foot">
        <span>{t('teamPrint.legend')}</span>
        <span>
          {t('teamPrint.printedAt', { when: formatDateTime(printedAt.toISOString()), machine: machineName })}
        </span>
      </footer>
    </article>
  );
}
