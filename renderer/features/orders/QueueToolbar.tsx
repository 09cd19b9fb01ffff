import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type OrderStatus, orderStatuses } from '../../../shared/schema/order';
import type { Staff } from '../../../shared/schema/staff';
import { queueSorts } from '../../db/order-queries';
import { formatDay } from '../../i18n/format';
import { ownOrderViews, type QueueChoice, type ViewChoice } from './queue-state';

const viewChoices: ViewChoice[] = [
  'open',
  'mine',
  'unassigned',
  'overdue',
  'dueToday',
  'onHold',
  'status',
  'all',
];

export function QueueToolbar(props: {
  choice: QueueChoice;
  onChoice: (choice: QueueChoice) => void;
  query: string;
  onQuery: (query: string) => void;
  /** The search box took the focus: a search is coming (the catalogue is read for it). */
  onSearchFocus?: () => void;
  staff: readonly Staff[];
}) {
  const { t } = useTranslation();
  const { choice, onChoice } = props;
  const set = (patch: Partial<QueueChoice>) => onChoice({ ...choice, ...patch });
  const { period } = choice;
  // A dashboard figure's period is a view of its own while it is shown; choosing another view leaves it.
  const views = viewChoices.map((v) => ({ value: v, label: t(`ordersArea.views.${v}`) }));
  if (period) {
    const label = t(`ordersArea.views.milestone.${period.milestone}`, {
      from: formatDay(period.from),
      to: formatDay(period.to),
    });
    const person = props.staff.find((s) => s.id === period.assigneeId)?.name;
    views.push({ value: 'milestone', label: person ? `${label} · ${person}` : label });
  }
  const ownOrder = ownOrderViews.includes(choice.view);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('ordersArea.views.label')}
        data={views}
        value={choice.view}
        // A dashboard list opens newest first; any other view starts in its own ascending order.
        onChange={(v) => v && set({ view: v as ViewChoice, descending: v === 'milestone' })}
        allowDeselect={false}
        w={period ? 330 : 160}
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
      {choice.view === 'mine' && (
        <Checkbox
          label={t('ordersArea.overdueOnly')}
          checked={choice.overdueOnly}
          onChange={(e) => set({ overdueOnly: e.currentTarget.checked })}
          mb={8}
          data-testid="queue-overdue-only"
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
      {ownOrder ? (
        <Select
          label={t('ordersArea.sort.label')}
          data={[t(`ordersArea.sort.ownOrder.${choice.view}`)]}
          value={t(`ordersArea.sort.ownOrder.${choice.view}`)}
          disabled
          w={200}
          data-testid="queue-sort"
        />
      ) : (
        <Select
          label={t('ordersArea.sort.label')}
          data={queueSorts.map((s) => ({ value: s, label: t(`ordersArea.sort.${s}`) }))}
          value={choice.sort}
          onChange={(v) => v && set({ sort: v as QueueChoice['sort'] })}
          allowDeselect={false}
          w={140}
          data-testid="queue-sort"
        />
      )}
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
        onFocus={props.onSearchFocus}
        style={{ flex: 1, minWidth: 260 }}
        data-testid="queue-search"
      />
    </Group>
  );
}
