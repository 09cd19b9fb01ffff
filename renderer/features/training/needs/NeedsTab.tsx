import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RENEWAL_WINDOW_DAYS } from '../../../../shared/rules/training';
import { useSession } from '../../../app/session-context';
import { loadTrainingNeeds } from '../../../db/training-needs-queries';
import { formatNumber } from '../../../i18n/format';
import { EmptyState } from '../../../ui/EmptyState';
import { useToday } from '../../../ui/use-today';
import { NeedsList } from './NeedsList';
import { DEFAULT_DUE_DAYS } from './use-plan-course';

/**
 * The training needs list: who is below the level a duty of theirs needs and whose certificates lapse,
 * with the course that would meet each need and a one-click "Add to plan". Live: a duty's required level
 * changed in the matrix, a completion that raises a skill or a course planned shows here at once.
 */
export function NeedsTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const view = useLiveQuery(() => loadTrainingNeeds(db, today), [db, today]);
  const [dueIn, setDueIn] = useState<number | string>(DEFAULT_DUE_DAYS);
  if (!view) return null;
  if (view.needs.length === 0)
    return (
      <EmptyState
        icon={IconChecklist}
        title={t('trainingArea.needs.emptyTitle')}
        body={t('trainingArea.needs.emptyBody', { days: formatNumber(RENEWAL_WINDOW_DAYS) })}
        testId="needs-empty"
      />
    );
  const days = typeof dueIn === 'number' && dueIn >= 1 ? dueIn : DEFAULT_DUE_DAYS;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={600}>{t('trainingArea.needs.count', { count: view.needs.length })}</Text>
          <Text size="sm" c="dimmed">
            {t('trainingArea.needs.hint', { days: formatNumber(RENEWAL_WINDOW_DAYS) })}
          </Text>
        </Stack>
        <NumberInput
          label={t('trainingArea.needs.dueIn')}
          description={t('trainingArea.needs.dueInHint')}
          inputWrapperOrder={['label', 'input', 'description']}
          value={dueIn}
          onChange={setDueIn}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          w={200}
          data-testid="needs-due-in"
        />
      </Group>
      <NeedsList view={view} today={today} days={days} />
    </Stack>
  );
}
