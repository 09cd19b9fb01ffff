export { FormActions } from './FormActions';
export { FormError } from './FormError';
export { FormModal } from './FormModal';
export { hintBelow } from './hint-below';
export { NotesInput } from './NotesInput';
export { RecordForm } from './RecordForm';
export { type RecordFormHandle, type RecordFormOptions, useRecordForm } from './use-record-form';
