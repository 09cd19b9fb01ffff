import { Alert, Button, Center, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpenFailure } from '../db/session';

/** Shown instead of the app when the database cannot be opened: never a blank window. */
export function DbErrorScreen({
  failure,
  detail,
  onRetry,
  onSkipBackup,
}: {
  failure: OpenFailure;
  detail: string;
  onRetry: () => void;
  /** Only for a failed backup before an upgrade: go on with the upgrade all the same. */
  onSkipBackup?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Container size="sm">
        <Alert color="red" icon={<IconDatabaseOff />} variant="light" role="alert" data-testid="db-error">
          <Stack>
            <Title order={1} size="h3">
              {t('dbError.title')}
            </Title>
            <Text>{t(`dbError.${failure}`)}</Text>
            <Text fw={600}>{t('dbError.dataSafe')}</Text>
            <Text size="sm" c="dimmed">
              {t('dbError.details')}
            </Text>
            <Code block>{detail}</Code>
            <Group>
              <Button onClick={onRetry} w="fit-content">
                {t('dbError.retry')}
              </Button>
              {failure === 'backup' && onSkipBackup && (
                <Button variant="default" color="red" onClick={onSkipBackup} data-testid="skip-backup">
                  {t('dbError.skipBackup')}
                </Button>
              )}
            </Group>
          </Stack>
        </Alert>
      </Container>
    </Center>
  );
}
