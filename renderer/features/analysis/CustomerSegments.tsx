import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RevenueView } from '../../db/analysis-queries';
import { formatAmount, formatNumber } from '../../i18n/format';
import { TableHead } from '../../ui/TableHead';
import { formatShare, revenueTitle } from './analysis-format';
import { SaveButton } from './ChartCard';
import { type Sheet, saveWorkbook } from './chart-export';

/** ABC classes, RFM segment counts and the top customers with their scores, for one currency. */
export function CustomerSegments({ view }: { view: RevenueView }) {
  const { t } = useTranslation();
  const title = t('analysisArea.segments.title');
  const revenue = revenueTitle(t, view);
  const S = 'analysisArea.segments';
  const money = (minor: number) => formatAmount(minor, view.currency);
  const sheets = (): Sheet[] => [
    {
      name: t(`${S}.sheetAbc`),
      columns: [
        { title: t(`${S}.class`), kind: 'text' },
        { title: t('analysisArea.customers'), kind: 'count' },
        { title: revenue, kind: 'money', currency: view.currency },
        { title: t(`${S}.share`), kind: 'share' },
      ],
      rows: view.abc.map((c) => [c.class, c.customers, c.amount, c.share]),
    },
    {
      name: t(`${S}.sheetRfm`),
      columns: [
        { title: t(`${S}.segment`), kind: 'text' },
        { title: t(`${S}.meaning`), kind: 'text' },
        { title: t('analysisArea.customers'), kind: 'count' },
      ],
      rows: view.rfm.counts.map((c) => [
        t(`${S}.rfm.${c.segment}`),
        t(`${S}.rfmMeaning.${c.segment}`),
        c.customers,
      ]),
    },
    {
      name: t(`${S}.sheetTop`),
      columns: [
        { title: t(`${S}.customer`), kind: 'text' },
        { title: t(`${S}.recency`), kind: 'count' },
        { title: t('analysisArea.orders'), kind: 'count' },
        { title: revenue, kind: 'money', currency: view.currency },
        { title: 'R', kind: 'count' },
        { title: 'F', kind: 'count' },
        { title: 'M', kind: 'count' },
        { title: t(`${S}.segment`), kind: 'text' },
      ],
      rows: view.rfm.top.map((r) => [
        r.name || t('analysisArea.unknownCustomer'),
        r.recency,
        r.frequency,
        r.monetary,
        r.r,
        r.f,
        r.m,
        t(`${S}.rfm.${r.segment}`),
      ]),
    },
  ];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={title}
      data-testid="customer-segments"
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4">
            {title}
          </Title>
          <SaveButton
            label={t('analysisArea.export.xlsx')}
            description={t('analysisArea.export.xlsxLabel', { title })}
            icon={<IconFileSpreadsheet size={14} />}
            title={title}
            testId="customer-segments-xlsx"
            save={() => saveWorkbook(title, sheets(), t('analysisArea.export.xlsxFilter'))}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t(`${S}.abcTitle`)}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`${S}.abcHint`)}
            </Text>
            <Table verticalSpacing={4} data-testid="abc-table">
              <TableHead
                columns={[
                  { label: t(`${S}.class`) },
                  { label: t('analysisArea.customers'), align: 'right' },
                  { label: revenue, align: 'right' },
                  { label: t(`${S}.share`), align: 'right' },
                ]}
              />
              <Table.Tbody>
                {view.abc.map((c) => (
                  <Table.Tr key={c.class}>
                    <Table.Th scope="row">{c.class}</Table.Th>
                    <Table.Td ta="right">{formatNumber(c.customers)}</Table.Td>
                    <Table.Td ta="right">{money(c.amount)}</Table.Td>
                    <Table.Td ta="right">{formatShare(t, c.share)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t(`${S}.rfmTitle`)}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`${S}.rfmHint`)}
            </Text>
            <Table verticalSpacing={4} data-testid="rfm-table">
              <TableHead
                columns={[
                  { label: t(`${S}.segment`) },
                  { label: t(`${S}.meaning`) },
                  { label: t('analysisArea.customers'), align: 'right' },
                ]}
              />
              <Table.Tbody>
                {view.rfm.counts.map((c) => (
                  <Table.Tr key={c.segment}>
                    <Table.Th scope="row">{t(`${S}.rfm.${c.segment}`)}</Table.Th>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {t(`${S}.rfmMeaning.${c.segment}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(c.customers)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </SimpleGrid>
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t(`${S}.topTitle`)}
          </Title>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={4} striped data-testid="rfm-top">
              <TableHead
                columns={[
                  { label: t(`${S}.customer`) },
                  { label: t(`${S}.recency`), align: 'right' },
                  { label: t('analysisArea.orders'), align: 'right' },
                  { label: revenue, align: 'right' },
                  { label: t(`${S}.scores`), align: 'right' },
                  { label: t(`${S}.segment`) },
                ]}
              />
              <Table.Tbody>
                {view.rfm.top.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row">{r.name || t('analysisArea.unknownCustomer')}</Table.Th>
                    <Table.Td ta="right">{formatNumber(r.recency)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.frequency)}</Table.Td>
                    <Table.Td ta="right">{money(r.monetary)}</Table.Td>
                    <Table.Td ta="right">{`${r.r} · ${r.f} · ${r.m}`}</Table.Td>
                    <Table.Td>{t(`${S}.rfm.${r.segment}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Stack>
    </Paper>
  );
}
