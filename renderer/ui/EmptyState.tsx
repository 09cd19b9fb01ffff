import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ComponentType } from 'react';

/** What an empty area shows: what it is for and the first thing to do. */
export function EmptyState(props: {
  icon: ComponentType<{ size?: number; stroke?: number }>;
  title: string;
  body: string;
  action?: { label: string; onClick: () => void };
  testId?: string;
}) {
  const Icon = props.icon;
  return (
    <Paper withBorder p="xl" radius="md" data-testid={props.testId ?? 'empty-state'}>
      <Stack align="center" gap="sm" maw={560} mx="auto" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <Icon size={30} stroke={1.5} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {props.title}
        </Title>
        <Text c="dimmed">{props.body}</Text>
        {props.action && (
          <Button variant="light" onClick={props.action.onClick}>
            {props.action.label}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
