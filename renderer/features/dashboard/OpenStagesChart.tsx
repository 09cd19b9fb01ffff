import { useTranslation } from 'react-i18next';
import { areaLink } from '../../app/route';
import type { Dashboard } from '../../db/dashboard-queries';
import { formatNumber } from '../../i18n/format';
import { ChartFigures } from '../../ui/ChartFigures';
import { LazyBar } from '../../ui/lazy-charts';
import { ChartPanel } from './ChartPanel';

/**
 * Open orders per workflow stage (completed and cancelled left out: they would dwarf the work in hand). A
 * click on a bar opens the queue's view of that status.
 */
export function OpenStagesChart({ stages }: { stages: Dashboard['openByStatus'] }) {
  const { t } = useTranslation();
  const title = t('dashboardArea.byStage');
  return (
    <ChartPanel
      title={title}
      testId="open-stages"
      height={360}
      chart={
        <LazyBar
          role="img"
          aria-label={title}
          data={{
            labels: stages.map((s) => t(`status.${s.status}`)),
            datasets: [{ label: title, data: stages.map((s) => s.count), backgroundColor: '#4c6ef5' }],
          }}
          options={{
            maintainAspectRatio: false,
            plugins: { legend: { display: false } },
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
            animation: false,
            onClick: (_event, elements) => {
              const stage = stages[elements[0]?.index ?? -1];
              if (stage) window.location.hash = areaLink('orders', 'status', stage.status);
            },
            onHover: (event, elements) => {
              const target = event.native?.target as HTMLElement | undefined;
              if (target) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
            },
          }}
        />
      }
      figures={
        <ChartFigures
          caption={title}
          columns={[t('dashboardArea.stage'), t('dashboardArea.orders')]}
          rows={stages.map((s) => ({
            key: s.status,
            cells: [t(`status.${s.status}`), formatNumber(s.count)],
          }))}
        />
      }
    />
  );
}
