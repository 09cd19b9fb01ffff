import { Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackQuestions } from '../../../../shared/schema/review';
import { NotesInput, type RecordFormHandle } from '../../../ui/record-form';
import type { AnswerFormValues } from './answer-form';

const levels = ['1', '2', '3', '4', '5'] as const;

/**
 * The questions of a feedback request as the reviewer answers them: each competency with what every level
 * looks like, chosen by a click on the level, then the open questions in words.
 */
export function AnswerFields(props: {
  questions: FeedbackQuestions;
  record: RecordFormHandle<AnswerFormValues>;
}) {
  const { t } = useTranslation();
  const { questions, record } = props;
  return (
    <Stack gap="md">
      {questions.competencies.length > 0 && (
        <Title order={3} size="h5">
          {t('reviewsArea.answerForm.ratingsTitle')}
        </Title>
      )}
      {questions.competencies.map((competency, i) => (
        <Radio.Group
          key={competency.name}
          label={competency.name}
          withAsterisk
          data-testid="answer-competency"
          data-competency={competency.name}
          {...record.field(`ratings.${i}`)}
        >
          <SimpleGrid cols={5} spacing={6} mt={6}>
            {levels.map((level, l) => (
              <Radio.Card
                key={level}
                value={level}
                radius="sm"
                p={8}
                aria-label={t('reviewsArea.answerForm.levelOf', { name: competency.name, level })}
                data-testid={`rate-${level}`}
              >
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Radio.Indicator size="xs" mt={2} />
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {level}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {competency.rubric[l] || t('reviewsArea.answerForm.noRubric')}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
      ))}
      {questions.questions.length > 0 && (
        <Title order={3} size="h5">
          {t('reviewsArea.answerForm.questionsTitle')}
        </Title>
      )}
      {questions.questions.map((question, i) => (
        <NotesInput
          // biome-ignore lint/suspicious/noArrayIndexKey: a request's questions are fixed, in their order
          key={i}
          label={question}
          maxLength={4000}
          data-testid="answer-question"
          {...record.field(`answers.${i}`)}
        />
      ))}
    </Stack>
  );
}
