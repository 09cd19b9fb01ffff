import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPhoto } from '@tabler/icons-react';
import { type ReactNode, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/error-message';
import type { SaveFileResult } from '../../platform/types';
import { notifyFailed, notifySaved } from '../../ui/notify';
import { type PictureSource, type Sheet, savePng, saveWorkbook } from './chart-export';

/** A button that saves a file, busy while it is made, and says when it is saved or why it is not. */
export function SaveButton(props: {
  label: string;
  description: string;
  icon: ReactNode;
  title: string;
  testId: string;
  save: () => Promise<SaveFileResult>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      if ((await props.save()).saved)
        notifySaved(t('analysisArea.export.saved', { title: props.title, format: props.label }));
    } catch (error) {
      notifyFailed(t('analysisArea.export.failed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={props.icon}
      loading={busy}
      onClick={run}
      aria-label={props.description}
      title={props.description}
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}

/**
 * A chart of the analysis screen: its title as a heading with PNG and XLSX buttons beside it, controls
 * under it, the chart at a fixed height, the figures for screen readers, and sentences below.
 */
export function ChartCard(props: {
  title: string;
  testId: string;
  height: number;
  chart: ReactNode;
  /** The drawn chart, for the picture. */
  chartRef: RefObject<PictureSource | null>;
  /** The figures, for the workbook (built when the button is pressed). */
  sheets: () => Sheet[];
  figures: ReactNode;
  controls?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { title } = props;
  const png = () => {
    const chart = props.chartRef.current;
    if (!chart) throw new Error('The chart is not drawn yet');
    return savePng(title, chart, t('analysisArea.export.pngFilter'));
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid={props.testId} component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Group gap="xs" wrap="nowrap">
            <SaveButton
              label={t('analysisArea.export.png')}
              description={t('analysisArea.export.pngLabel', { title })}
              icon={<IconPhoto size={14} />}
              title={title}
              testId={`${props.testId}-png`}
              save={png}
            />
            <SaveButton
              label={t('analysisArea.export.xlsx')}
              description={t('analysisArea.export.xlsxLabel', { title })}
              icon={<IconFileSpreadsheet size={14} />}
              title={title}
              testId={`${props.testId}-xlsx`}
              save={() => saveWorkbook(title, props.sheets(), t('analysisArea.export.xlsxFilter'))}
            />
          </Group>
        </Group>
        {props.controls}
        <div style={{ position: 'relative', height: props.height }}>{props.chart}</div>
        {props.figures}
        {props.children}
      </Stack>
    </Paper>
  );
}
