import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../shared/schema/training';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useSessionFormats } from './session-dates';
import type { SessionsData } from './use-sessions-data';
import './SignInSheet.css';

/** Rows left blank under the invited names, for someone who comes without being on the list. */
const SPARE_ROWS = 3;

export interface SignInSheetProps {
  record: TrainingSession;
  machineName: string;
  printedAt: Date;
}

/**
 * A session's sign-in sheet on A4 (portrait, the print root's page): the course, when, where and who
 * gives it, then a numbered row for each invited person with an empty column to sign in.
 */
export function SignInSheet({
  data,
  record,
  machineName,
  printedAt,
}: SignInSheetProps & { data: SessionsData }) {
  const { t } = useTranslation();
  const formats = useSessionFormats();
  const course = data.courseTitle(record.courseId) ?? t('trainingArea.sessions.courseGone');
  const names = record.invited.map((id) => data.nameOf(id) ?? t('trainingArea.sessions.personGone'));
  const where = [record.place, record.link].filter(Boolean).join(' · ');
  const facts = [
    { label: t('trainingArea.sessions.sheet.course'), value: course },
    { label: t('trainingArea.sessions.sheet.when'), value: formats.when(record.start, record.end) },
    { label: t('trainingArea.sessions.sheet.where'), value: where || '—' },
    { label: t('trainingArea.sessions.sheet.trainer'), value: record.trainer || '—' },
  ];
  return (
    <article className="sd-sign-in" data-testid="sign-in-sheet">
      <h1>{t('trainingArea.sessions.sheet.title')}</h1>
      <dl>
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <table>
        <colgroup>
          <col className="number" />
          <col className="name" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('trainingArea.sessions.sheet.number')}
            </th>
            <th scope="col">{t('trainingArea.sessions.sheet.name')}</th>
            <th scope="col">{t('trainingArea.sessions.sheet.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name, i) => (
            <tr key={record.invited[i]} data-testid="sign-in-row">
              <td className="number">{formatNumber(i + 1)}</td>
              <td>{name}</td>
              <td />
            </tr>
          ))}
          {Array.from({ length: SPARE_ROWS }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blank rows, fixed in number and order
            <tr key={`spare-${i}`}>
              <td className="number">{formatNumber(names.length + i + 1)}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <footer>
        {t('trainingArea.sessions.sheet.printedAt', {
          when: formatDateTime(printedAt.toISOString()),
          machine: machineName,
        })}
      </footer>
    </article>
  );
}
