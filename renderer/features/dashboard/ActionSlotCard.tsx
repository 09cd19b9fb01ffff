import { Anchor, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaLink } from '../../app/route';
import type { ActionSlot } from '../../db/action-slot';
import { formatDay } from '../../i18n/format';

/** Meetings and actions' slot: the next meeting (planned or owed by a schedule) and the action items overdue and due today. */
export function ActionSlotCard({ slot }: { slot: ActionSlot }) {
  const { t } = useTranslation();
  const next = slot.nextMeeting;
  const when = next ? (next.time ? `${formatDay(next.date)} ${next.time}` : formatDay(next.date)) : '';
  return (
    <Paper withBorder p="sm" radius="md" data-testid="action-slot">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('dashboardArea.slots.actions')}
      </Text>
      <Text size="sm" data-testid="action-slot-next">
        {next
          ? t('dashboardArea.slots.nextMeeting', { title: next.title, when })
          : t('dashboardArea.slots.noMeeting')}
      </Text>
      <Anchor
        href={areaLink('routines', 'actions')}
        size="sm"
        c={slot.overdue > 0 ? 'red.8' : undefined}
        fw={slot.overdue > 0 ? 700 : undefined}
        data-testid="action-slot-overdue"
      >
        {t('dashboardArea.slots.actionsOverdue', { count: slot.overdue })}
      </Anchor>
      {slot.soon.length > 0 && (
        <List size="sm" spacing={2} data-testid="action-slot-soon">
          {slot.soon.map((item) => (
            <List.Item key={item.id} c={item.late ? 'red.8' : undefined}>
              {t('dashboardArea.slots.actionItem', {
                title: item.title,
                owner: item.owner,
                due: formatDay(item.due),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {slot.dueToday > 0 && (
        <Text size="sm" data-testid="action-slot-today">
          {t('dashboardArea.slots.actionsDueToday', { count: slot.dueToday })}
        </Text>
      )}
    </Paper>
  );
}
