import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewSectionKind } from '../../../../shared/schema/review';
import { formatList, formatNumber } from '../../../i18n/format';
import { scoreText } from './score-text';

/**
 * Each section's score and weight, the final score and the band it earns; while a weighted section has no
 * score yet, which ones are still open (the final score waits for them).
 */
export function ScoreSummary(props: {
  sections: readonly { kind: ReviewSectionKind; weight: number }[];
  scores: Partial<Record<ReviewSectionKind, number | null>>;
  final: number | null;
  band: string | null;
  open: readonly ReviewSectionKind[];
  /** A custom formula forms the final score instead of the weighted mean. */
  formula: string;
}) {
  const { t } = useTranslation();
  const section = (kind: ReviewSectionKind) => t(`reviewsArea.section.${kind}`);
  return (
    <Stack gap="xs" data-testid="score-summary">
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reviewsArea.detail.summary.section')}</Table.Th>
            <Table.Th ta="right">{t('reviewsArea.detail.summary.weight')}</Table.Th>
            <Table.Th ta="right">{t('reviewsArea.detail.summary.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.sections.map((s) => (
            <Table.Tr key={s.kind} data-testid="section-score" data-section={s.kind}>
              <Table.Td>{section(s.kind)}</Table.Td>
              <Table.Td ta="right">{formatNumber(s.weight)}%</Table.Td>
              <Table.Td ta="right">
                {props.open.includes(s.kind) ? (
                  <Text span size="sm" c="dimmed">
                    {t('reviewsArea.detail.summary.open')}
                  </Text>
                ) : (
                  scoreText(props.scores[s.kind])
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {props.formula && (
        <Text size="xs" c="dimmed">
          {t('reviewsArea.detail.summary.formula', { formula: props.formula })}
        </Text>
      )}
      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t(
                props.open.length > 0
                  ? 'reviewsArea.detail.summary.finalSoFar'
                  : 'reviewsArea.detail.summary.final',
              )}
            </Text>
            <Text fz={28} fw={700} data-testid="final-score">
              {scoreText(props.final)}
            </Text>
          </div>
          {props.band ? (
            <Badge size="lg" variant="light" data-testid="final-band">
              {props.band}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed" data-testid="final-band">
              {t('reviewsArea.detail.summary.noBand')}
            </Text>
          )}
        </Group>
        {props.open.length > 0 && (
          <Text size="xs" c="dimmed" mt={4} data-testid="open-parts">
            {t('reviewsArea.detail.summary.waiting', { sections: formatList(props.open.map(section)) })}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
