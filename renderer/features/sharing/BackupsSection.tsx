import { Alert, Badge, Button, Code, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconDatabaseExport, IconFolder, IconFolderOpen } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/error-message';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import type { BackupInfo, BackupList, DesktopBackups } from '../../platform/types';
import { notifySaved } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { TableHead } from '../../ui/TableHead';

const stateColor = { verified: 'teal', failed: 'red', pending: 'gray' } as const;

const recordCount = (backup: BackupInfo) => Object.values(backup.counts).reduce((sum, n) => sum + n, 0);

/** The backups of this machine: kept by the desktop app's main process; a browser has none. */
export function BackupsSection(props: { onRestore: (name: string, bytes: Uint8Array) => void }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('sharingArea.backups.title')}
      hint={platform.backups ? t('sharingArea.backups.hint') : ''}
    >
      {platform.backups ? (
        <DesktopBackupList backups={platform.backups} onRestore={props.onRestore} />
      ) : (
        <Alert color="blue" data-testid="backups-browser">
          {t('sharingArea.backups.browserOnly')}
        </Alert>
      )}
    </Section>
  );
}

function DesktopBackupList(props: {
  backups: DesktopBackups;
  onRestore: (name: string, bytes: Uint8Array) => void;
}) {
  const { t } = useTranslation();
  const { backups } = props;
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(() => {
    backups.list().then(setList, (error: unknown) => setProblem(errorMessage(error)));
  }, [backups]);

  useEffect(() => {
    refresh();
    // Backups taken on the schedule, at an import or from the menu refresh the list too.
    return backups.onTaken(refresh);
  }, [backups, refresh]);

  const backUpNow = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const backup = await backups.backupNow('manual');
      if (backup.verification === 'verified')
        notifySaved(t('sharingArea.backups.done', { name: backup.name }));
      else setProblem(t('sharingArea.backups.notVerified', { message: backup.error ?? '' }));
    } catch (error) {
      setProblem(t('sharingArea.backups.failed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const changeFolder = async () => {
    try {
      const dir = await backups.chooseFolder();
      if (dir) notifySaved(t('sharingArea.backups.folderChanged', { dir }));
    } catch (error) {
      setProblem(t('sharingArea.backups.failed', { message: errorMessage(error) }));
    }
    refresh();
  };

  const restore = async (backup: BackupInfo) => {
    try {
      const file = await backups.read(backup.name);
      props.onRestore(file.name, file.bytes);
    } catch (error) {
      setProblem(t('sharingArea.backups.failed', { message: errorMessage(error) }));
    }
  };

  return (
    <>
      {problem && (
        <Alert color="red" withCloseButton onClose={() => setProblem(null)} data-testid="backups-problem">
          {problem}
        </Alert>
      )}
      <Group gap="sm" align="center">
        <Text size="sm" fw={500}>
          {t('sharingArea.backups.folder')}
        </Text>
        <Code data-testid="backups-folder">{list?.dir ?? '…'}</Code>
        <Button size="xs" variant="default" leftSection={<IconFolder size={14} />} onClick={changeFolder}>
          {t('sharingArea.backups.changeFolder')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconFolderOpen size={14} />}
          onClick={() => void backups.openFolder()}
        >
          {t('sharingArea.backups.openFolder')}
        </Button>
      </Group>
      <Button
        w="fit-content"
        leftSection={<IconDatabaseExport size={16} />}
        loading={busy}
        onClick={backUpNow}
        data-testid="backup-now"
      >
        {t('sharingArea.backups.backupNow')}
      </Button>
      {list && list.backups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('sharingArea.backups.empty')}
        </Text>
      )}
      {list && list.backups.length > 0 && (
        <Table withTableBorder data-testid="backups-list">
          <TableHead
            columns={[
              t('sharingArea.backups.at'),
              t('sharingArea.backups.reason'),
              { label: t('sharingArea.backups.size'), align: 'right' },
              { label: t('sharingArea.backups.records'), align: 'right' },
              t('sharingArea.backups.state'),
              null,
            ]}
          />
          <Table.Tbody>
            {list.backups.map((backup) => (
              <Table.Tr key={backup.name} data-backup={backup.name}>
                <Table.Td>{formatDateTime(backup.at)}</Table.Td>
                <Table.Td>{t(`sharingArea.backups.reasons.${backup.reason}`)}</Table.Td>
                <Table.Td ta="right">{formatBytes(backup.size)}</Table.Td>
                <Table.Td ta="right">
                  {backup.verification === 'verified' ? formatNumber(recordCount(backup)) : '—'}
                </Table.Td>
                <Table.Td>
                  <Tooltip label={backup.error ?? ''} disabled={!backup.error}>
                    <Badge color={stateColor[backup.verification]} variant="light" data-testid="backup-state">
                      {t(`sharingArea.backups.states.${backup.verification}`)}
                    </Badge>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    disabled={backup.verification !== 'verified'}
                    onClick={() => void restore(backup)}
                    data-testid="backup-restore"
                  >
                    {t('sharingArea.backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
