import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/schema/product';
import { useSession } from '../../../app/session-context';
import { usePrint } from '../../../ui/use-print';
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
      const order = await db.orders.get(orderId);
      if (!order) return;
      const [customer, products] = await Promise.all([
        db.customers.get(order.customerId),
        db.products.bulkGet(order.lines.map((line) => line.productId)),
      ]);
      setPrinting({
        order,
        customer,
        products: new Map(products.filter((p): p is Product => !!p).map((p) => [p.id, p])),
        variant,
        machineName: identity.machineName,
        printedAt: new Date(),
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('ordersExport.print.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
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
      {printing &&
        createPortal(
          <div className="sd-print-root">
            <OrderPrintView {...printing} />
          </div>,
          document.body,
        )}
    </>
  );
}
