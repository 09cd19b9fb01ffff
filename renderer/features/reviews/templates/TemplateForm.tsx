import { Alert, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewTemplate } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { saveTemplate } from '../../../db/review-commands';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { CompetencyFields } from './CompetencyFields';
import { BandFields, QuestionFields } from './ListFields';
import { KpiFields, SectionFields } from './SectionFields';
import { templateFormSchema, templateFormValues } from './template-form';

/**
 * Add or change a review template: its sections and their weights (the running sum beside them, a sum
 * other than 100 refused on the field), the KPIs with their targets, the competencies with a rubric for
 * each level, the open questions, an optional final-score formula and the rating bands.
 */
export function TemplateForm(props: {
  template: ReviewTemplate | null;
  /** How many cycles run on it: a change reaches their open reviews. */
  usedBy?: number;
  onClose: () => void;
  onDelete?: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { template } = props;
  const record = useRecordForm(templateFormSchema, {
    initial: templateFormValues(template),
    // A formula that does not read is refused on its field by the save.
    write: (input) => saveTemplate(session, input, template ?? undefined),
    onSaved: (saved) => {
      notifySaved(
        t(template ? 'reviewsArea.template.updated' : 'reviewsArea.template.created', { name: saved.name }),
      );
      props.onClose();
    },
  });
  return (
    <FormModal
      record={record}
      testId="template-form"
      size="xl"
      onClose={props.onClose}
      onDelete={props.onDelete}
      title={t(template ? 'reviewsArea.template.editTitle' : 'reviewsArea.template.newTitle')}
    >
      {(props.usedBy ?? 0) > 0 && (
        <Alert color="blue" variant="light" data-testid="template-in-use">
          {t('reviewsArea.template.inUse', { count: props.usedBy })}
        </Alert>
      )}
      <SimpleGrid cols={2}>
        <TextInput
          label={t('reviewsArea.template.name')}
          withAsterisk
          data-autofocus
          {...record.field('name')}
        />
        <NotesInput
          label={t('reviewsArea.template.description')}
          minRows={1}
          {...record.field('description')}
        />
      </SimpleGrid>
      <SectionFields record={record} />
      <KpiFields record={record} />
      <CompetencyFields record={record} />
      <QuestionFields record={record} />
      <TextInput
        label={t('reviewsArea.template.formula')}
        description={t('reviewsArea.template.formulaHint')}
        placeholder={t('reviewsArea.template.formulaPlaceholder')}
        data-testid="template-formula"
        {...hintBelow}
        {...record.field('formula')}
      />
      <BandFields record={record} />
    </FormModal>
  );
}
