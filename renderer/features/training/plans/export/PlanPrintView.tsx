import { useTranslation } from 'react-i18next';
import { certificateState } from '../../../../../shared/rules/training';
import { OPEN_STATUSES } from '../../../../../shared/rules/training/types';
import type { Course } from '../../../../../shared/schema/training';
import type { TrainingPlans } from '../../../../db/training-queries';
import { formatDateTime, formatDay, formatNumber } from '../../../../i18n/format';
import './PlanPrintView.css';

export interface PlanPrintViewProps {
  plan: TrainingPlans[number];
  courses: readonly Course[];
  /** The office's local date (YYYY-MM-DD): what is overdue, which certificates lapse. */
  today: string;
  machineName: string;
  printedAt: Date;
}

/**
 * One person's training plan on A4 (portrait, the print root's page), in the UI language: their completion
 * figures, then each course with its due date, status, result and certificate.
 */
export function PlanPrintView({ plan, courses, today, machineName, printedAt }: PlanPrintViewProps) {
  const { t } = useTranslation();
  const { person, items, rate } = plan;
  const byId = new Map(courses.map((c) => [c.id, c]));
  const s = (key: string, options: Record<string, string> = {}) =>
    t(`trainingArea.export.sheet.${key}`, options);
  const figures = [
    { label: s('person'), value: person.name },
    { label: s('courses'), value: formatNumber(items.length) },
    { label: s('completed'), value: formatNumber(rate.completed) },
    { label: s('rate'), value: rate.rate === null ? s('rateNone') : `${formatNumber(rate.rate)}%` },
    { label: s('overdue'), value: formatNumber(rate.overdue) },
  ];
  return (
    <article className="sd-plan-print" data-testid="plan-print">
      <h1>
        {s('title')}
        <small>{s('asOf', { date: formatDay(today) })}</small>
      </h1>
      <dl data-testid="plan-print-figures">
        {figures.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {items.length === 0 ? (
        <p>{s('none')}</p>
      ) : (
        <table>
          <colgroup>
            <col />
            <col className="kind" />
            <col className="day" />
            <col className="status" />
            <col className="result" />
            <col className="certificate" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{s('course')}</th>
              <th scope="col">{s('kind')}</th>
              <th scope="col">{s('due')}</th>
              <th scope="col">{s('status')}</th>
              <th scope="col">{s('result')}</th>
              <th scope="col">{s('certificate')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const course = byId.get(item.courseId);
              const title = course?.title ?? t('trainingArea.unknownCourse');
              const late = OPEN_STATUSES.includes(item.status) && item.due < today;
              const result =
                item.status === 'completed'
                  ? [
                      formatDay(item.completedOn ?? item.due),
                      item.score === null ? null : s('score', { score: formatNumber(item.score) }),
                      item.passed === null ? null : s(item.passed ? 'passed' : 'notPassed'),
                    ]
                      .filter(Boolean)
                      .join(' · ')
                  : '—';
              return (
                <tr key={item.id} data-testid="plan-print-row" data-item={title}>
                  <td>{title}</td>
                  <td>{course ? t(`trainingArea.kinds.${course.kind}`) : '—'}</td>
                  <td className={late ? 'late' : undefined}>
                    {formatDay(item.due)}
                    {late && <span> ({s('overdueMark')})</span>}
                  </td>
                  <td>{t(`trainingArea.status.${item.status}`)}</td>
                  <td>{result}</td>
                  <td>
                    {item.certificateExpires
                      ? t(`trainingArea.certificate.${certificateState(item.certificateExpires, today)}`, {
                          date: formatDay(item.certificateExpires),
                        })
                      : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <footer>
        {s('printedAt', { when: formatDateTime(printedAt.toISOString()), machine: machineName })}
      </footer>
    </article>
  );
}
