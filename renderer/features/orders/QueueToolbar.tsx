import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type OrderStatus, orderStatuses } from '../../../shared/schema/order';
import type { Staff } from '../../../shared/schema/staff';
import { queueSorts } from '../../db/order-queries';
import type { QueueChoice, ViewChoice } from './queue-state';

const viewChoices: ViewChoice[] = ['open', 'mine', 'unassigned', 'overdue', 'dueToday', 'onHold', 'status'];

export function QueueToolbar(props: {
  choice: QueueChoice;
  onChoice: (choice: QueueChoice) => void;
  query: string;
  onQuery: (query: string) => void;
  staff: readonly Staff[];
}) {
  const { t } = useTranslation();
  const { choice, onChoice } = props;
  const set = (patch: Partial<QueueChoice>) => onChoice({ ...choice, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('ordersArea.views.label')}
        data={viewChoices.map((v) => ({ value: v, label: t(`ordersArea.views.${v}`) }))}
        value={choice.view}
        onChange={(v) => v && set({ view: v as ViewChoice })}
        allowDeselect={false}
        w={160}
        data-testid="queue-view"
      />
      {choice.view === 'mine' && (
        <Select
          label={t('ordersArea.assigneePick')}
          data={props.staff.map((s) => ({ value: s.id, label: s.name }))}
          value={choice.assigneeId}
          onChange={(v) => set({ assigneeId: v })}
          searchable
          w={180}
          data-testid="queue-assignee"
        />
      )}
      {choice.view === 'status' && (
        <Select
          label={t('ordersArea.statusPick')}
          data={orderStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={choice.status}
          onChange={(v) => v && set({ status: v as OrderStatus })}
          allowDeselect={false}
          w={160}
          data-testid="queue-status"
        />
      )}
      <Select
        label={t('ordersArea.sort.label')}
        data={queueSorts.map((s) => ({ value: s, label: t(`ordersArea.sort.${s}`) }))}
        value={choice.sort}
        onChange={(v) => v && set({ sort: v as QueueChoice['sort'] })}
        allowDeselect={false}
        w={140}
        data-testid="queue-sort"
      />
      {choice.view !== 'overdue' && choice.view !== 'dueToday' && (
        <Checkbox
          label={t('ordersArea.sort.descending')}
          checked={choice.descending}
          onChange={(e) => set({ descending: e.currentTarget.checked })}
          mb={8}
        />
      )}
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('ordersArea.searchPlaceholder')}
        aria-label={t('ordersArea.searchPlaceholder')}
        value={props.query}
        onChange={(e) => props.onQuery(e.currentTarget.value)}
        style={{ flex: 1, minWidth: 260 }}
        data-testid="queue-search"
      />
    </Group>
  );
}
