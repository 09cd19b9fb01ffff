import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOfficeEmpty } from '../db/lookup-queries';
import { findUnfinishedWork, forgetWork, type UnfinishedWork, type WorkKind } from '../db/unfinished-work';
import { formatDateTime } from '../i18n/format';
import { areaLink } from './route';
import { useSession } from './session-context';

// At start: an import, merge, restore or sample load that the app's closing cut off (unfinished-work.ts)
// is said, with the file and when it started, until the user dismisses it or goes to do it again. Each of
// those writes in one transaction, so nothing of the file was saved — except the sample office, written in
// several: whether part of it is in the office is read here, only when a sample load was cut off.

interface Notice {
  work: UnfinishedWork;
  /** A sample load that left part of the office. */
  partial: boolean;
}

/** Per kind: the message, the way back to do it again (button words and where it goes). */
const ways: Record<WorkKind, { message: string; again: string; to: string }> = {
  orderImport: {
    message: 'unfinished.orderImport',
    again: 'unfinished.importAgain',
    to: areaLink('orders', 'import'),
  },
  packageMerge: {
    message: 'unfinished.packageMerge',
    again: 'unfinished.importAgain',
    to: areaLink('sharing', 'import'),
  },
  packageReplace: {
    message: 'unfinished.packageReplace',
    again: 'unfinished.replaceAgain',
    to: areaLink('sharing', 'import'),
  },
  restore: {
    message: 'unfinished.restore',
    again: 'unfinished.restoreAgain',
    to: areaLink('sharing', 'backups'),
  },
  sampleOffice: {
    message: 'unfinished.sampleNothing',
    again: 'unfinished.loadAgain',
    to: areaLink('settings'),
  },
};

export function UnfinishedWorkNotice() {
  const { t } = useTranslation();
  const { db } = useSession();
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const found = await findUnfinishedWork({ db });
      const read = await Promise.all(
        found.map(async (work) => ({
          work,
          // Unknown counts as partial: the message then says part of it may be there.
          partial: work.kind === 'sampleOffice' && !(await isOfficeEmpty(db).catch(() => false)),
        })),
      );
      if (live) setNotices(read);
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, [db]);

  if (notices.length === 0) return null;
  const close = (id: string) => {
    void forgetWork(id, { db });
    setNotices((current) => current.filter((n) => n.work.id !== id));
  };
  return (
    <Stack gap="xs" mb="md">
      {notices.map(({ work, partial }) => {
        const way = ways[work.kind];
        return (
          <Alert
            key={work.id}
            color="orange"
            icon={<IconAlertTriangle size={20} />}
            title={t('unfinished.title')}
            data-testid="unfinished-work"
          >
            <Stack gap="xs">
              <div>
                <Text size="sm">
                  {t(partial ? 'unfinished.samplePart' : way.message, { name: work.fileName })}
                </Text>
                <Text size="sm">{t('unfinished.started', { at: formatDateTime(work.startedAt) })}</Text>
              </div>
              <Group gap="xs">
                {!partial && (
                  <Button
                    size="xs"
                    component="a"
                    href={way.to}
                    onClick={() => close(work.id)}
                    data-testid="unfinished-again"
                  >
                    {t(way.again)}
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => close(work.id)}
                  data-testid="unfinished-dismiss"
                >
                  {t('unfinished.dismiss')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}
