import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/error-message';
import { localIsoDate } from '../../../../shared/rules/local-date';
import { useSession } from '../../../app/session-context';
import { notifyFailed, notifySaved } from '../../../ui/notify';
import { PrintRoot } from '../../../ui/print/PrintRoot';
import { usePrint } from '../../../ui/print/use-print';
import { usableRange, useCheckRange } from '../matrix/check-range';
import type { TeamData } from '../use-team';
import { exportMatrix } from './export-matrix';
import { MatrixPrintView, type MatrixPrintViewProps } from './MatrixPrintView';

/**
 * "Print matrix" and "Export to Excel" in the Team page's header. Printing renders the wall sheet into
 * the print-only root at the end of <body> (the app shell is hidden on paper) and opens the print dialog.
 */
export function MatrixExportButtons({ team }: { team: TeamData }) {
  const [range] = useCheckRange();
  const { t, i18n } = useTranslation();
  const { identity } = useSession();
  const [printing, setPrinting] = useState<Omit<MatrixPrintViewProps, 'team'> | null>(null);
  const stopPrinting = useCallback(() => setPrinting(null), []);
  const [exporting, setExporting] = useState(false);
  const empty = team.duties.length === 0;

  usePrint(printing, stopPrinting);

  const print = () => {
    const at = new Date();
    setPrinting({ today: localIsoDate(at), machineName: identity.machineName, printedAt: at });
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const result = await exportMatrix(team, i18n.language === 'zh-CN' ? 'zh-CN' : 'en', usableRange(range));
      if (result.saved) notifySaved(t('teamPrint.saved'));
    } catch (error) {
      notifyFailed(t('teamPrint.failed', { message: errorMessage(error) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        onClick={print}
        disabled={empty}
        title={empty ? t('teamPrint.noDuties') : undefined}
        data-testid="print-matrix"
      >
        {t('teamPrint.print')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        onClick={() => void exportXlsx()}
        loading={exporting}
        disabled={empty}
        title={empty ? t('teamPrint.noDuties') : undefined}
        data-testid="export-matrix"
      >
        {t('teamPrint.export')}
      </Button>
      {printing && (
        <PrintRoot className="sd-matrix-root">
          <MatrixPrintView team={team} {...printing} />
        </PrintRoot>
      )}
    </>
  );
}
