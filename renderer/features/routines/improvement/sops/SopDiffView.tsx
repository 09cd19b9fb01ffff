import { Box, Group, Select, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lineDiff } from '../../../../../shared/rules/routines/sop-diff';
import type { SopVersion } from '../../../../../shared/schema/sop';

// What changed between any two versions, line by line: each line marked + (added) or − (removed) in
// colour AND by its marker, with the words "added" / "removed" for a screen reader.

const marks = { added: '+', removed: '−', same: ' ' } as const;
// The text stays the body's colour: on the tinted lines a green or red text does not read at 4.5:1.
const colours = {
  added: { background: 'var(--mantine-color-green-1)' },
  removed: { background: 'var(--mantine-color-red-1)' },
  same: {},
} as const;

export function SopDiffView({ versions }: { versions: readonly SopVersion[] }) {
  const { t } = useTranslation();
  // Newest first: by default the one before the current against the current.
  const [from, setFrom] = useState(String(versions[1]?.version ?? versions[0]?.version ?? ''));
  const [to, setTo] = useState(String(versions[0]?.version ?? ''));
  const find = (v: string) => versions.find((x) => String(x.version) === v);
  const a = find(from);
  const b = find(to);
  const options = versions.map((v) => ({ value: String(v.version), label: `v${v.version}` }));
  const diff = a && b ? lineDiff(a.body, b.body) : null;
  return (
    <Box data-testid="sop-diff">
      <Group align="flex-end" mb="xs">
        <Select
          label={t('routinesArea.sops.diff.from')}
          w={120}
          allowDeselect={false}
          data={options}
          value={from}
          onChange={(v) => v && setFrom(v)}
          data-testid="sop-diff-from"
        />
        <Select
          label={t('routinesArea.sops.diff.to')}
          w={120}
          allowDeselect={false}
          data={options}
          value={to}
          onChange={(v) => v && setTo(v)}
          data-testid="sop-diff-to"
        />
        {diff && (
          <Text size="sm" data-testid="sop-diff-summary">
            {t('routinesArea.sops.diff.summary', { count: diff.added, removed: diff.removed })}
          </Text>
        )}
      </Group>
      {diff &&
        (diff.added === 0 && diff.removed === 0 ? (
          <Text size="sm" c="dimmed">
            {t('routinesArea.sops.diff.same')}
          </Text>
        ) : (
          <Box
            component="ol"
            aria-label={t('routinesArea.sops.diff.label', { from: `v${from}`, to: `v${to}` })}
            style={{
              listStyle: 'none',
              padding: 0,
              margin: 0,
              fontFamily: 'var(--mantine-font-family-monospace)',
              fontSize: 13,
            }}
          >
            {diff.lines.map((line, i) => (
              <Box
                component="li"
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of a diff have no identity but their place
                key={i}
                data-testid={`diff-line-${line.kind}`}
                style={{ ...colours[line.kind], whiteSpace: 'pre-wrap', padding: '0 6px' }}
              >
                <span aria-hidden="true">{marks[line.kind]} </span>
                {line.kind !== 'same' && (
                  <VisuallyHidden>{t(`routinesArea.sops.diff.${line.kind}`)}: </VisuallyHidden>
                )}
                {line.text || '\u00a0'}
              </Box>
            ))}
          </Box>
        ))}
    </Box>
  );
}
