import { ActionIcon, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Absence } from '../../../../shared/schema/absence';
import { useToday } from '../../../ui/use-today';
import type { TeamData } from '../use-team';
import { AbsenceCalendar, AbsenceLegend, type CalendarPick } from './AbsenceCalendar';
import { AbsenceForm } from './AbsenceForm';
import { AbsenceList } from './AbsenceList';
import type { AbsenceDraft } from './absence-form';
import { addMonths, useDayFormats } from './calendar-dates';
import { useAbsenceDelete } from './use-absence-delete';

/** Who is away when: the month's calendar for the office, and the absences still to come. */
export function AbsencesTab({ team }: { team: TeamData }) {
  const { t } = useTranslation();
  const formats = useDayFormats();
  // "Today" is the office's calendar day on this computer, not UTC's.
  const today = useToday();
  const thisMonth = today.slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [draft, setDraft] = useState<AbsenceDraft | null>(null);
  const { askDelete, modal } = useAbsenceDelete(team);

  const edit = (record: Absence) => setDraft({ staffId: record.staffId, from: record.from, record });
  const pick = ({ staffId, day, absence }: CalendarPick) =>
    absence ? edit(absence) : setDraft({ staffId, from: day });
  const confirmDelete = (absence: Absence) => {
    setDraft(null);
    askDelete(absence);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('teamAbsences.calendar.previous')}
            onClick={() => setMonth(addMonths(month, -1))}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('teamAbsences.calendar.next')}
            onClick={() => setMonth(addMonths(month, 1))}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button variant="default" onClick={() => setMonth(thisMonth)}>
            {t('teamAbsences.calendar.thisMonth')}
          </Button>
          <Title order={4} ml="xs" data-testid="absence-month">
            {formats.month(`${month}-01`)}
          </Title>
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDraft({ staffId: null, from: today })}>
          {t('teamAbsences.add')}
        </Button>
      </Group>
      {team.members.length === 0 ? (
        <Text c="dimmed">{t('teamAbsences.calendar.noMembers')}</Text>
      ) : (
        <AbsenceCalendar team={team} month={month} today={today} onPick={pick} />
      )}
      <AbsenceLegend />
      <Title order={4} mt="md">
        {t('teamAbsences.list.title')}
      </Title>
      <AbsenceList team={team} today={today} onEdit={edit} onDelete={confirmDelete} />
      {draft && (
        <AbsenceForm team={team} draft={draft} onClose={() => setDraft(null)} onDelete={confirmDelete} />
      )}
      {modal}
    </Stack>
  );
}
