import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/error-message';
import { useSession } from '../../app/session-context';
import { type AnalysisRates, saveAnalysisRates } from '../../db/analysis-rates';
import { notifyFailed, notifySaved } from '../../ui/notify';
import { Section } from '../../ui/Section';

/**
 * The rates the manager sets to see every currency in the office currency: one field a currency the
 * office has sold in. A field left empty means no rate, and that currency stays apart.
 */
export function RatesSection(props: { currencies: readonly string[]; office: string; rates: AnalysisRates }) {
  const { t } = useTranslation();
  const { db } = useSession();
  const foreign = props.currencies.filter((c) => c !== props.office);
  // The page keys this section by the saved rates, so a save elsewhere starts the fields afresh.
  const [draft, setDraft] = useState<Record<string, number | string>>(() => ({ ...props.rates }));
  const save = async (rates: AnalysisRates, done: string) => {
    try {
      await saveAnalysisRates(db, rates);
      notifySaved(done);
    } catch (error) {
      notifyFailed(t('analysisArea.rates.failed', { message: errorMessage(error) }));
    }
  };
  const typed = (): AnalysisRates =>
    Object.fromEntries(
      foreign.flatMap((c) => {
        const value = Number(draft[c]);
        return draft[c] !== '' && draft[c] !== undefined && Number.isFinite(value) && value > 0
          ? [[c, value]]
          : [];
      }),
    );
  return (
    <Section
      title={t('analysisArea.rates.title')}
      hint={t('analysisArea.rates.hint', { currency: props.office })}
    >
      <Stack gap="sm" data-testid="analysis-rates">
        <Group align="flex-end">
          {foreign.map((c) => (
            <NumberInput
              key={c}
              label={t('analysisArea.rates.rate', { from: c, to: props.office })}
              value={draft[c] ?? ''}
              onChange={(value) => setDraft((d) => ({ ...d, [c]: value }))}
              min={0}
              decimalScale={6}
              hideControls
              w={180}
            />
          ))}
        </Group>
        <Group gap="xs">
          <Button onClick={() => save(typed(), t('analysisArea.rates.saved'))}>
            {t('analysisArea.rates.save')}
          </Button>
          {Object.keys(props.rates).length > 0 && (
            <Button variant="default" onClick={() => save({}, t('analysisArea.rates.cleared'))}>
              {t('analysisArea.rates.clear')}
            </Button>
          )}
        </Group>
      </Stack>
    </Section>
  );
}
