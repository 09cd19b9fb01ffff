import { ActionIcon, Button, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordFormHandle } from '../../../ui/record-form';
import { emptyBandRow, emptyQuestionRow, type TemplateFormValues } from './template-form';

type Handle = RecordFormHandle<TemplateFormValues>;

function ListError({ message, testId }: { message: string | null; testId: string }) {
  if (!message) return null;
  return (
    <Text size="sm" c="red.9" role="alert" data-testid={testId}>
      {message}
    </Text>
  );
}

/** The open questions the person and their peers answer in words. */
export function QuestionFields({ record }: { record: Handle }) {
  const { t } = useTranslation();
  const { form } = record;
  const values = form.getValues();
  return (
    <Fieldset legend={t('reviewsArea.template.questions')} variant="filled" data-testid="template-questions">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('reviewsArea.template.questionsHint')}
        </Text>
        {values.questions.map((row, i) => {
          const number = i + 1;
          return (
            <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('reviewsArea.template.questionN', { number })}
                placeholder={t('reviewsArea.template.questionPlaceholder')}
                flex={1}
                {...record.field(`questions.${i}.text`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('reviewsArea.template.removeQuestion', { number })}
                onClick={() => form.removeListItem('questions', i)}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <ListError message={record.errorOf('questions')} testId="questions-error" />
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('questions', emptyQuestionRow())}
            data-testid="template-add-question"
          >
            {t('reviewsArea.template.addQuestion')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** The rating bands, highest first: a final score at or above a band's lowest score earns its label. */
export function BandFields({ record }: { record: Handle }) {
  const { t } = useTranslation();
  const { form } = record;
  const values = form.getValues();
  return (
    <Fieldset legend={t('reviewsArea.template.bands')} variant="filled" data-testid="template-bands">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('reviewsArea.template.bandsHint')}
        </Text>
        {values.bands.map((row, i) => {
          const number = i + 1;
          return (
            <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('reviewsArea.template.bandN', { number })}
                placeholder={t('reviewsArea.template.bandLabel')}
                flex={1}
                {...record.field(`bands.${i}.label`)}
              />
              <NumberInput
                aria-label={t('reviewsArea.template.bandMinN', { number })}
                placeholder={t('reviewsArea.template.bandMin')}
                min={0}
                max={200}
                allowNegative={false}
                clampBehavior="none"
                w={160}
                leftSection={<Text size="xs">≥</Text>}
                {...record.field(`bands.${i}.min`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('reviewsArea.template.removeBand', { number })}
                disabled={values.bands.length === 1}
                onClick={() => form.removeListItem('bands', i)}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <ListError message={record.errorOf('bands')} testId="bands-error" />
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('bands', emptyBandRow())}
            data-testid="template-add-band"
          >
            {t('reviewsArea.template.addBand')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
