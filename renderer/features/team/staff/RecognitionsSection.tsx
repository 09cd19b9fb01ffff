import { Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { loadRecognitionRows } from '../../../db/culture-queries';
import { formatDay } from '../../../i18n/format';

/** A person's recognitions (Routines → culture), newest first: the day, the value, who gave it, the note. */
export function RecognitionsSection({ staffId }: { staffId: string }) {
  const { t } = useTranslation();
  const { db } = useSession();
  const rows = useLiveQuery(() => loadRecognitionRows(db, staffId), [db, staffId]);
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="person-recognitions-empty">
        {t('teamArea.staff.recognitions.empty')}
      </Text>
    );
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="person-recognitions">
      {rows.map(({ recognition, valueName, giverName }) => (
        <li key={recognition.id} data-testid="person-recognition">
          <Text size="sm">
            <Text span fw={600}>
              {formatDay(recognition.date)}
            </Text>{' '}
            {t('teamArea.staff.recognitions.line', {
              value: valueName ?? t('teamArea.staff.recognitions.valueGone'),
              giver:
                giverName === null
                  ? t('teamArea.staff.recognitions.manager')
                  : (giverName ?? t('teamArea.staff.recognitions.gone')),
            })}
          </Text>
          {recognition.note && (
            <Text size="sm" c="dimmed">
              {recognition.note}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
