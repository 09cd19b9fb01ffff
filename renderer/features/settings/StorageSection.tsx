import { Badge, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../i18n/format';
import { Section } from '../../ui/Section';

interface StorageState {
  persisted: boolean | null;
  usage?: number;
  quota?: number;
}

async function readStorage(): Promise<StorageState> {
  const storage = navigator.storage;
  if (!storage) return { persisted: null };
  const [persisted, estimate] = await Promise.all([storage.persisted?.() ?? null, storage.estimate?.()]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Whether the data is protected from eviction, and how much space it uses. */
export function StorageSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<StorageState | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void readStorage().then(setState);
  }, []);
  const request = async () => {
    const granted = await navigator.storage.persist();
    setDenied(!granted);
    setState(await readStorage());
  };
  return (
    <Section title={t('settings.storage')} hint={t('settings.storageHint')}>
      {state && (
        <>
          <Group>
            <Badge color={state.persisted ? 'green' : 'orange'} variant="light" data-testid="persist-state">
              {state.persisted ? t('settings.persisted') : t('settings.notPersisted')}
            </Badge>
            {!state.persisted && state.persisted !== null && (
              <Button size="xs" variant="light" onClick={request}>
                {t('settings.requestPersist')}
              </Button>
            )}
          </Group>
          {denied && (
            <Text size="sm" c="orange">
              {t('settings.persistDenied')}
            </Text>
          )}
          <Text size="sm" data-testid="storage-usage">
            {state.usage !== undefined && state.quota !== undefined
              ? t('settings.usage', { used: formatBytes(state.usage), quota: formatBytes(state.quota) })
              : t('settings.storageUnknown')}
          </Text>
        </>
      )}
    </Section>
  );
}
