import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { loadOneOnOneContext } from '../../../db/meeting-queries';
import { formatDay, formatNumber } from '../../../i18n/format';

const goalColor: Record<string, string> = {
  onTrack: 'green',
  achieved: 'green',
  atRisk: 'yellow',
  offTrack: 'red',
  missed: 'red',
};

/** Beside a one-on-one's notes: the person's active goals, open training and last closed review. */
export function OneOnOnePanel({ personId, today }: { personId: string; today: string }) {
  const { t } = useTranslation();
  const { db } = useSession();
  const context = useLiveQuery(() => loadOneOnOneContext(db, personId, today), [db, personId, today]);
  if (!context) return null;
  const p = 'routinesArea.meetings.context';
  return (
    <Paper withBorder p="sm" radius="md" data-testid="one-on-one-context">
      <Stack gap="sm">
        <section aria-label={t(`${p}.goals`)} data-testid="context-goals">
          <Title order={3} size="h6">
            {t(`${p}.goals`)}
          </Title>
          {context.goals.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t(`${p}.noGoals`)}
            </Text>
          ) : (
            context.goals.map(({ goal, progress, status }) => (
              <Group key={goal.id} gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm" lineClamp={1}>
                  {goal.title}
                </Text>
                <Group gap={4} wrap="nowrap">
                  {progress !== null && (
                    <Text size="xs">{`${formatNumber(Math.round(progress * 100))}%`}</Text>
                  )}
                  <Badge size="sm" variant="light" color={goalColor[status] ?? 'gray'}>
                    {t(`${p}.goalStatus.${status}`)}
                  </Badge>
                </Group>
              </Group>
            ))
          )}
        </section>
        <section aria-label={t(`${p}.training`)} data-testid="context-training">
          <Title order={3} size="h6">
            {t(`${p}.training`)}
          </Title>
          {context.training.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t(`${p}.noTraining`)}
            </Text>
          ) : (
            context.training.map(({ item, course, overdue }) => (
              <Group key={item.id} gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm" lineClamp={1}>
                  {course || t(`${p}.courseGone`)}
                </Text>
                <Text size="xs" c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined}>
                  {overdue ? t(`${p}.overdueSince`, { date: formatDay(item.due) }) : formatDay(item.due)}
                </Text>
              </Group>
            ))
          )}
        </section>
        <section aria-label={t(`${p}.review`)} data-testid="context-review">
          <Title order={3} size="h6">
            {t(`${p}.review`)}
          </Title>
          {context.lastReview ? (
            <Text size="sm">
              {t(`${p}.reviewLine`, {
                cycle: context.lastReview.cycleName,
                score:
                  context.lastReview.final === null
                    ? '—'
                    : formatNumber(Math.round(context.lastReview.final * 10) / 10),
                band: context.lastReview.band ?? '—',
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t(`${p}.noReview`)}
            </Text>
          )}
        </section>
      </Stack>
    </Paper>
  );
}
