import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../../shared/error-message';
import type { Course } from '../../../../../shared/schema/training';
import { useSession } from '../../../../app/session-context';
import { useOfficeCurrency } from '../../../../app/use-office-currency';
import type { TrainingPlans } from '../../../../db/training-queries';
import { notifyFailed, notifySaved } from '../../../../ui/notify';
import { PrintRoot } from '../../../../ui/print/PrintRoot';
import { usePrint } from '../../../../ui/print/use-print';
import { PlanPrintView } from './PlanPrintView';
import { exportPlans } from './plans-workbook';

export interface PlanExportButtonsProps {
  plans: TrainingPlans;
  /** The person whose plan "Print plan" prints. */
  current: TrainingPlans[number];
  courses: readonly Course[];
  today: string;
}

/**
 * "Export to Excel" (everyone's plans and a summary, one workbook) and "Print plan" (the chosen person's
 * plan on A4) beside the plan's other actions. Printing renders the sheet into the print-only root at the
 * end of <body> and opens the print dialog; the sheet goes when printing ends.
 */
export function PlanExportButtons({ plans, current, courses, today }: PlanExportButtonsProps) {
  const { t, i18n } = useTranslation();
  const { identity } = useSession();
  const currency = useOfficeCurrency();
  const [printing, setPrinting] = useState<{ staffId: string; printedAt: Date } | null>(null);
  const stopPrinting = useCallback(() => setPrinting(null), []);
  const [exporting, setExporting] = useState(false);
  const empty = current.items.length === 0;

  usePrint(printing, stopPrinting);

  const exportXlsx = async () => {
    if (!currency) return;
    setExporting(true);
    try {
      const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
      const result = await exportPlans({ plans, courses, currency }, language);
      if (result.saved) notifySaved(t('trainingArea.export.saved'));
    } catch (error) {
      notifyFailed(t('trainingArea.export.failed', { message: errorMessage(error) }));
    } finally {
      setExporting(false);
    }
  };

  // The sheet shows the person chosen when Print was pressed, with their items as they are now.
  const printed = printing && plans.find((p) => p.person.id === printing.staffId);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        onClick={() => void exportXlsx()}
        loading={exporting}
        disabled={!currency}
        data-testid="export-plans-xlsx"
      >
        {t('trainingArea.export.exportXlsx')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        onClick={() => setPrinting({ staffId: current.person.id, printedAt: new Date() })}
        disabled={empty}
        title={empty ? t('trainingArea.export.printNothing') : undefined}
        data-testid="print-plan"
      >
        {t('trainingArea.export.print')}
      </Button>
      {printing && printed && (
        <PrintRoot>
          <PlanPrintView
            plan={printed}
            courses={courses}
            today={today}
            machineName={identity.machineName}
            printedAt={printing.printedAt}
          />
        </PrintRoot>
      )}
    </>
  );
}
