import { Alert, Button, Group, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/error-message';
import { readPackageHeader } from '../../../shared/package';
import { PACKAGE_EXTENSION, type PackageHeader } from '../../../shared/package/types';
import { useSession } from '../../app/session-context';
import { ApplyCancelledError, applyPackage } from '../../db/package-apply';
import { type PackagePreview, previewPackage, refuseFeedbackFile } from '../../db/package-import';
import { beginWork, type WorkInProgress } from '../../db/unfinished-work';
import { formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import { notifySaved } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { PreviewView } from './PreviewView';
import { describePackageError } from './package-errors';
import { backupBeforeImport } from './safety-backup';

/** The backup taken before an import failed: nothing is imported. */
class SafetyBackupError extends Error {
  constructor(cause: unknown) {
    super(errorMessage(cause));
  }
}

type Step =
  | { kind: 'idle' }
  | { kind: 'passphrase'; name: string; bytes: Uint8Array; header: PackageHeader; wrong: boolean }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; name: string; preview: PackagePreview }
  | { kind: 'applying'; name: string; done: number; total: number };

/** A file handed over from elsewhere on the page (a backup to restore); each hand-over is a new object. */
export interface IncomingPackage {
  name: string;
  bytes: Uint8Array;
}

/** "Import a package": read and check it, show what it would change (conflicts to choose), then apply. */
export function ImportSection(props: { incoming?: IncomingPackage | null }) {
  const { t } = useTranslation();
  const session = useSession();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const abort = useRef<AbortController | null>(null);
  const [restoring, setRestoring] = useState(false);
  const section = useRef<HTMLDivElement>(null);

  const read = async (name: string, bytes: Uint8Array, secret?: string) => {
    setStep({ kind: 'reading', name });
    try {
      const preview = await previewPackage(session, bytes, secret ? { passphrase: secret } : {});
      setStep({ kind: 'preview', name, preview });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'wrong_passphrase' && secret !== undefined) {
        setStep({ kind: 'passphrase', name, bytes, header: readPackageHeader(bytes), wrong: true });
        return;
      }
      setProblem(`${name}: ${describePackageError(t, error)}`);
      setStep({ kind: 'idle' });
    }
  };

  // A backup chosen in the list below: preview it as a restore.
  const incoming = props.incoming;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per hand-over, not per render of `read`
  useEffect(() => {
    if (!incoming) return;
    setProblem(null);
    setRestoring(true);
    section.current?.scrollIntoView({ block: 'start' });
    void read(incoming.name, incoming.bytes);
  }, [incoming]);

  const pick = async () => {
    setProblem(null);
    setRestoring(false);
    const file = await platform.openFile({
      filters: [{ name: t('sharingArea.fileFilter'), extensions: [PACKAGE_EXTENSION] }],
    });
    if (!file) return;
    try {
      const header = readPackageHeader(file.bytes);
      refuseFeedbackFile(header);
      if (header.encryption) {
        setPassphrase('');
        setStep({ kind: 'passphrase', name: file.name, bytes: file.bytes, header, wrong: false });
        return;
      }
    } catch (error) {
      setProblem(`${file.name}: ${describePackageError(t, error)}`);
      return;
    }
    await read(file.name, file.bytes);
  };

  const apply = async (
    preview: PackagePreview,
    name: string,
    mode: 'merge' | 'replace',
    choices: Record<string, 'local' | 'incoming'>,
  ) => {
    const controller = new AbortController();
    abort.current = controller;
    setStep({ kind: 'applying', name, done: 0, total: 0 });
    let work: WorkInProgress | null = null;
    try {
      try {
        await backupBeforeImport(session, t, mode);
      } catch (error) {
        throw new SafetyBackupError(error);
      }
      // Marked before the write: if the app is closed meanwhile, the next start says this file did not go in.
      work = await beginWork(
        restoring ? 'restore' : mode === 'replace' ? 'packageReplace' : 'packageMerge',
        name,
        { db: session.db },
      );
      const result = await applyPackage(session, preview, {
        mode,
        choices,
        signal: controller.signal,
        onProgress: ({ done, total }) => setStep({ kind: 'applying', name, done, total }),
      });
      notifySaved(
        t(mode === 'replace' ? 'sharingArea.import.restored' : 'sharingArea.import.done', {
          n: formatNumber(result.written),
        }),
      );
      setStep({ kind: 'idle' });
      // A restored machine starts again with its new device id — once its marker is gone.
      await work.end();
      if (result.newDeviceId) window.location.reload();
    } catch (error) {
      setProblem(
        error instanceof ApplyCancelledError
          ? t('sharingArea.import.cancelled')
          : error instanceof SafetyBackupError
            ? t('sharingArea.backups.safetyFailed', { message: error.message })
            : describePackageError(t, error),
      );
      setStep({ kind: 'preview', name, preview });
    } finally {
      void work?.end();
      abort.current = null;
    }
  };

  return (
    <div ref={section}>
      <Section title={t('sharingArea.import.title')} hint={t('sharingArea.import.hint')}>
        {problem && (
          <Alert color="red" withCloseButton onClose={() => setProblem(null)} data-testid="import-problem">
            {problem}
          </Alert>
        )}
        {step.kind === 'idle' && (
          <Button
            w="fit-content"
            leftSection={<IconPackageImport size={16} />}
            onClick={pick}
            data-testid="import-package"
          >
            {t('sharingArea.import.button')}
          </Button>
        )}
        {step.kind === 'passphrase' && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void read(step.name, step.bytes, passphrase);
            }}
          >
            <Stack gap="xs">
              <Text size="sm">
                {t('sharingArea.import.encrypted', {
                  name: step.name,
                  machine: step.header.source.machineName,
                })}
              </Text>
              <Group align="flex-end">
                <PasswordInput
                  label={t('sharingArea.import.passphrase')}
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.currentTarget.value)}
                  error={step.wrong ? t('sharingArea.errors.wrong_passphrase') : null}
                  w={280}
                  autoFocus
                  data-testid="import-passphrase"
                />
                <Button type="submit" data-testid="import-unlock">
                  {t('sharingArea.import.unlock')}
                </Button>
                <Button variant="subtle" onClick={() => setStep({ kind: 'idle' })}>
                  {t('sharingArea.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {step.kind === 'reading' && (
          <Stack gap={4}>
            <Progress value={100} animated striped />
            <Text size="sm" c="dimmed">
              {t('sharingArea.import.reading', { name: step.name })}
            </Text>
          </Stack>
        )}
        {step.kind === 'preview' && (
          <PreviewView
            name={step.name}
            preview={step.preview}
            onCancel={() => setStep({ kind: 'idle' })}
            onApply={(mode, choices) => apply(step.preview, step.name, mode, choices)}
            defaultMode={restoring ? 'replace' : 'merge'}
          />
        )}
        {step.kind === 'applying' && (
          <Stack gap={4} data-testid="import-progress">
            <Progress value={step.total ? (100 * step.done) / step.total : 0} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('sharingArea.import.applying', {
                  done: formatNumber(step.done),
                  total: formatNumber(step.total),
                })}
              </Text>
              <Button variant="light" color="red" size="xs" onClick={() => abort.current?.abort()}>
                {t('sharingArea.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Section>
    </div>
  );
}
