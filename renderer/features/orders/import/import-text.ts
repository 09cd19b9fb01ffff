import type { TFunction } from 'i18next';
import { errorMessage } from '../../../../shared/error-message';
import type { ImportField } from '../../../../shared/import/columns';
import { isImportError } from '../../../../shared/import/errors';
import { ImportConflictError, type ImportRejection, ImportRevertError } from '../../../db/order-import';
import { formatNumber } from '../../../i18n/format';

// Turns import errors and reason codes into the user's language. Every code has a translation in
// locales/*.json (ordersImport.errors / reasons / warnings), checked by the unit tests.

/** 0 → A, 25 → Z, 26 → AA: the column letter Excel shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const fieldLabel = (t: TFunction, field: ImportField) => t(`ordersImport.fields.${field}`);

export const reasonText = (t: TFunction, reason: ImportRejection['reason']) =>
  t(`ordersImport.reasons.${reason}`);

/** One rejection as text: "Quantity: not a number". */
export const rejectionText = (t: TFunction, rejection: ImportRejection) =>
  `${rejection.column || fieldLabel(t, rejection.field)}: ${reasonText(t, rejection.reason)}`;

const megabytes = (bytes: unknown) => formatNumber(Math.ceil((Number(bytes) / 1024 / 1024) * 10) / 10);

/** True when choosing another text encoding may help. */
export const needsEncoding = (error: unknown) =>
  isImportError(error, 'unknown_encoding') || isImportError(error, 'encoding_mismatch');

/** A file, mapping or import error in the user's language. */
export function problemText(t: TFunction, error: unknown): string {
  if (isImportError(error)) {
    const d = error.details;
    switch (error.code) {
      case 'unknown_encoding':
        return d.mixed ? t('ordersImport.errors.mixedEncoding') : t('ordersImport.errors.unknown_encoding');
      case 'encoding_mismatch':
        return t('ordersImport.errors.encoding_mismatch', {
          encoding: t(`ordersImport.encodings.${String(d.encoding)}`),
        });
      case 'empty':
        return d.headerOnly ? t('ordersImport.errors.headerOnly') : t('ordersImport.errors.empty');
      case 'too_large':
        return t(d.unpacked ? 'ordersImport.errors.tooLargeUnpacked' : 'ordersImport.errors.too_large', {
          size: megabytes(d.size),
          limit: megabytes(d.limit),
        });
      case 'too_many_rows':
        return t('ordersImport.errors.too_many_rows', { limit: formatNumber(Number(d.limit)) });
      case 'mapping_incomplete':
        return t('ordersImport.errors.mapping_incomplete', {
          fields: ((d.fields as ImportField[]) ?? []).map((f) => fieldLabel(t, f)).join(', '),
        });
      case 'csv_unclosed_quote':
        return t('ordersImport.errors.csv_unclosed_quote', { row: d.row });
      case 'unsupported_file':
        return t('ordersImport.errors.unsupported_file', { name: d.name });
      case 'sheet_not_found':
        return t('ordersImport.errors.sheet_not_found', { sheet: d.sheet });
      default:
        return t(`ordersImport.errors.${error.code}`);
    }
  }
  if (error instanceof ImportConflictError) return t('ordersImport.errors.conflict', { key: error.key });
  return t('ordersImport.errors.unexpected', {
    message: errorMessage(error),
  });
}

/** Why a revert was refused, in the user's language. */
export function revertErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ImportRevertError) {
    if (error.code === 'changed_since_import') {
      const shown = error.orders.slice(0, 20).join(', ');
      return t('ordersImport.past.changed', {
        numbers: error.orders.length > 20 ? `${shown} …` : shown,
      });
    }
    return error.code === 'not_found'
      ? t('ordersImport.past.notFound')
      : t('ordersImport.past.alreadyReverted');
  }
  return problemText(t, error);
}
