import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/rules/local-date';
import { useSession } from '../../../app/session-context';
import { planCourse } from '../../../db/training-commands';
import { formatDay } from '../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';

/** Days from today a course planned in one click is due, unless the manager chooses otherwise. */
export const DEFAULT_DUE_DAYS = 30;

/**
 * "Add to plan" from the needs list or a career plan: plans the course for the person, due `days` after
 * today, and says so; a refusal (the course already open for them) is said in the user's language. While
 * one is being planned, `busy(key)` is true for its button, so a second click plans nothing more.
 */
export function usePlanCourse() {
  const { t } = useTranslation();
  const session = useSession();
  const failureText = useFailureText();
  // The ref guards against a second click before React re-renders; the state redraws the buttons.
  const running = useRef(new Set<string>());
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const plan = useCallback(
    async (request: {
      key: string;
      staffId: string;
      courseId: string;
      person: string;
      course: string;
      today: string;
      days?: number;
    }) => {
      if (running.current.has(request.key)) return;
      running.current.add(request.key);
      setPending((keys) => new Set(keys).add(request.key));
      const due = addDays(request.today, request.days ?? DEFAULT_DUE_DAYS);
      try {
        await planCourse(session, request.staffId, request.courseId, due);
        notifySaved(
          t('trainingArea.needs.planned', {
            course: request.course,
            name: request.person,
            due: formatDay(due),
          }),
        );
      } catch (error) {
        notifyFailed(t('trainingArea.needs.planFailed', { reason: failureText(error) }));
      } finally {
        running.current.delete(request.key);
        setPending((keys) => {
          const next = new Set(keys);
          next.delete(request.key);
          return next;
        });
      }
    },
    [session, t, failureText],
  );

  return { plan, busy: (key: string) => pending.has(key) };
}
