import { Alert, Button, Group, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tableNames } from '../../../shared/schema/tables';
import { useSession } from '../../app/session-context';
import type { PackagePreview } from '../../db/package-import';
import { loadRecordNames } from '../../db/record-names';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { ConflictList } from './ConflictList';
import { referencedIds } from './field-value';

const KINDS = ['new', 'updated', 'unchanged', 'conflict', 'deleted'] as const;

/** What importing the package would do, per table; the conflicts to decide; merge or replace. */
export function PreviewView(props: {
  name: string;
  preview: PackagePreview;
  onCancel: () => void;
  onApply: (mode: 'merge' | 'replace', choices: Record<string, 'local' | 'incoming'>) => void;
  /** A restore from a backup starts on replace; a package from another machine on merge. */
  defaultMode?: 'merge' | 'replace';
}) {
  const { t } = useTranslation();
  const { header, counts, conflicts, clashes, prefixShared } = props.preview;
  const [mode, setMode] = useState<'merge' | 'replace'>(
    props.preview.replaceable ? (props.defaultMode ?? 'merge') : 'merge',
  );
  const [choices, setChoices] = useState<Record<string, 'local' | 'incoming'>>({});
  const [confirming, setConfirming] = useState(false);
  const from = header.source.machineName;
  const names = useConflictNames(props.preview);
  // The preview appears below the import button, often below the fold: bring it to the reader.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, []);

  const apply = () => {
    if (mode === 'merge') {
      props.onApply('merge', choices);
      return;
    }
    setConfirming(true);
  };

  return (
    <Stack
      gap="sm"
      data-testid="import-preview"
      ref={root}
      // Scrolled to just below the app's fixed header, not under it.
      style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 60px) + 12px)' }}
    >
      <Text size="sm">
        {t('sharingArea.import.from', {
          name: props.name,
          machine: from,
          prefix: header.source.orderPrefix,
          when: formatDateTime(header.createdAt),
        })}
      </Text>
      <Table withTableBorder data-testid="preview-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sharingArea.import.table')}</Table.Th>
            {KINDS.map((kind) => (
              <Table.Th key={kind} ta="right">
                {t(`sharingArea.kinds.${kind}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tableNames
            .filter((table) => counts[table])
            .map((table) => (
              <Table.Tr key={table} data-table={table}>
                <Table.Td>{t(`sharingArea.tables.${table}`)}</Table.Td>
                {KINDS.map((kind) => (
                  <Table.Td key={kind} ta="right" data-kind={kind}>
                    {formatNumber(counts[table]?.[kind] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {prefixShared && (
        <Alert color="orange" data-testid="prefix-shared">
          {t('sharingArea.import.prefixShared', { machine: from, prefix: header.source.orderPrefix })}
        </Alert>
      )}
      {clashes.length > 0 && (
        <Alert color="orange" data-testid="key-clashes">
          {t('sharingArea.import.clashes', {
            count: clashes.length,
            list: clashes
              .slice(0, 10)
              .map((c) => c.key)
              .join(', '),
          })}
        </Alert>
      )}
      {conflicts.length > 0 && (
        <>
          <Text fw={600}>{t('sharingArea.conflicts.title', { count: conflicts.length })}</Text>
          <ConflictList
            conflicts={conflicts}
            choices={choices}
            from={from}
            names={names}
            onChoose={(key, choice) => setChoices((c) => ({ ...c, [key]: choice }))}
          />
        </>
      )}
      <Radio.Group
        value={mode}
        onChange={(v) => setMode(v as 'merge' | 'replace')}
        label={t('sharingArea.import.mode')}
      >
        <Stack gap={6} mt={4}>
          <Radio value="merge" label={t('sharingArea.import.merge')} />
          <Radio
            value="replace"
            label={t('sharingArea.import.replace')}
            description={props.preview.replaceable ? undefined : t('sharingArea.import.notReplaceable')}
            disabled={!props.preview.replaceable}
            data-testid="mode-replace"
          />
        </Stack>
      </Radio.Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('sharingArea.import.replaceTitle')}
      >
        <Stack>
          <Text size="sm">{t('sharingArea.import.replaceBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('sharingArea.cancel')}
            </Button>
            <Button color="red" onClick={() => props.onApply('replace', {})} data-testid="confirm-replace">
              {t('sharingArea.import.replaceConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Group>
        <Button onClick={apply} data-testid="import-apply" color={mode === 'replace' ? 'red' : undefined}>
          {t(mode === 'replace' ? 'sharingArea.import.applyReplace' : 'sharingArea.import.applyMerge')}
        </Button>
        <Button variant="subtle" onClick={props.onCancel}>
          {t('sharingArea.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Names of the people, customers, products and orders the conflicting records point to. */
function useConflictNames(preview: PackagePreview): ReadonlyMap<string, string> {
  const { db } = useSession();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    const records = preview.conflicts.flatMap((c) => [c.local, c.incoming]);
    if (records.length === 0) return;
    void loadRecordNames(db, referencedIds(records), preview.names).then((found) => live && setNames(found));
    return () => {
      live = false;
    };
  }, [db, preview]);
  return names;
}
