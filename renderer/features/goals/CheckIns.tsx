import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../shared/refusal';
import type { Goal } from '../../../shared/schema/goal';
import { useSession } from '../../app/session-context';
import { saveCheckIn } from '../../db/goal-commands';
import { loadCheckIns } from '../../db/goal-queries';
import { formatDay } from '../../i18n/format';
import { DateField } from '../../ui/DateField';
import { useMetricText } from '../../ui/goal-figures';
import { notifySaved } from '../../ui/notify';
import { refusalMessage } from '../../ui/refusal-text';
import { typedNumber } from './goal-form';

/**
 * A goal's check-ins: for a metric measured by hand, the figure on a day (its latest is the goal's actual);
 * for any goal, a comment on how it goes. A check-in is added, never edited: it is what was said then.
 */
export function CheckIns({ goal, today }: { goal: Goal; today: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const metricText = useMetricText();
  const checkIns = useLiveQuery(() => loadCheckIns(session.db, goal.id), [session.db, goal.id]) ?? [];
  const manual = goal.metric === 'manual';
  const [at, setAt] = useState(today);
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);

  const add = async () => {
    const number = typedNumber(value);
    if (number !== null && !Number.isFinite(number))
      return setError({ field: 'value', message: refusalMessage(t, { code: 'field.invalid' }) });
    try {
      await saveCheckIn(session, { goalId: goal.id, at, value: manual ? number : null, comment });
      notifySaved(t('goalsArea.detail.checkInSaved'));
      setValue('');
      setComment('');
      setError(null);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      setError({ field: e.field, message: refusalMessage(t, e) });
    }
  };

  return (
    <Stack gap="xs" data-testid="check-ins">
      <Title order={3} size="h5">
        {t('goalsArea.detail.checkIns')}
      </Title>
      {checkIns.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goalsArea.detail.noCheckIns')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {checkIns.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{formatDay(c.at)}</Table.Td>
                {manual && <Table.Td>{metricText(goal.metric, c.value, goal.manualUnit)}</Table.Td>}
                <Table.Td>{c.comment}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <DateField
          label={t('goalsArea.detail.checkInDate')}
          value={at}
          onChange={setAt}
          error={error?.field === 'at' ? error.message : undefined}
          w={150}
        />
        {manual && (
          <TextInput
            label={t('goalsArea.detail.checkInValue', { unit: goal.manualUnit })}
            value={value}
            inputMode="decimal"
            onChange={(e) => setValue(e.currentTarget.value)}
            error={error?.field === 'value' ? error.message : undefined}
            w={170}
          />
        )}
        <TextInput
          label={t('goalsArea.detail.checkInComment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={error && error.field !== 'value' && error.field !== 'at' ? error.message : undefined}
          style={{ flex: 1, minWidth: 180 }}
        />
        <Button onClick={add} data-testid="add-check-in">
          {t('goalsArea.detail.addCheckIn')}
        </Button>
      </Group>
    </Stack>
  );
}
