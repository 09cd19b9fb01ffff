import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordFormHandle } from '../../../ui/record-form';
import { emptyCompetencyRow, type TemplateFormValues } from './template-form';

/**
 * The competencies rated 1–5 (by the manager, the person themself and their peers), each with what every
 * level looks like, so all raters read the same scale.
 */
export function CompetencyFields({ record }: { record: RecordFormHandle<TemplateFormValues> }) {
  const { t } = useTranslation();
  const { form } = record;
  const values = form.getValues();
  const error = record.errorOf('competencies');
  return (
    <Fieldset
      legend={t('reviewsArea.template.competencies')}
      variant="filled"
      data-testid="template-competencies"
    >
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('reviewsArea.template.competenciesHint')}
        </Text>
        {values.competencies.map((row, i) => {
          const number = i + 1;
          const name = row.name.trim() || t('reviewsArea.template.competencyN', { number });
          return (
            <Paper key={row.key} withBorder p="xs" radius="sm">
              <Stack gap={6}>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    aria-label={t('reviewsArea.template.competencyN', { number })}
                    placeholder={t('reviewsArea.template.competencyName')}
                    flex={1}
                    {...record.field(`competencies.${i}.name`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('reviewsArea.template.removeCompetency', { number })}
                    onClick={() => form.removeListItem('competencies', i)}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={5} spacing={6}>
                  {row.rubric.map((_, level) => (
                    <Textarea
                      // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed places
                      key={level}
                      label={t('reviewsArea.rubricLevel', { level: level + 1 })}
                      aria-label={t('reviewsArea.template.rubricOf', { name, level: level + 1 })}
                      placeholder={t(`reviewsArea.template.rubricPlaceholder.${level + 1}`)}
                      autosize
                      minRows={2}
                      maxRows={5}
                      size="xs"
                      {...record.field(`competencies.${i}.rubric.${level}`)}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            </Paper>
          );
        })}
        {error && (
          <Text size="sm" c="red.9" role="alert" data-testid="competencies-error">
            {error}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('competencies', emptyCompetencyRow())}
            data-testid="template-add-competency"
          >
            {t('reviewsArea.template.addCompetency')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
