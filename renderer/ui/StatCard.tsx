import { Paper, Text } from '@mantine/core';

/** A headline figure; with `href` the whole card is a link to the list behind the figure. */
export function StatCard(props: {
  label: string;
  value: string;
  testId?: string;
  href?: string;
  /** Draws the figure in red: something needs attention (e.g. overdue orders). */
  alert?: boolean;
}) {
  const body = (
    <>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {props.label}
      </Text>
      <Text fz={28} fw={700} c={props.alert ? 'red' : undefined}>
        {props.value}
      </Text>
    </>
  );
  return props.href ? (
    <Paper
      component="a"
      href={props.href}
      withBorder
      p="md"
      radius="md"
      data-testid={props.testId}
      td="none"
      c="inherit"
    >
      {body}
    </Paper>
  ) : (
    <Paper withBorder p="md" radius="md" data-testid={props.testId}>
      {body}
    </Paper>
  );
}
