import { useTranslation } from 'react-i18next';
import { MIN_PEERS } from '../../../../shared/rules/reviews';
import type { loadReviewDetail } from '../../../db/review-queries';
import { formatDateTime, formatDay, formatNumber } from '../../../i18n/format';
import { scoreText, useKpiText } from './score-text';
import './ReviewReport.css';

type Detail = NonNullable<Awaited<ReturnType<typeof loadReviewDetail>>>;

export interface ReviewReportProps {
  detail: Detail;
  machineName: string;
  printedAt: Date;
}

/**
 * A person's review on A4 (portrait, the print root's page), in the UI language: the score at the top,
 * then each section as the dialog shows it — KPIs with the data's score beside any adjusted one and its
 * reason, competency ratings with the rubric of the level given, the self-assessment, 360 feedback only as
 * averages and unnamed comments (or how many answers are still needed), the manager's rating and comment —
 * and lines for both to sign.
 */
export function ReviewReport({ detail, machineName, printedAt }: ReviewReportProps) {
  const { t } = useTranslation();
  const kpi = useKpiText();
  const { cycle, template, row } = detail;
  const { review } = row;
  const s = (key: string, options: Record<string, string | number> = {}) =>
    t(`reviewsArea.report.${key}`, options);
  const section = (kind: string) => t(`reviewsArea.section.${kind}`);
  const weightOf = (kind: string) => template.sections.find((x) => x.kind === kind)?.weight ?? 0;
  const heading = (kind: string) => (
    <h2>
      {t('reviewsArea.detail.sectionTitle', { section: section(kind), weight: formatNumber(weightOf(kind)) })}
      <small>
        {row.openParts.includes(kind as (typeof row.openParts)[number])
          ? t('reviewsArea.detail.summary.open')
          : t('reviewsArea.detail.sectionScore', {
              score: scoreText(row.scores[kind as keyof typeof row.scores]),
            })}
      </small>
    </h2>
  );
  const facts = [
    { label: s('person'), value: row.name },
    { label: s('cycle'), value: cycle.name },
    {
      label: s('period'),
      value: t('reviewsArea.period', { from: formatDay(cycle.from), to: formatDay(cycle.to) }),
    },
    { label: s('template'), value: template.name },
    {
      label: row.openParts.length > 0 ? t('reviewsArea.detail.summary.finalSoFar') : s('final'),
      value: scoreText(row.final.score),
    },
    { label: s('band'), value: row.band ?? '—' },
  ];
  const kinds = template.sections.map((x) => x.kind);
  const self = detail.selfAnswers;
  const peers = detail.peers;
  return (
    <article className="sd-review-report" data-testid="review-report">
      <h1>
        {s('title')}
        <small>{t(`reviewsArea.status.${cycle.status}`)}</small>
      </h1>
      <dl>
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>

      <table className="scores" data-testid="report-scores">
        <thead>
          <tr>
            <th scope="col">{t('reviewsArea.detail.summary.section')}</th>
            <th scope="col" className="number">
              {t('reviewsArea.detail.summary.weight')}
            </th>
            <th scope="col" className="number">
              {t('reviewsArea.detail.summary.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {template.sections.map((x) => (
            <tr key={x.kind}>
              <td>{section(x.kind)}</td>
              <td className="number">{formatNumber(x.weight)}%</td>
              <td className="number">
                {row.openParts.includes(x.kind)
                  ? t('reviewsArea.detail.summary.open')
                  : scoreText(row.scores[x.kind])}
              </td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">
              {t(
                row.openParts.length > 0
                  ? 'reviewsArea.detail.summary.finalSoFar'
                  : 'reviewsArea.detail.summary.final',
              )}
            </th>
            <td />
            <td className="number">{scoreText(row.final.score)}</td>
          </tr>
        </tbody>
      </table>

      {kinds.includes('kpi') && (
        <section>
          {heading('kpi')}
          <table data-testid="report-kpis">
            <thead>
              <tr>
                <th scope="col">{t('reviewsArea.detail.kpi.metric')}</th>
                <th scope="col" className="number">
                  {t('reviewsArea.detail.kpi.weight')}
                </th>
                <th scope="col" className="number">
                  {t('reviewsArea.detail.kpi.target')}
                </th>
                <th scope="col" className="number">
                  {t('reviewsArea.detail.kpi.actual')}
                </th>
                <th scope="col" className="number">
                  {t('reviewsArea.detail.kpi.dataScore')}
                </th>
                <th scope="col" className="number">
                  {t('reviewsArea.detail.kpi.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {row.kpiRows.map((k) => (
                <tr key={k.metric}>
                  <td>
                    {kpi.name(k.metric)}
                    {k.adjustment && (
                      <div className="note">
                        {t('reviewsArea.detail.kpi.reason', { reason: k.adjustment.reason })}
                      </div>
                    )}
                  </td>
                  <td className="number">{formatNumber(k.weight)}%</td>
                  <td className="number">{kpi.value(k.metric, k.target)}</td>
                  <td className="number">{kpi.value(k.metric, k.actual)}</td>
                  <td className="number">
                    {k.actual === null && k.dataScore === null
                      ? t('reviewsArea.detail.kpi.noData')
                      : scoreText(k.dataScore)}
                  </td>
                  <td className="number">
                    {scoreText(k.score)}
                    {k.adjustment && <span> ({t('reviewsArea.detail.kpi.adjusted')})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {kinds.includes('competencies') && (
        <section>
          {heading('competencies')}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reviewsArea.detail.competency')}</th>
                <th scope="col" className="number">
                  {s('rating')}
                </th>
                <th scope="col">{s('rubric')}</th>
              </tr>
            </thead>
            <tbody>
              {template.competencies.map((c) => {
                const rating = review.competencyRatings.find((r) => r.criterion === c.name)?.rating ?? null;
                return (
                  <tr key={c.name}>
                    <td>{c.name}</td>
                    <td className="number">{rating === null ? '—' : `${formatNumber(rating)} / 5`}</td>
                    <td>{rating === null ? '' : c.rubric[rating - 1]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      {kinds.includes('self') && (
        <section>
          {heading('self')}
          {self === null ? (
            <p>{t('reviewsArea.detail.self.none')}</p>
          ) : (
            <>
              {self.ratings.length > 0 && (
                <p>{self.ratings.map((r) => `${r.criterion}: ${formatNumber(r.rating)} / 5`).join(' · ')}</p>
              )}
              {template.questions.map((q, i) => (
                <div key={q} className="answer">
                  <h3>{q}</h3>
                  <p>{self.answers[i]?.trim() || t('reviewsArea.detail.self.blank')}</p>
                </div>
              ))}
            </>
          )}
        </section>
      )}

      {kinds.includes('feedback') && (
        <section>
          {heading('feedback')}
          {!peers.shown ? (
            <p>
              {t('reviewsArea.detail.peers.needed', {
                count: formatNumber(peers.count),
                needed: formatNumber(MIN_PEERS),
              })}
            </p>
          ) : (
            <>
              <p>
                {t('reviewsArea.detail.peers.answered', { count: peers.count })}{' '}
                {peers.averages.map((a) => `${a.criterion}: ${formatNumber(a.average)} / 5`).join(' · ')}
              </p>
              {peers.comments.length > 0 && (
                <ul>
                  {peers.comments.map((comment, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: two peers may write the same words; the order is fixed
                    <li key={i}>{comment}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}

      {kinds.includes('manager') && (
        <section>
          {heading('manager')}
          <p>
            {t('reviewsArea.detail.manager.rating')}:{' '}
            {review.managerRating === null ? '—' : `${formatNumber(review.managerRating)} / 5`}
          </p>
          {review.managerComment && <p className="comment">{review.managerComment}</p>}
        </section>
      )}

      <div className="signatures">
        <div>{s('signManager')}</div>
        <div>{s('signPerson')}</div>
      </div>
      <footer>
        {s('printedAt', { when: formatDateTime(printedAt.toISOString()), machine: machineName })}
      </footer>
    </article>
  );
}
