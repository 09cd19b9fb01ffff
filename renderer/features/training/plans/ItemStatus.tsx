import { Badge, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import type { TrainingItem, TrainingItemStatus } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { notifyFailed } from '../../../ui/notify';
import { refusalMessage } from '../../../ui/refusal-text';

const statusColor: Record<TrainingItemStatus, string> = {
  planned: 'gray',
  enrolled: 'blue',
  in_progress: 'indigo',
  completed: 'green',
  missed: 'red',
};

/** What a status can be set to here; completing has its own dialog (it records the result and raises skills). */
const settable: readonly TrainingItemStatus[] = ['planned', 'enrolled', 'in_progress', 'missed'];

/**
 * An item's status: a completed one as a badge (a completion is not undone here), any other as a choice
 * saved at once — enrolled, in progress, or missed when the person did not take it.
 */
export function ItemStatus({ item, courseTitle }: { item: TrainingItem; courseTitle: string }) {
  const { t } = useTranslation();
  const { repos } = useSession();
  if (item.status === 'completed')
    return (
      <Badge color={statusColor.completed} variant="light">
        {t('trainingArea.status.completed')}
      </Badge>
    );
  return (
    <Select
      size="xs"
      w={140}
      allowDeselect={false}
      aria-label={t('trainingArea.plan.statusOf', { course: courseTitle })}
      data={settable.map((s) => ({ value: s, label: t(`trainingArea.status.${s}`) }))}
      value={item.status}
      onChange={async (value) => {
        if (!value || value === item.status) return;
        try {
          await repos.trainingItems.update(item.id, { status: value as TrainingItemStatus });
        } catch (error) {
          if (error instanceof Refusal) notifyFailed(refusalMessage(t, error));
          else throw error;
        }
      }}
      data-testid="item-status"
    />
  );
}
