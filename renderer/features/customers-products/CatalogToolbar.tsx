import { Group, Switch, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Search box (focused on open), the "Show deleted" switch and how many rows are listed. */
export function CatalogToolbar(props: {
  query: string;
  onQuery: (query: string) => void;
  placeholder: string;
  showDeleted: boolean;
  onShowDeleted: (show: boolean) => void;
  deletedCount: number;
  count: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" mb="sm">
      <TextInput
        aria-label={t('customersArea.search')}
        placeholder={props.placeholder}
        leftSection={<IconSearch size={16} />}
        value={props.query}
        onChange={(e) => props.onQuery(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && props.onQuery('')}
        autoFocus
        flex={1}
        maw={520}
        data-testid={`${props.testId}-search`}
      />
      <Group gap="lg" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid={`${props.testId}-count`}>
          {props.count}
        </Text>
        <Switch
          label={t('customersArea.showDeleted', { n: props.deletedCount })}
          checked={props.showDeleted}
          onChange={(e) => props.onShowDeleted(e.currentTarget.checked)}
          data-testid={`${props.testId}-show-deleted`}
        />
      </Group>
    </Group>
  );
}
