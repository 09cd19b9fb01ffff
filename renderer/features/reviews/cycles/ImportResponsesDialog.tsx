import { Button, Group, List, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconFileImport, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_EXTENSION } from '../../../../shared/package/types';
import type { ReviewCycle } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { importResponseFile } from '../../../db/feedback-files';
import type { ReviewRow } from '../../../db/review-queries';
import { formatNumber } from '../../../i18n/format';
import { platform } from '../../../platform';
import { useFeedbackFileProblem } from '../feedback/file-problem';

interface Outcome {
  /** A key of its own: the same file may be chosen twice (the second time refused as a duplicate). */
  key: string;
  file: string;
  ok: boolean;
  message: string;
}

/**
 * The response files reviewers sent back, imported one after another into this cycle: each is matched to
 * its request (this office's, this cycle's, unanswered, in time, unaltered) and stored whole, or refused
 * with the reason and nothing stored. Every file's outcome stays listed until the dialog closes.
 */
export function ImportResponsesDialog(props: {
  cycle: ReviewCycle;
  rows: readonly ReviewRow[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const problem = useFeedbackFileProblem();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState(false);

  const subjectOf = (requestId: string) => {
    for (const row of props.rows) {
      const found = row.requests.find((r) => r.request.id === requestId);
      if (found) return { name: row.name, relation: found.request.relation };
    }
    return null;
  };

  const pick = async () => {
    const file = await platform.openFile({
      filters: [{ name: t('reviewsArea.import.fileFilter'), extensions: [PACKAGE_EXTENSION] }],
    });
    if (!file) return;
    setBusy(true);
    let outcome: Outcome;
    try {
      const response = await importResponseFile(session, file.bytes, { cycleId: props.cycle.id });
      const subject = subjectOf(response.requestId);
      outcome = {
        key: crypto.randomUUID(),
        file: file.name,
        ok: true,
        message: t(`reviewsArea.import.accepted.${subject?.relation ?? 'peer'}`, {
          subject: subject?.name ?? '',
        }),
      };
    } catch (error) {
      outcome = {
        key: crypto.randomUUID(),
        file: file.name,
        ok: false,
        message: t('reviewsArea.import.refused', { message: problem(error) }),
      };
    } finally {
      setBusy(false);
    }
    setOutcomes((list) => [...list, outcome]);
  };

  const accepted = outcomes.filter((o) => o.ok).length;
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={t('reviewsArea.import.title')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('formActions.close') }}
    >
      <Stack gap="md" data-testid="import-responses">
        <Text size="sm">{t('reviewsArea.import.hint')}</Text>
        {outcomes.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={600} data-testid="import-summary">
              {t('reviewsArea.import.summary', {
                accepted: formatNumber(accepted),
                refused: formatNumber(outcomes.length - accepted),
              })}
            </Text>
            <List spacing={6} size="sm" center aria-live="polite" data-testid="import-results">
              {outcomes.map((o) => (
                <List.Item
                  key={o.key}
                  data-testid="import-result"
                  data-ok={o.ok}
                  data-file={o.file}
                  icon={
                    <ThemeIcon size={20} radius="xl" color={o.ok ? 'teal' : 'red'} variant="light">
                      {o.ok ? <IconCheck size={14} /> : <IconX size={14} />}
                    </ThemeIcon>
                  }
                >
                  <Text size="sm" fw={500} span>
                    {o.file}
                  </Text>
                  <Text size="sm" c={o.ok ? undefined : 'red.9'}>
                    {o.message}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group justify="space-between">
          <Button
            leftSection={<IconFileImport size={16} />}
            loading={busy}
            onClick={() => void pick()}
            data-testid="import-pick"
          >
            {outcomes.length === 0 ? t('reviewsArea.import.pick') : t('reviewsArea.import.pickAnother')}
          </Button>
          <Button variant="default" onClick={props.onClose} data-testid="import-done">
            {t('reviewsArea.import.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
