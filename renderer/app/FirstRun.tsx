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
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOrderNumber, prefixPattern } from '../../shared/rules/order-number';
import type { SalesDeskDb } from '../db/database';
import { type MachineIdentity, saveIdentity, suggestPrefix } from '../db/identity';
import { createSession } from '../db/session';
import { i18next } from '../i18n';

/** First start on this machine: name it, choose its order prefix, and start empty or with the sample office. */
export function FirstRun({ db, onDone }: { db: SalesDeskDb; onDone: (identity: MachineIdentity) => void }) {
  const { t } = useTranslation();
  const [deviceId] = useState(() => crypto.randomUUID());
  const [progress, setProgress] = useState<number | null>(null);
  const form = useForm({
    initialValues: { machineName: '', orderPrefix: suggestPrefix(deviceId) },
    validate: {
      machineName: (v) => (v.trim() && v.trim().length <= 60 ? null : t('identity.machineNameInvalid')),
      orderPrefix: (v) =>
        prefixPattern.test(v.trim().toUpperCase()) ? null : t('identity.orderPrefixInvalid'),
    },
  });
  const prefix = form.values.orderPrefix.trim().toUpperCase();
  const example = prefixPattern.test(prefix) ? formatOrderNumber(prefix, new Date(), 42) : 'A1-20261128-0042';

  const start = (withSample: boolean) =>
    form.onSubmit(async (values) => {
      const identity = await saveIdentity(db, { ...values, deviceId });
      if (withSample) {
        setProgress(0);
        // The generator is only needed here: load it on demand to keep the first paint small.
        const { loadSampleOffice } = await import('../db/sample-loader');
        await loadSampleOffice(createSession(db, identity), {
          language: i18next.language === 'zh-CN' ? 'zh-CN' : 'en',
          onProgress: (fraction) => setProgress(Math.round(fraction * 100)),
        });
      }
      onDone(identity);
    });

  return (
    <Center mih="100vh" p="md">
      <Container size="sm" w="100%">
        <Paper withBorder p="xl" radius="md" shadow="sm">
          <form onSubmit={start(false)}>
            <Stack>
              <Title order={2}>{t('firstRun.title')}</Title>
              <Text c="dimmed">{t('firstRun.intro')}</Text>
              <TextInput
                label={t('firstRun.machineName')}
                placeholder={t('firstRun.machineNameHint')}
                data-autofocus
                autoFocus
                {...form.getInputProps('machineName')}
              />
              <TextInput
                label={t('firstRun.orderPrefix')}
                description={t('firstRun.orderPrefixHint', { example })}
                maxLength={6}
                {...form.getInputProps('orderPrefix')}
              />
              {progress === null ? (
                <Group>
                  <Button type="submit" variant="default">
                    {t('firstRun.startEmpty')}
                  </Button>
                  <Button onClick={() => start(true)()}>{t('firstRun.loadSample')}</Button>
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
          </form>
        </Paper>
      </Container>
    </Center>
  );
}
