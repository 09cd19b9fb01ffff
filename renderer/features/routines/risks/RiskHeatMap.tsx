import { Paper, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HeatCell } from '../../../../shared/rules/routines/risk';
import { levelColor } from './level-colors';

/**
 * The likelihood × impact matrix of the open risks: a table whose row headers are the likelihoods (5 at
 * the top) and column headers the impacts; each cell is a button with its count that filters the list.
 */
export function RiskHeatMap(props: {
  heat: HeatCell[][];
  selected: { likelihood: number; impact: number } | null;
  onSelect: (cell: { likelihood: number; impact: number } | null) => void;
}) {
  const { t } = useTranslation();
  const impacts = props.heat[0]?.map((c) => c.impact) ?? [];
  return (
    <Paper withBorder radius="md" p="sm" data-testid="risk-heat-map">
      <Title order={2} size="h4" id="risk-heat-title">
        {t('routinesArea.risks.heatTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('routinesArea.risks.heatCaption')}
      </Text>
      <Table withTableBorder withColumnBorders layout="fixed" aria-labelledby="risk-heat-title" maw={420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={96}>
              <Text size="xs">
                {t('routinesArea.risks.likelihoodAxis')} \ {t('routinesArea.risks.impactAxis')}
              </Text>
            </Table.Th>
            {impacts.map((impact) => (
              // The axis is named in the corner cell: each header shows its number (the word is for screen
              // readers; five of them do not fit side by side in a narrow column).
              <Table.Th key={impact} scope="col" ta="center">
                <VisuallyHidden>{t('routinesArea.risks.impactAxis')}</VisuallyHidden> {impact}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.heat.map((row) => (
            <Table.Tr key={row[0]?.likelihood}>
              <Table.Th scope="row" ta="center">
                <VisuallyHidden>{t('routinesArea.risks.likelihoodAxis')}</VisuallyHidden> {row[0]?.likelihood}
              </Table.Th>
              {row.map((cell) => {
                const chosen =
                  props.selected?.likelihood === cell.likelihood && props.selected.impact === cell.impact;
                const color = levelColor[cell.level];
                return (
                  <Table.Td key={cell.impact} p={0}>
                    <UnstyledButton
                      w="100%"
                      h={36}
                      ta="center"
                      fw={cell.count > 0 ? 700 : 400}
                      aria-pressed={chosen}
                      aria-label={t('routinesArea.risks.cell', {
                        likelihood: cell.likelihood,
                        impact: cell.impact,
                        count: cell.count,
                      })}
                      data-testid={`heat-cell-${cell.likelihood}-${cell.impact}`}
                      onClick={() =>
                        props.onSelect(chosen ? null : { likelihood: cell.likelihood, impact: cell.impact })
                      }
                      style={{
                        background: `var(--mantine-color-${color}-${cell.count > 0 ? 2 : 0})`,
                        color: 'var(--mantine-color-black)',
                        outline: chosen ? '3px solid var(--mantine-color-blue-7)' : undefined,
                        outlineOffset: -3,
                      }}
                    >
                      {cell.count}
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
