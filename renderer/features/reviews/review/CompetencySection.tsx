import { Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../shared/refusal';
import type { Competency, CriterionRating } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { rateReview } from '../../../db/review-commands';
import { formatNumber } from '../../../i18n/format';
import { notifyFailed } from '../../../ui/notify';
import { refusalMessage } from '../../../ui/refusal-text';

const levels = [1, 2, 3, 4, 5] as const;

/**
 * The manager's rating of each competency, 1–5: every level shows its rubric text, so the manager reads the
 * same scale as everyone rating it. A choice is saved at once (the whole set of ratings in one write).
 */
export function CompetencySection(props: {
  reviewId: string;
  competencies: readonly Competency[];
  ratings: readonly CriterionRating[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  // What is shown and what the next choice builds on: the choices made here at once, before their writes
  // come back through the query (two quick clicks must not write the second over the first), then the
  // stored ratings again once no write is on its way.
  const [shown, setShown] = useState(props.ratings);
  const latest = useRef(props.ratings);
  const pending = useRef(0);
  useEffect(() => {
    if (pending.current > 0) return;
    latest.current = props.ratings;
    setShown(props.ratings);
  }, [props.ratings]);
  const ratingOf = (name: string) => shown.find((r) => r.criterion === name)?.rating ?? null;
  const rate = async (criterion: string, rating: number) => {
    const before = latest.current;
    // Kept in the template's order, whatever order they were chosen in.
    const next = props.competencies
      .map((c) => (c.name === criterion ? { criterion, rating } : before.find((r) => r.criterion === c.name)))
      .filter((r): r is CriterionRating => r !== undefined);
    latest.current = next;
    setShown(next);
    pending.current += 1;
    try {
      await rateReview(session, props.reviewId, { competencyRatings: next });
    } catch (error) {
      latest.current = before;
      setShown(before);
      if (error instanceof Refusal) notifyFailed(refusalMessage(t, error));
      else throw error;
    } finally {
      pending.current -= 1;
    }
  };
  return (
    <Stack gap="sm" data-testid="competencies">
      {props.competencies.map((competency) => {
        const rating = ratingOf(competency.name);
        return (
          <Radio.Group
            key={competency.name}
            label={competency.name}
            description={
              rating === null
                ? t('reviewsArea.detail.competencies.unrated')
                : t('reviewsArea.detail.competencies.rated', { rating: formatNumber(rating) })
            }
            value={rating === null ? null : String(rating)}
            onChange={(value) => void rate(competency.name, Number(value))}
            readOnly={!props.editable}
            data-testid="competency"
            data-competency={competency.name}
          >
            <SimpleGrid cols={5} spacing={6} mt={6}>
              {levels.map((level) => (
                <Radio.Card
                  key={level}
                  value={String(level)}
                  disabled={!props.editable}
                  radius="sm"
                  p={6}
                  data-testid="competency-level"
                  data-level={level}
                  style={{ height: '100%' }}
                >
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Radio.Indicator size="xs" mt={2} />
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {formatNumber(level)}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {competency.rubric[level - 1] || t('reviewsArea.detail.competencies.noRubric')}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        );
      })}
      {props.competencies.length === 0 && (
        <Paper p="sm">
          <Text size="sm" c="dimmed">
            {t('reviewsArea.detail.competencies.none')}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
