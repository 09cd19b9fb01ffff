import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A dashboard chart's card: its title as a heading (controls beside it), the chart at a fixed height, its figures below. */
export function ChartPanel(props: {
  title: string;
  testId: string;
  height: number;
  chart: ReactNode;
  figures: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={props.testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.actions}
      </Group>
      <div style={{ position: 'relative', height: props.height }}>{props.chart}</div>
      {props.figures}
    </Paper>
  );
}
