import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ImportWizard } from './ImportWizard';
import { useImportWizardOpen } from './use-import-wizard';

export interface ImportOrdersButtonProps {
  size?: 'xs' | 'sm' | 'md';
  variant?: 'default' | 'filled' | 'light' | 'subtle';
}

/**
 * "Import order lines": opens the import wizard (which also lists past imports and reverts them). The
 * wizard's state is kept by the session, so it survives the page re-rendering or being left.
 */
export function ImportOrdersButton({ size = 'sm', variant = 'default' }: ImportOrdersButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useImportWizardOpen();
  return (
    <>
      <Button
        size={size}
        variant={variant}
        leftSection={<IconFileImport size={16} />}
        onClick={() => setOpened(true)}
        data-testid="import-orders"
      >
        {t('ordersImport.button')}
      </Button>
      {opened && <ImportWizard />}
    </>
  );
}
