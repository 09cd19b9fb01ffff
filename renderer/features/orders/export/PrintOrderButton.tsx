import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/error-message';
import { useSession } from '../../../app/session-context';
import { loadOrderView } from '../../../db/order-view';
import { notifyFailed } from '../../../ui/notify';
import { PrintRoot } from '../../../ui/print/PrintRoot';
import { usePrint } from '../../../ui/print/use-print';
import { OrderPrintView, type OrderPrintViewProps, type PrintVariant } from './OrderPrintView';

export interface PrintOrderButtonProps {
  orderId: string;
  size?: 'xs' | 'sm' | 'md';
}

/**
 * "Print" → order confirmation / picking list. The chosen layout is rendered into a print-only element
 * at the end of <body> (OrderPrintView.css hides everything else on paper) and the print dialog opens.
 */
export function PrintOrderButton({ orderId, size = 'sm' }: PrintOrderButtonProps) {
  const { t } = useTranslation();
  const { db, identity } = useSession();
  const [printing, setPrinting] = useState<OrderPrintViewProps | null>(null);
  const stopPrinting = useCallback(() => setPrinting(null), []);

  const start = async (variant: PrintVariant) => {
    try {
      const view = await loadOrderView(db, orderId);
      if (!view) return;
      setPrinting({
        order: view.order,
        customer: view.customer,
        products: view.products,
        variant,
        machineName: identity.machineName,
        printedAt: new Date(),
      });
    } catch (error) {
      notifyFailed(t('ordersExport.print.failed', { message: errorMessage(error) }));
    }
  };

  usePrint(printing, stopPrinting);

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size={size}
            leftSection={<IconPrinter size={16} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="print-order"
          >
            {t('ordersExport.print.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => start('confirmation')} data-testid="print-menu-confirmation">
            {t('ordersExport.print.confirmation')}
          </Menu.Item>
          <Menu.Item onClick={() => start('picking')} data-testid="print-menu-picking">
            {t('ordersExport.print.picking')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {printing && (
        <PrintRoot>
          <OrderPrintView {...printing} />
        </PrintRoot>
      )}
    </>
  );
}
