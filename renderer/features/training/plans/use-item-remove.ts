import { useTranslation } from 'react-i18next';
import type { TrainingItem } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { notifyUndo } from '../../../ui/notify';

/** Take a course out of a plan (a soft delete, so it travels as a tombstone), with Undo for ten seconds. */
export function useItemRemove() {
  const { t } = useTranslation();
  const { repos } = useSession();
  return async (item: TrainingItem, courseTitle: string) => {
    await repos.trainingItems.remove(item.id);
    notifyUndo({
      key: item.id,
      message: t('trainingArea.plan.removed', { course: courseTitle }),
      undoLabel: t('trainingArea.plan.undo'),
      undo: () => void repos.trainingItems.restore(item.id),
    });
  };
}
