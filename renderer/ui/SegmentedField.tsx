import { SegmentedControl, type SegmentedControlProps, Stack, Text } from '@mantine/core';

/** A choice of a few options as one segmented control, with its label above (and a hint below). */
export function SegmentedField({
  label,
  hint,
  ...props
}: SegmentedControlProps & { label: string; hint?: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl aria-label={label} {...props} />
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
