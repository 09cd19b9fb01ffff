import { List, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SmartCheck } from '../../../shared/rules/goals';

/**
 * The five letters of SMART as a checklist beside the form: each says yes, or what is missing; advice
 * (a target far beyond history) shows as a warning that does not stop the save.
 */
export function SmartChecklist(props: { checks: readonly SmartCheck[]; best: string; term: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="smart-checklist">
      <Text fw={600} size="sm" mb="xs" id="smart-title">
        {t('goalsArea.smart.title')}
      </Text>
      <List spacing={6} size="sm" aria-labelledby="smart-title" listStyleType="none">
        {props.checks.map((check) => {
          const name = t(`goalsArea.smart.${check.letter}`);
          const warned = check.ok && check.warnings.length > 0;
          return (
            <List.Item
              key={check.letter}
              data-letter={check.letter}
              data-ok={check.ok}
              icon={
                <ThemeIcon color={check.ok ? (warned ? 'yellow' : 'teal') : 'red'} size={20} radius="xl">
                  {check.ok ? (
                    warned ? (
                      <IconAlertTriangle size={14} />
                    ) : (
                      <IconCheck size={14} />
                    )
                  ) : (
                    <IconX size={14} />
                  )}
                </ThemeIcon>
              }
            >
              <Text size="sm" fw={500} span>
                {check.letter} · {name}
              </Text>
              {check.problems.map((p) => (
                <Text key={p} size="xs" c="red.8">
                  {t(`goalsArea.smart.problem.${p}`)}
                </Text>
              ))}
              {check.warnings.map((w) => (
                <Text key={w} size="xs" c="yellow.9">
                  {t(`goalsArea.smart.warning.${w}`, { best: props.best, term: props.term })}
                </Text>
              ))}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
