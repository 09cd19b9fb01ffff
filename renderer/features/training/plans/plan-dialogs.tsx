import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import { addDays } from '../../../../shared/rules/local-date';
import type { Course, TrainingTemplate } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { completeItem, givePlan, planCourse } from '../../../db/training-commands';
import { DateField } from '../../../ui/DateField';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { refusalMessage } from '../../../ui/refusal-text';

// The plan tab's three small dialogs: give a template, plan one course, complete an item. Each does one
// command (one transaction); a refusal is said in the user's language and nothing is written.

function useFailure() {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (error instanceof Refusal) notifyFailed(refusalMessage(t, error));
    else throw error;
  };
}

export function GivePlanDialog(props: {
  staffId: string;
  templates: readonly TrainingTemplate[];
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failed = useFailure();
  const [templateId, setTemplateId] = useState<string | null>(props.templates[0]?.id ?? null);
  const [start, setStart] = useState(props.today);
  const give = async () => {
    if (!templateId) return;
    try {
      const items = await givePlan(session, props.staffId, templateId, start);
      notifySaved(t('trainingArea.plan.given', { count: items.length }));
      props.onClose();
    } catch (error) {
      failed(error);
    }
  };
  return (
    <Modal opened onClose={props.onClose} title={t('trainingArea.plan.giveTitle')} data-testid="give-plan">
      <Stack>
        <Select
          label={t('trainingArea.plan.template')}
          allowDeselect={false}
          data={props.templates.map((tp) => ({ value: tp.id, label: tp.name }))}
          value={templateId}
          onChange={setTemplateId}
          data-testid="give-plan-template"
        />
        <DateField label={t('trainingArea.plan.start')} value={start} onChange={setStart} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('formActions.cancel')}
          </Button>
          <Button onClick={give} disabled={!templateId} data-testid="give-plan-ok">
            {t('trainingArea.plan.give')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function PlanCourseDialog(props: {
  staffId: string;
  courses: readonly Course[];
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failed = useFailure();
  const [courseId, setCourseId] = useState<string | null>(null);
  const [due, setDue] = useState(addDays(props.today, 30));
  const plan = async () => {
    if (!courseId) return;
    try {
      await planCourse(session, props.staffId, courseId, due);
      notifySaved(t('trainingArea.plan.added'));
      props.onClose();
    } catch (error) {
      failed(error);
    }
  };
  return (
    <Modal opened onClose={props.onClose} title={t('trainingArea.plan.addTitle')} data-testid="plan-course">
      <Stack>
        <Select
          label={t('trainingArea.plan.course')}
          searchable
          data={props.courses.filter((c) => c.active).map((c) => ({ value: c.id, label: c.title }))}
          value={courseId}
          onChange={setCourseId}
          data-testid="plan-course-course"
        />
        <DateField label={t('trainingArea.plan.due')} value={due} onChange={setDue} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('formActions.cancel')}
          </Button>
          <Button onClick={plan} disabled={!courseId} data-testid="plan-course-ok">
            {t('trainingArea.plan.add')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function CompleteDialog(props: {
  itemId: string;
  courseTitle: string;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failed = useFailure();
  const [completedOn, setCompletedOn] = useState(props.today);
  const [score, setScore] = useState('');
  const [passed, setPassed] = useState(true);
  const scoreValue = score.trim() === '' ? null : Number(score);
  const scoreBad = scoreValue !== null && !(scoreValue >= 0 && scoreValue <= 100);
  const complete = async () => {
    if (scoreBad) return;
    try {
      const { raised } = await completeItem(session, props.itemId, {
        completedOn,
        score: scoreValue,
        passed,
      });
      notifySaved(
        raised.length === 0
          ? t('trainingArea.plan.completed', { course: props.courseTitle })
          : t('trainingArea.plan.completedRaised', {
              course: props.courseTitle,
              skills: raised
                .map((r) => t('trainingArea.skillLevel', { skill: r.skill, level: r.to }))
                .join(', '),
            }),
      );
      props.onClose();
    } catch (error) {
      failed(error);
    }
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('trainingArea.plan.completeTitle', { course: props.courseTitle })}
      data-testid="complete-item"
    >
      <Stack>
        <DateField label={t('trainingArea.plan.completedOn')} value={completedOn} onChange={setCompletedOn} />
        <TextInput
          label={t('trainingArea.plan.score')}
          description={t('trainingArea.plan.scoreHint')}
          inputMode="decimal"
          value={score}
          onChange={(e) => setScore(e.currentTarget.value)}
          error={scoreBad ? t('trainingArea.plan.scoreRange') : undefined}
        />
        <Checkbox
          label={t('trainingArea.plan.passed')}
          checked={passed}
          onChange={(e) => setPassed(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('formActions.cancel')}
          </Button>
          <Button onClick={complete} disabled={scoreBad} data-testid="complete-item-ok">
            {t('trainingArea.plan.complete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
