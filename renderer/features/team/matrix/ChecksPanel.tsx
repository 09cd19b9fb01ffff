import { Alert, Button, Group, List, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconWand } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageReport, DateRange } from '../../../../shared/rules/coverage';
import type { Duty } from '../../../../shared/schema/duty';
import { DateField, parseDay } from '../../../ui/DateField';
import { issueText } from './issue-text';

// The coverage checks beside the grid: the score, the dates absences are checked for, every problem in
// words, and "Suggest".

const scoreColor = (score: number) => (score >= 90 ? 'green' : score >= 70 ? 'yellow' : 'red');

export function ChecksPanel(props: {
  report: CoverageReport;
  range: DateRange;
  onRange: (range: DateRange) => void;
  dutyOf: (id: string) => Duty | undefined;
  nameOf: (id: string | null) => string | undefined;
  courseTitle: (id: string) => string | undefined;
  onSuggest: () => void;
}) {
  const { t } = useTranslation();
  const { report, range, onRange } = props;
  return (
    <Paper withBorder p="md" radius="md" data-testid="coverage-checks">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <RingProgress
              size={72}
              thickness={7}
              roundCaps
              sections={[{ value: report.score, color: scoreColor(report.score) }]}
              label={
                <Text ta="center" fw={700} data-testid="coverage-score">
                  {report.score}
                </Text>
              }
            />
            <div>
              <Title order={5}>{t('teamArea.checks.title')}</Title>
              <Text size="xs" c="dimmed">
                {t('teamArea.checks.count', { count: report.issues.length })}
              </Text>
            </div>
          </Group>
          <Button
            leftSection={<IconWand size={16} />}
            variant="light"
            onClick={props.onSuggest}
            style={{ flexShrink: 0 }}
          >
            {t('teamArea.suggest.button')}
          </Button>
        </Group>
        <Group grow gap="xs">
          <DateField
            size="xs"
            label={t('teamArea.checks.from')}
            value={range.from}
            onChange={(day) => parseDay(day) && onRange({ ...range, from: day })}
          />
          <DateField
            size="xs"
            label={t('teamArea.checks.to')}
            value={range.to}
            error={range.to < range.from ? t('teamArea.checks.rangeBackwards') : undefined}
            onChange={(day) => parseDay(day) && onRange({ ...range, to: day })}
          />
        </Group>
        {report.issues.length === 0 ? (
          <Alert color="green" icon={<IconCircleCheck size={18} />}>
            {t('teamArea.checks.allClear')}
          </Alert>
        ) : (
          <List
            spacing={6}
            size="sm"
            icon={<IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />}
            data-testid="coverage-issues"
          >
            {report.issues.map((issue) => (
              <IssueItem key={JSON.stringify(issue)} kind={issue.kind} text={issueText(t, issue, props)} />
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/** One problem; memoised by its words, so an edit re-renders only the problems it changes. */
const IssueItem = memo(function IssueItem({ kind, text }: { kind: string; text: string }) {
  return <List.Item data-kind={kind}>{text}</List.Item>;
});
