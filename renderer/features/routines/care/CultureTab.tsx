import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoreValue, Recognition } from '../../../../shared/schema/culture';
import { useSession } from '../../../app/session-context';
import { addSuggestedValues, moveCoreValue } from '../../../db/culture-commands';
import { loadCoreValues, loadRecognitions } from '../../../db/culture-queries';
import { loadStaff } from '../../../db/team-queries';
import { formatDay } from '../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { useFailureText } from '../../../ui/refusal-text';
import { useToday } from '../../../ui/use-today';
import { RecognitionForm, ValueForm } from './CultureForms';
import { RowActions } from './RowActions';
import { useUndoableRemove } from './use-undoable-remove';

const suggestedKeys = ['cooperation', 'innovation', 'responsibility', 'integrity'] as const;

/**
 * Team culture: the office's core values (each with a short description, in an order, in use or not) and
 * recognitions — a note that a person showed a value, with the day and who gave it. Recognitions show on
 * the person's page (team area) and count in their reviews.
 */
export function CultureTab() {
  const { t } = useTranslation();
  const session = useSession();
  const { db } = session;
  const today = useToday();
  const failureText = useFailureText();
  const values = useLiveQuery(() => loadCoreValues(db), [db]);
  const recognitions = useLiveQuery(() => loadRecognitions(db), [db]);
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  const [valueDraft, setValueDraft] = useState<{ record?: CoreValue } | null>(null);
  const [draft, setDraft] = useState<{ record?: Recognition } | null>(null);
  const { remove: removeRecord, modal: confirmModal } = useUndoableRemove<Recognition>('culture', (r) => ({
    name: staff?.find((s) => s.id === r.staffId)?.name ?? t('routinesArea.culture.personGone'),
  }));
  if (!values || !recognitions || !staff) return null;
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const valueNames = new Map(values.map((v) => [v.id, v.name]));
  const nameOf = (id: string) => names.get(id) ?? t('routinesArea.culture.personGone');
  const active = values.filter((v) => v.active);

  const addSuggested = async () => {
    const added = await addSuggestedValues(
      session,
      suggestedKeys.map((key) => ({
        name: t(`routinesArea.culture.suggested.${key}.name`),
        description: t(`routinesArea.culture.suggested.${key}.description`),
      })),
    );
    notifySaved(
      added > 0
        ? t('routinesArea.culture.suggestedAdded', { count: added })
        : t('routinesArea.culture.suggestedNone'),
    );
  };
  const move = (id: string, step: -1 | 1) =>
    void moveCoreValue(session, id, step).catch((error: unknown) => notifyFailed(failureText(error)));

  const remove = (record: Recognition) => {
    setDraft(null);
    removeRecord(record);
  };

  return (
    <Stack gap="md" data-testid="culture-tab">
      {confirmModal}
      <Paper withBorder p="md" radius="md" data-testid="core-values">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('routinesArea.culture.valuesTitle')}
          </Title>
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconSparkles size={16} />}
              onClick={() => void addSuggested()}
              data-testid="add-suggested-values"
            >
              {t('routinesArea.culture.addSuggested')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setValueDraft({})}
              data-testid="new-value"
            >
              {t('routinesArea.culture.addValue')}
            </Button>
          </Group>
        </Group>
        {values.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="values-empty">
            {t('routinesArea.culture.noValues')}
          </Text>
        ) : (
          <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {values.map((v, i) => (
              <Group
                key={v.id}
                component="li"
                justify="space-between"
                wrap="nowrap"
                data-testid="value-row"
                data-value={v.name}
              >
                <div>
                  <Group gap="xs">
                    <Text fw={600}>{v.name}</Text>
                    {!v.active && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('routinesArea.culture.inactive')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {v.description}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('routinesArea.culture.up', { name: v.name })}
                    disabled={!v.active || i === 0}
                    onClick={() => move(v.id, -1)}
                    data-testid="value-up"
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('routinesArea.culture.down', { name: v.name })}
                    disabled={!v.active || i >= active.length - 1}
                    onClick={() => move(v.id, 1)}
                    data-testid="value-down"
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('routinesArea.culture.editValue', { name: v.name })}
                    onClick={() => setValueDraft({ record: v })}
                    data-testid="edit-value"
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('routinesArea.culture.recognitionsTitle')}
          </Title>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDraft({})}
            disabled={active.length === 0 || staff.length === 0}
            data-testid="new-recognition"
          >
            {t('routinesArea.culture.addRecognition')}
          </Button>
        </Group>
        {active.length === 0 && (
          <Text size="sm" c="dimmed" mb="xs">
            {t('routinesArea.culture.needValue')}
          </Text>
        )}
        {recognitions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="recognitions-empty">
            {t('routinesArea.culture.noRecognitions')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={680}>
            <Table data-testid="recognitions-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('routinesArea.culture.col.date')}</Table.Th>
                  <Table.Th>{t('routinesArea.culture.col.person')}</Table.Th>
                  <Table.Th>{t('routinesArea.culture.col.value')}</Table.Th>
                  <Table.Th>{t('routinesArea.culture.col.givenBy')}</Table.Th>
                  <Table.Th>{t('routinesArea.culture.col.note')}</Table.Th>
                  <Table.Th>{t('routinesArea.culture.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {recognitions.map((r) => (
                  <Table.Tr key={r.id} data-testid="recognition-row" data-person={names.get(r.staffId) ?? ''}>
                    <Table.Td>{formatDay(r.date)}</Table.Td>
                    <Table.Td>{nameOf(r.staffId)}</Table.Td>
                    <Table.Td>{valueNames.get(r.valueId) ?? t('routinesArea.culture.valueGone')}</Table.Td>
                    <Table.Td>
                      {r.givenById === null ? t('routinesArea.culture.manager') : nameOf(r.givenById)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {r.note}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        kind="recognition"
                        editLabel={t('routinesArea.culture.edit', { name: nameOf(r.staffId) })}
                        deleteLabel={t('routinesArea.culture.delete', { name: nameOf(r.staffId) })}
                        onEdit={() => setDraft({ record: r })}
                        onDelete={() => remove(r)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {valueDraft && <ValueForm record={valueDraft.record} onClose={() => setValueDraft(null)} />}
      {draft && (
        <RecognitionForm
          record={draft.record}
          today={today}
          staff={staff}
          values={values}
          onClose={() => setDraft(null)}
          onDelete={remove}
        />
      )}
    </Stack>
  );
}
