import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session-context';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';

// Deleting an event, a care record or a recognition: asked first, then a soft delete said in a
// notification that offers Undo (destructive actions are confirmed and undoable); a delete or an undo
// that fails says why.

type Section = 'events' | 'care' | 'culture';
const tables = { events: 'teamEvents', care: 'careRecords', culture: 'recognitions' } as const;

/**
 * What asks, then removes a record of `section`, its messages (`routinesArea.<section>.form.*`) given
 * `words` (the first word names the record in the question); `modal` must be rendered.
 */
export function useUndoableRemove<R extends { id: string }>(
  section: Section,
  words: (record: R) => Record<string, string>,
) {
  const { t } = useTranslation();
  const { repos } = useSession();
  const failureText = useFailureText();
  const repo = repos[tables[section]];
  const p = `routinesArea.${section}.form`;
  const confirm = useConfirmDelete();
  const removeNow = async (record: R) => {
    const said = words(record);
    try {
      await repo.remove(record.id);
    } catch (error) {
      notifyFailed(failureText(error));
      return;
    }
    notifyUndo({
      key: record.id,
      message: t(`${p}.deleted`, said),
      undoLabel: t(`${p}.undo`),
      undo: () =>
        void repo.restore(record.id).then(
          () => notifySaved(t(`${p}.restored`, said)),
          (error: unknown) => notifyFailed(failureText(error)),
        ),
    });
  };
  return {
    remove: (record: R) => confirm.ask(Object.values(words(record))[0] ?? '', () => void removeNow(record)),
    modal: confirm.modal,
  };
}
