import { Modal, Stepper } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplyStep } from './ApplyStep';
import { DryRunStep } from './DryRunStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { useImportWizard, useImportWizardOpen, type WizardStep } from './use-import-wizard';

/** The import wizard: file → columns → dry run → import, in a modal. Closing is refused while writing. */
export function ImportWizard() {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  const running = wizard.apply.kind === 'running';
  const finished = wizard.step === 3 && !running;
  const [, setOpened] = useImportWizardOpen();
  const close = () => setOpened(false);
  // Each step starts at its top: the mapping step is long, and the dry run's figures come first.
  const top = useRef<HTMLDivElement>(null);
  const { step, opened } = wizard;
  useEffect(() => {
    // The modal's content is what scrolls (under its sticky title), not the page.
    if (opened && step >= 0) top.current?.closest('.mantine-Modal-content')?.scrollTo({ top: 0 });
  }, [step, opened]);
  return (
    <Modal
      opened={wizard.opened}
      onClose={close}
      title={t('ordersImport.title')}
      size="80rem"
      closeOnClickOutside={false}
      closeOnEscape={!running}
      withCloseButton={!running}
      data-testid="import-wizard"
    >
      <div ref={top} />
      <Stepper
        active={wizard.step}
        onStepClick={(step) => {
          if (!running && !finished && step < wizard.step) wizard.setStep(step as WizardStep);
        }}
        size="sm"
      >
        <Stepper.Step label={t('ordersImport.steps.file')} description={t('ordersImport.steps.fileDesc')}>
          <FileStep wizard={wizard} />
        </Stepper.Step>
        <Stepper.Step
          label={t('ordersImport.steps.mapping')}
          description={t('ordersImport.steps.mappingDesc')}
        >
          <MappingStep wizard={wizard} />
        </Stepper.Step>
        <Stepper.Step label={t('ordersImport.steps.dryRun')} description={t('ordersImport.steps.dryRunDesc')}>
          <DryRunStep wizard={wizard} />
        </Stepper.Step>
        <Stepper.Step label={t('ordersImport.steps.apply')} description={t('ordersImport.steps.applyDesc')}>
          <ApplyStep wizard={wizard} onClose={close} />
        </Stepper.Step>
      </Stepper>
    </Modal>
  );
}
