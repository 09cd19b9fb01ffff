import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/error-message';
import type { Order } from '../../../../shared/schema/order';
import { useSession } from '../../../app/session-context';
import { formatNumber } from '../../../i18n/format';
import { notifyFailed, notifySaved, notifyWarning } from '../../../ui/notify';
import { type ExportFormat, exportOrders } from './export-orders';

export interface ExportOrdersMenuProps {
  /** The orders to export, read when the user picks a format (e.g. every order of the current view). */
  loadOrders: () => Promise<Order[]>;
  /** How many orders the view holds, when loadOrders may return only the first of them. */
  total?: number;
  disabled?: boolean;
  size?: 'xs' | 'sm' | 'md';
}

/** "Export" → CSV / Excel: the given orders as a spreadsheet, saved through the platform. */
export function ExportOrdersMenu({ loadOrders, total, disabled, size = 'sm' }: ExportOrdersMenuProps) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const orders = await loadOrders();
      if (orders.length === 0) {
        notifyWarning(t('ordersExport.empty'));
        return;
      }
      const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
      const result = await exportOrders(session, orders, format, language);
      if (!result.saved) return;
      const partial = total !== undefined && total > result.rows;
      if (partial)
        notifyWarning(
          t('ordersExport.savedPart', { n: formatNumber(result.rows), total: formatNumber(total) }),
        );
      else notifySaved(t('ordersExport.saved', { n: formatNumber(result.rows) }));
    } catch (error) {
      notifyFailed(t('ordersExport.failed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size={size}
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
          disabled={disabled}
          data-testid="export-orders"
        >
          {t('ordersExport.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileTypeCsv size={16} />}
          onClick={() => run('csv')}
          data-testid="export-csv"
        >
          {t('ordersExport.csv')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => run('xlsx')}
          data-testid="export-xlsx"
        >
          {t('ordersExport.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
