// The public surface of orders export and printing.
export { ExportOrdersMenu, type ExportOrdersMenuProps } from './ExportOrdersMenu';
export { buildOrdersExport, type ExportFormat, exportOrders } from './export-orders';
export { OrderPrintView, type OrderPrintViewProps, type PrintVariant } from './OrderPrintView';
export { PrintOrderButton, type PrintOrderButtonProps } from './PrintOrderButton';
