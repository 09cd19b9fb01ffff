import { ActionIcon, Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/rules/local-date';
import { riskLevel } from '../../../../shared/rules/routines/risk';
import { type Risk, riskCategories, riskStatuses } from '../../../../shared/schema/risk';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { removeRisk, restoreRisk, saveRisk } from '../../../db/risk-commands';
import { DateField } from '../../../ui/DateField';
import { notifyFailed, notifySaved, notifyUndo } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { useFailureText } from '../../../ui/refusal-text';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { useToday } from '../../../ui/use-today';
import { levelColor } from './level-colors';
import { riskFormSchema, riskFormValues, riskInputOf, typedScale } from './risk-form';

/** Add or change a risk: what it is, how likely and how serious, who owns it, its plan (预案) and review. */
export function RiskForm(props: { risk: Risk | null; staff: readonly Staff[]; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const confirm = useConfirmDelete();
  const today = useToday();
  const { risk } = props;
  const record = useRecordForm(riskFormSchema, {
    initial: riskFormValues(risk, addDays(today, 90)),
    fromValues: riskInputOf,
    write: (input) => saveRisk(session, input, risk ? { id: risk.id, rev: risk.rev } : undefined),
    onSaved: (saved) => {
      notifySaved(
        t(risk ? 'routinesArea.risks.updated' : 'routinesArea.risks.created', { title: saved.title }),
      );
      props.onClose();
    },
  });
  const { field, form } = record;
  const values = form.getValues();
  const likelihood = typedScale(values.likelihood);
  const impact = typedScale(values.impact);
  const score = likelihood !== null && impact !== null ? likelihood * impact : null;
  const owners = props.staff.filter((s) => s.status !== 'left' || s.id === risk?.ownerId);

  const remove = async () => {
    if (!risk) return;
    try {
      await removeRisk(session, risk.id);
    } catch (error) {
      notifyFailed(failure(error));
      return;
    }
    props.onClose();
    notifyUndo({
      key: risk.id,
      message: t('routinesArea.risks.removed', { title: risk.title }),
      undoLabel: t('routinesArea.risks.undo'),
      undo: () => void restoreRisk(session, risk.id),
    });
  };

  return (
    <>
      <FormModal
        record={record}
        testId="risk-form"
        saveTestId="risk-save"
        onClose={props.onClose}
        title={t(risk ? 'routinesArea.risks.editTitle' : 'routinesArea.risks.newTitle')}
        onDelete={risk ? () => confirm.ask(risk.title, () => void remove()) : undefined}
        childOpen={confirm.open}
        deleteLabel={t('routinesArea.risks.remove')}
      >
        <SimpleGrid cols={2}>
          <Select
            label={t('routinesArea.risks.category')}
            withAsterisk
            allowDeselect={false}
            data={riskCategories.map((c) => ({ value: c, label: t(`routinesArea.categories.${c}`) }))}
            data-testid="risk-category"
            {...field('category')}
          />
          <Select
            label={t('routinesArea.risks.status')}
            withAsterisk
            allowDeselect={false}
            data={riskStatuses.map((s) => ({ value: s, label: t(`routinesArea.risks.statuses.${s}`) }))}
            data-testid="risk-status"
            {...field('status')}
          />
        </SimpleGrid>
        <TextInput
          label={t('routinesArea.risks.title')}
          withAsterisk
          data-autofocus
          data-testid="risk-title"
          {...field('title')}
        />
        <NotesInput
          label={t('routinesArea.risks.description')}
          data-testid="risk-description"
          {...field('description')}
        />
        <SimpleGrid cols={3}>
          <TextInput
            label={t('routinesArea.risks.likelihood')}
            description={t('routinesArea.risks.likelihoodHint')}
            withAsterisk
            inputMode="numeric"
            data-testid="risk-likelihood"
            {...hintBelow}
            {...field('likelihood')}
          />
          <TextInput
            label={t('routinesArea.risks.impact')}
            description={t('routinesArea.risks.impactHint')}
            withAsterisk
            inputMode="numeric"
            data-testid="risk-impact"
            {...hintBelow}
            {...field('impact')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('routinesArea.risks.score')}
            </Text>
            <Group gap="xs" data-testid="risk-score-preview">
              {score === null ? (
                <Text c="dimmed">—</Text>
              ) : (
                <Badge color={levelColor[riskLevel(score)]} variant="filled" size="lg">
                  {t('routinesArea.risks.scoreValue', {
                    score,
                    level: t(`routinesArea.levels.${riskLevel(score)}`),
                  })}
                </Badge>
              )}
            </Group>
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            label={t('routinesArea.risks.owner')}
            withAsterisk
            searchable
            data={owners.map((s) => ({ value: s.id, label: s.name }))}
            data-testid="risk-owner"
            {...field('ownerId')}
          />
          <DateField
            label={t('routinesArea.risks.reviewOn')}
            withAsterisk
            data-testid="risk-review-on"
            {...field('reviewOn')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="risk-plan-label">
            {t('routinesArea.risks.plan')}
          </Text>
          {values.plan.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('routinesArea.risks.noPlan')}
            </Text>
          )}
          <Stack
            gap={6}
            component="ol"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-labelledby="risk-plan-label"
          >
            {values.plan.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; the form's list paths are by index
              <Group key={i} component="li" align="flex-start" wrap="nowrap" gap="xs">
                <Text size="sm" w={24} mt={6} ta="right" aria-hidden>
                  {i + 1}.
                </Text>
                <TextInput
                  aria-label={t('routinesArea.risks.step', { n: i + 1 })}
                  style={{ flex: 1 }}
                  data-testid={`risk-step-${i}`}
                  {...field(`plan.${i}.text`)}
                />
                <ActionIcon
                  variant="subtle"
                  mt={4}
                  disabled={i === 0}
                  aria-label={t('routinesArea.risks.moveUp', { n: i + 1 })}
                  data-testid={`risk-step-up-${i}`}
                  onClick={() => form.reorderListItem('plan', { from: i, to: i - 1 })}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('routinesArea.risks.removeStep', { n: i + 1 })}
                  data-testid={`risk-step-remove-${i}`}
                  onClick={() => form.removeListItem('plan', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('plan', { text: '' })}
              data-testid="risk-add-step"
            >
              {t('routinesArea.risks.addStep')}
            </Button>
          </Group>
        </Stack>
      </FormModal>
      {confirm.modal}
    </>
  );
}
