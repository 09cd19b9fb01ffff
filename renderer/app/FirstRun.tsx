import {
  Button,
  Center,
  Container,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOrderNumber, prefixPattern } from '../../shared/rules/order-number';
import { identityFields } from '../../shared/schema/identity';
import type { SalesDeskDb } from '../db/database';
import { type MachineIdentity, saveIdentity, suggestPrefix } from '../db/identity';
import { createSession } from '../db/session';
import { beginWork } from '../db/unfinished-work';
import { i18next } from '../i18n';
import { FormError, RecordForm, useRecordForm } from '../ui/record-form';

/** First start on this machine: name it, choose its order prefix, and start empty or with the sample office. */
export function FirstRun({ db, onDone }: { db: SalesDeskDb; onDone: (identity: MachineIdentity) => void }) {
  const { t } = useTranslation();
  const [deviceId] = useState(() => crypto.randomUUID());
  const [progress, setProgress] = useState<number | null>(null);
  // Which of the two buttons submitted the form.
  const withSample = useRef(false);
  const identity = useRecordForm(identityFields, {
    initial: { machineName: '', orderPrefix: suggestPrefix(deviceId) },
    write: async (input) => {
      const saved = await saveIdentity(db, { ...input, deviceId });
      if (withSample.current) {
        setProgress(0);
        // The generator is only needed here: load it on demand to keep the first paint small.
        const { loadSampleOffice } = await import('../db/sample-loader');
        // Marked while it loads: the sample is written in several transactions, and a close cuts it short.
        const work = await beginWork('sampleOffice', '', { db });
        await loadSampleOffice(createSession(db, saved), {
          language: i18next.language === 'zh-CN' ? 'zh-CN' : 'en',
          onProgress: (fraction) => setProgress(Math.round(fraction * 100)),
        }).finally(() => {
          void work.end();
          setProgress(null);
        });
      }
      return saved;
    },
    onSaved: onDone,
  });
  const prefix = identity.form.getValues().orderPrefix.trim().toUpperCase();
  const example = prefixPattern.test(prefix) ? formatOrderNumber(prefix, new Date(), 42) : 'A1-20261128-0042';
  const start = (sample: boolean) => {
    withSample.current = sample;
    identity.submit();
  };

  return (
    <Center component="main" mih="100vh" p="md">
      <Container size="sm" w="100%">
        <Paper withBorder p="xl" radius="md" shadow="sm">
          <RecordForm record={identity}>
            <Stack>
              <Title order={1} size="h2">
                {t('firstRun.title')}
              </Title>
              <Text c="dimmed">{t('firstRun.intro')}</Text>
              <TextInput
                label={t('firstRun.machineName')}
                placeholder={t('firstRun.machineNameHint')}
                data-autofocus
                autoFocus
                {...identity.field('machineName')}
              />
              <TextInput
                label={t('firstRun.orderPrefix')}
                description={t('firstRun.orderPrefixHint', { example })}
                maxLength={6}
                {...identity.field('orderPrefix')}
              />
              <FormError message={identity.error} />
              {progress === null ? (
                <Group>
                  <Button type="submit" variant="default" onClick={() => (withSample.current = false)}>
                    {t('firstRun.startEmpty')}
                  </Button>
                  <Button onClick={() => start(true)} loading={identity.busy}>
                    {t('firstRun.loadSample')}
                  </Button>
                </Group>
              ) : (
                <Stack gap={4}>
                  <Text size="sm">{t('firstRun.loading', { percent: progress })}</Text>
                  <Progress value={progress} animated />
                </Stack>
              )}
              <Text size="xs" c="dimmed">
                {t('firstRun.sampleHint')}
              </Text>
            </Stack>
          </RecordForm>
        </Paper>
      </Container>
    </Center>
  );
}
