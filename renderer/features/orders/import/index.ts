// The public surface of "import order lines".
export { ImportOrdersButton, type ImportOrdersButtonProps } from './ImportOrdersButton';
export { ImportWizard } from './ImportWizard';
export { useImportWizardOpen } from './use-import-wizard';
