import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A dashboard chart's card: its title as a heading, the chart at a fixed height, its figures below. */
export function ChartPanel(props: {
  title: string;
  testId: string;
  height: number;
  chart: ReactNode;
  figures: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={props.testId}>
      <Title order={2} size="h4" mb="sm">
        {props.title}
      </Title>
      <div style={{ position: 'relative', height: props.height }}>{props.chart}</div>
      {props.figures}
    </Paper>
  );
}
