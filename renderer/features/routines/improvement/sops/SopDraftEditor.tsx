import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../../../shared/refusal';
import type { Sop } from '../../../../../shared/schema/sop';
import { useSession } from '../../../../app/session-context';
import { publishSop, saveSopDraft } from '../../../../db/sop-commands';
import { notifySaved } from '../../../../ui/notify';
import { useFailureText } from '../../../../ui/refusal-text';
import { useOwnSaves } from '../../../../ui/use-own-saves';
import { SafeMarkdown } from './markdown';

// The draft of a document's next version: Markdown on the left, what it will look like on the right
// (rendered safely: tags show as text). "Save draft" keeps it; "Publish" makes it version n + 1 with a
// note of what changed, in one step. With no draft saved, the editor starts from the version in force
// (`current`), so changing a document is editing it, not writing it again.

export function SopDraftEditor({
  sop,
  current,
  nextVersion,
}: {
  sop: Sop;
  current: string;
  nextVersion: number;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const [draft, setDraft] = useState(sop.draft.trim() === '' ? current : sop.draft);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Publish right after Save draft starts from the draft's save (see useOwnSaves).
  const own = useOwnSaves<Sop>();
  const { rev } = own.newest(sop);
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Refusal || e instanceof Error ? failure(e) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      own.keep(await saveSopDraft(session, sop.id, draft, rev));
      notifySaved(t('routinesArea.sops.draft.saved'));
    });
  const publish = () =>
    run(async () => {
      const version = await publishSop(session, sop.id, { draft, note }, rev);
      setNote('');
      notifySaved(t('routinesArea.sops.draft.published', { title: sop.title, version: version.version }));
    });
  return (
    <Stack gap="sm" data-testid="sop-draft">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea
          label={t('routinesArea.sops.draft.body')}
          description={t('routinesArea.sops.draft.bodyHint')}
          autosize
          minRows={10}
          maxRows={24}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          error={error}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="sop-draft-body"
        />
        <Paper withBorder p="sm" radius="sm" aria-labelledby="sop-preview-title">
          <Title order={3} size="h6" id="sop-preview-title" mb="xs">
            {t('routinesArea.sops.draft.preview')}
          </Title>
          {draft.trim() === '' ? (
            <Text size="sm" c="dimmed">
              {t('routinesArea.sops.draft.previewEmpty')}
            </Text>
          ) : (
            <SafeMarkdown source={draft} testId="sop-preview" />
          )}
        </Paper>
      </SimpleGrid>
      <TextInput
        label={t('routinesArea.sops.draft.note')}
        description={t('routinesArea.sops.draft.noteHint')}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        data-testid="sop-publish-note"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={save} loading={busy} data-testid="sop-save-draft">
          {t('routinesArea.sops.draft.save')}
        </Button>
        <Button onClick={publish} loading={busy} data-testid="sop-publish">
          {t('routinesArea.sops.draft.publish', { version: nextVersion })}
        </Button>
      </Group>
    </Stack>
  );
}
