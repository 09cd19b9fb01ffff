import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconStairsUp } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareerPlan } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { loadCareerView } from '../../../db/training-needs-queries';
import { EmptyState } from '../../../ui/EmptyState';
import { useToday } from '../../../ui/use-today';
import { CareerDetail } from './CareerDetail';
import { CareerForm } from './CareerForm';
import { CareerList } from './CareerList';
import { useCareerDelete } from './use-career-delete';

/**
 * Career plans: the role each person aims at and how ready they are, from their skills as training raises
 * them (live: a completion moves the readiness at once). A plan's detail shows the gap and the courses to
 * close it, each one click from the person's training plan.
 */
export function CareerTab() {
  const { t } = useTranslation();
  const { db } = useSession();
  const today = useToday();
  const view = useLiveQuery(() => loadCareerView(db), [db]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** The plan in the form: null for a new one; undefined while the form is closed. */
  const [editing, setEditing] = useState<CareerPlan | null | undefined>(undefined);
  const nameOf = (staffId: string) =>
    view?.staff.find((s) => s.id === staffId)?.name ?? t('trainingArea.career.unknownPerson');
  const { askDelete, modal } = useCareerDelete(nameOf);
  if (!view) return null;

  // The plan chosen, else the first: a detail is always in view while there is a plan.
  const selected = view.plans.find((p) => p.id === selectedId) ?? view.plans[0] ?? null;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('trainingArea.career.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('trainingArea.career.hint')}
          </Text>
        </Stack>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing(null)}
          data-testid="new-career-plan"
        >
          {t('trainingArea.career.new')}
        </Button>
      </Group>
      {view.plans.length === 0 ? (
        <EmptyState
          icon={IconStairsUp}
          title={t('trainingArea.career.emptyTitle')}
          body={t('trainingArea.career.emptyBody')}
          testId="career-empty"
        />
      ) : (
        <>
          <CareerList
            view={view}
            today={today}
            selectedId={selected?.id ?? null}
            onSelect={(plan) => setSelectedId(plan.id)}
            onEdit={setEditing}
          />
          {selected && <CareerDetail plan={selected} view={view} today={today} onEdit={setEditing} />}
        </>
      )}
      {editing !== undefined && (
        <CareerForm
          // A new form for each plan opened: its values start from that plan.
          key={editing?.id ?? 'new'}
          plan={editing}
          view={view}
          today={today}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setSelectedId(saved.id);
            setEditing(undefined);
          }}
          onDelete={(plan) => {
            setEditing(undefined);
            askDelete(plan);
          }}
        />
      )}
      {modal}
    </Stack>
  );
}
