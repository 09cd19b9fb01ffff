import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/rules/local-date';
import type { TrainingSession } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { PrintRoot } from '../../../ui/print/PrintRoot';
import { usePrint } from '../../../ui/print/use-print';
import { useToday } from '../../../ui/use-today';
import { AttendanceModal } from './AttendanceModal';
import { SessionCalendar } from './SessionCalendar';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';
import { SignInSheet, type SignInSheetProps } from './SignInSheet';
import { useSessionDelete } from './use-session-delete';
import { useSessionsData } from './use-sessions-data';

type View = 'list' | 'calendar';

/**
 * Training sessions: the list (coming, then held) or a month's calendar; planning a session, recording
 * who came, and printing the sheet people sign in on.
 */
export function SessionsTab() {
  const { t } = useTranslation();
  const { identity } = useSession();
  const data = useSessionsData();
  const today = useToday();
  const [view, setView] = useState<View>('list');
  const [month, setMonth] = useState(today.slice(0, 7));
  const [draft, setDraft] = useState<{ record?: TrainingSession; day: string } | null>(null);
  const [attending, setAttending] = useState<TrainingSession | null>(null);
  const [printing, setPrinting] = useState<SignInSheetProps | null>(null);
  const stopPrinting = useCallback(() => setPrinting(null), []);
  const { askDelete, modal } = useSessionDelete(data);
  usePrint(printing, stopPrinting);

  if (!data) return null;
  const noCourse = !data.courses.some((c) => c.active);
  const edit = (record: TrainingSession) => setDraft({ record, day: today });
  const print = (record: TrainingSession) =>
    setPrinting({ record, machineName: identity.machineName, printedAt: new Date() });

  return (
    <Stack gap="md" data-testid="sessions-tab">
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('trainingArea.sessions.view.label')}
          value={view}
          onChange={(value) => setView(value as View)}
          data={[
            { value: 'list', label: t('trainingArea.sessions.view.list') },
            { value: 'calendar', label: t('trainingArea.sessions.view.calendar') },
          ]}
          data-testid="sessions-view"
        />
        <Group gap="sm">
          {noCourse && (
            <Text size="sm" c="dimmed">
              {t('trainingArea.sessions.noCourse')}
            </Text>
          )}
          <Button
            leftSection={<IconPlus size={16} />}
            // A new session starts tomorrow: a session is planned ahead, and today's 09:00 may be past.
            onClick={() => setDraft({ day: addDays(today, 1) })}
            disabled={noCourse}
            data-testid="new-session"
          >
            {t('trainingArea.sessions.new')}
          </Button>
        </Group>
      </Group>
      {view === 'list' ? (
        <SessionList data={data} now={Date.now()} onEdit={edit} onAttendance={setAttending} onPrint={print} />
      ) : (
        <SessionCalendar data={data} month={month} today={today} onMonth={setMonth} onOpen={edit} />
      )}
      {draft && (
        <SessionForm
          data={data}
          record={draft.record}
          day={draft.day}
          onClose={() => setDraft(null)}
          onDelete={(record) => {
            setDraft(null);
            askDelete(record);
          }}
        />
      )}
      {attending && <AttendanceModal data={data} record={attending} onClose={() => setAttending(null)} />}
      {modal}
      {printing && (
        <PrintRoot>
          <SignInSheet data={data} {...printing} />
        </PrintRoot>
      )}
    </Stack>
  );
}
