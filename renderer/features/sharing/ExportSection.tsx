import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  PasswordInput,
  Progress,
  Radio,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/error-message';
import { PACKAGE_EXTENSION } from '../../../shared/package/types';
import { confidentialTables } from '../../../shared/schema/tables';
import { useSession } from '../../app/session-context';
import { checkScope, ExportCancelledError, exportPackage } from '../../db/package-export';
import { listPeers } from '../../db/package-peers';
import { loadStaff } from '../../db/team-queries';
import { formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import { DateField, parseDay } from '../../ui/DateField';
import { notifyFailed, notifySaved, notifyWarning } from '../../ui/notify';
import { Section } from '../../ui/Section';
import {
  type ExportChoices,
  exportAreaIds,
  initialExportChoices,
  packageFileName,
  scopeOf,
} from './export-scope';

/** "Send to another machine": what goes into the package, an optional passphrase, progress and cancel. */
export function ExportSection() {
  const { t } = useTranslation();
  const session = useSession();
  const { db } = session;
  const [choices, setChoices] = useState<ExportChoices>(initialExportChoices);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [running, setRunning] = useState<{ done: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const peers = useLiveQuery(() => listPeers(db), [db]) ?? [];
  const staff = useLiveQuery(() => loadStaff(db), [db]) ?? [];
  const set = (patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch }));

  const scope = scopeOf(choices);
  const scopeProblem = checkScope(scope);
  const passphraseProblem = passphrase !== confirm ? t('sharingArea.export.passphraseMismatch') : null;

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setRunning({ done: 0 });
    const parts: Uint8Array[] = [];
    try {
      const trailer = await exportPackage(session, {
        scope,
        ...(passphrase ? { passphrase } : {}),
        signal: controller.signal,
        sink: (chunk) => {
          parts.push(chunk);
        },
        onProgress: ({ done }) => setRunning({ done }),
      });
      const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
      const result = await platform.saveFile({
        suggestedName: packageFileName(session.identity.machineName),
        bytes,
        filters: [{ name: t('sharingArea.fileFilter'), extensions: [PACKAGE_EXTENSION] }],
      });
      const records = Object.values(trailer.counts).reduce((a, b) => a + (b ?? 0), 0);
      if (result.saved) notifySaved(t('sharingArea.export.done', { n: formatNumber(records) }));
    } catch (error) {
      if (error instanceof ExportCancelledError) notifyWarning(t('sharingArea.export.cancelled'));
      else notifyFailed(t('sharingArea.export.failed', { message: errorMessage(error) }));
    } finally {
      abort.current = null;
      setRunning(null);
    }
  };

  return (
    <Section title={t('sharingArea.export.title')} hint={t('sharingArea.export.hint')}>
      <Radio.Group value={choices.what} onChange={(v) => set({ what: v as ExportChoices['what'] })}>
        <Stack gap={6}>
          <Radio value="all" label={t('sharingArea.export.all')} data-testid="export-what-all" />
          <Radio value="changes" label={t('sharingArea.export.changes')} data-testid="export-what-changes" />
          <Radio value="chosen" label={t('sharingArea.export.chosen')} data-testid="export-what-chosen" />
        </Stack>
      </Radio.Group>
      {choices.what === 'changes' && (
        <Select
          label={t('sharingArea.export.peer')}
          placeholder={peers.length === 0 ? t('sharingArea.export.noPeers') : ''}
          data={peers.map((p) => ({ value: p.deviceId, label: `${p.machineName} (${p.orderPrefix})` }))}
          value={choices.peer}
          onChange={(peer) => set({ peer })}
          w={320}
          data-testid="export-peer"
        />
      )}
      {choices.what === 'chosen' && (
        <Group align="flex-end">
          <MultiSelect
            label={t('sharingArea.export.people')}
            placeholder={t('sharingArea.export.everyone')}
            data={staff.map((s) => ({ value: s.id, label: s.name }))}
            value={choices.staffIds}
            onChange={(staffIds) => set({ staffIds })}
            searchable
            w={320}
          />
          <DateField
            clearable
            label={t('sharingArea.export.from')}
            value={choices.from}
            onChange={(day) => (day === '' || parseDay(day)) && set({ from: day })}
          />
          <DateField
            clearable
            label={t('sharingArea.export.to')}
            value={choices.to}
            onChange={(day) => (day === '' || parseDay(day)) && set({ to: day })}
          />
        </Group>
      )}
      <Checkbox.Group
        label={t('sharingArea.export.areas')}
        value={choices.areas}
        onChange={(areas) => set({ areas: areas as ExportChoices['areas'] })}
      >
        <Group mt={4}>
          {exportAreaIds.map((area) => (
            <Checkbox key={area} value={area} label={t(`sharingArea.export.area.${area}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {/* Offered while an area holds confidential records (reviews, feedback, rewards). */}
      {confidentialTables.length > 0 && (
        <Checkbox
          checked={choices.confidential}
          onChange={(e) => set({ confidential: e.currentTarget.checked })}
          label={t('sharingArea.export.confidential')}
          description={t('sharingArea.export.confidentialHint')}
          data-testid="export-confidential"
        />
      )}
      <Group align="flex-start">
        <PasswordInput
          label={t('sharingArea.export.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          w={280}
          data-testid="export-passphrase"
        />
        <PasswordInput
          label={t('sharingArea.export.confirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={confirm && passphraseProblem}
          w={280}
          data-testid="export-passphrase-confirm"
        />
      </Group>
      <Text size="xs" c="dimmed" mt={-8}>
        {t('sharingArea.export.passphraseHint')}
      </Text>
      {scopeProblem && (
        <Alert color="yellow" data-testid="export-problem">
          {t(`sharingArea.export.problem.${scopeProblem}`)}
        </Alert>
      )}
      {running ? (
        <Stack gap={4} data-testid="export-progress">
          <Progress value={100} animated striped />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('sharingArea.export.progress', { n: formatNumber(running.done) })}
            </Text>
            <Button
              variant="light"
              color="red"
              size="xs"
              onClick={() => abort.current?.abort()}
              data-testid="export-cancel"
            >
              {t('sharingArea.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Button
          w="fit-content"
          leftSection={<IconPackageExport size={16} />}
          disabled={!!scopeProblem || !!passphraseProblem}
          onClick={run}
          data-testid="export-package"
        >
          {t('sharingArea.export.button')}
        </Button>
      )}
    </Section>
  );
}
