import { Group, Progress, Text } from '@mantine/core';
import { formatNumber } from '../../../i18n/format';

const colorOf = (value: number) => (value >= 100 ? 'green' : value >= 50 ? 'blue' : 'orange');

/** How ready a person is for a role: a bar for the eye, the percentage as text for everyone. */
export function Readiness(props: { value: number; label: (percent: string) => string; size?: 'sm' | 'lg' }) {
  const percent = `${formatNumber(props.value)}%`;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="readiness" data-value={props.value}>
      <Progress
        value={props.value}
        color={colorOf(props.value)}
        aria-label={props.label(percent)}
        size={props.size === 'lg' ? 'lg' : 'md'}
        radius="sm"
        flex={1}
        miw={80}
      />
      <Text size={props.size === 'lg' ? 'md' : 'sm'} fw={600} miw={44} ta="right">
        {percent}
      </Text>
    </Group>
  );
}
