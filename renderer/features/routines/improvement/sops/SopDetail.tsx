import { Badge, Button, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopView } from '../../../../db/sop-queries';
import { formatDate, formatDay } from '../../../../i18n/format';
import { SafeMarkdown } from './markdown';
import { SopDiffView } from './SopDiffView';
import { SopDraftEditor } from './SopDraftEditor';
import { SopReaders } from './SopReaders';

type DetailTab = 'current' | 'draft' | 'history' | 'acks';

/** One document: the version in force, its draft, its versions with a diff, and who read it. */
export function SopDetail({ view, onEdit }: { view: SopView; onEdit: () => void }) {
  const { t } = useTranslation();
  const { sop, current } = view;
  const [tab, setTab] = useState<DetailTab>(current ? 'current' : 'draft');
  return (
    <Paper withBorder p="md" radius="md" data-testid="sop-detail">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" data-testid="sop-detail-title">
            {sop.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('routinesArea.sops.detail.meta', {
              process: t(`routinesArea.process.${sop.process}`),
              owner: view.ownerName ?? t('routinesArea.sops.unknownPerson'),
            })}
          </Text>
          <Group gap="xs">
            <Badge variant="light" data-testid="sop-current-version">
              {current ? `v${current.version}` : t('routinesArea.sops.notPublished')}
            </Badge>
            {sop.reviewOn && (
              <Badge
                variant="light"
                color={view.reviewDue ? 'red' : 'gray'}
                data-testid={view.reviewDue ? 'sop-review-due' : 'sop-review-on'}
              >
                {t(view.reviewDue ? 'routinesArea.sops.reviewDue' : 'routinesArea.sops.reviewOn', {
                  date: formatDay(sop.reviewOn),
                })}
              </Badge>
            )}
          </Group>
        </Stack>
        <Button variant="default" size="xs" onClick={onEdit} data-testid="sop-edit">
          {t('routinesArea.sops.detail.edit')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(v) => v && setTab(v as DetailTab)} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="current" data-testid="sop-tab-current">
            {t('routinesArea.sops.detail.current')}
          </Tabs.Tab>
          <Tabs.Tab value="draft" data-testid="sop-tab-draft">
            {t('routinesArea.sops.detail.draft')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="sop-tab-history">
            {t('routinesArea.sops.detail.history', { count: view.versions.length })}
          </Tabs.Tab>
          <Tabs.Tab value="acks" data-testid="sop-tab-acks">
            {t('routinesArea.sops.detail.acks')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="current">
          {current ? (
            <>
              <Text size="xs" c="dimmed" mb="xs">
                {t('routinesArea.sops.detail.publishedOn', {
                  version: current.version,
                  date: formatDate(current.publishedAt),
                })}
              </Text>
              <SafeMarkdown source={current.body} testId="sop-body" />
            </>
          ) : (
            <Text size="sm" c="dimmed" data-testid="sop-no-version">
              {t('routinesArea.sops.detail.noVersion')}
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="draft">
          <SopDraftEditor
            key={sop.rev}
            sop={sop}
            current={current?.body ?? ''}
            nextVersion={(current?.version ?? 0) + 1}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          {view.versions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('routinesArea.sops.detail.noVersion')}
            </Text>
          ) : (
            <Stack gap="md">
              <Table data-testid="sop-versions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('routinesArea.sops.col.version')}</Table.Th>
                    <Table.Th>{t('routinesArea.sops.col.published')}</Table.Th>
                    <Table.Th>{t('routinesArea.sops.col.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.versions.map((v) => (
                    <Table.Tr key={v.id} data-testid="sop-version-row">
                      <Table.Td>v{v.version}</Table.Td>
                      <Table.Td>{formatDate(v.publishedAt)}</Table.Td>
                      <Table.Td>{v.note}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {view.versions.length > 1 && <SopDiffView versions={view.versions} />}
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="acks">
          {current ? (
            <SopReaders sopId={sop.id} version={current.version} readers={view.readers} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('routinesArea.sops.detail.noVersion')}
            </Text>
          )}
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
