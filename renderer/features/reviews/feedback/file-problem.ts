import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/error-message';
import { PackageError } from '../../../../shared/package';
import { Refusal } from '../../../../shared/refusal';
import { refusalMessage } from '../../../ui/refusal-text';

// Why a feedback file was refused, in the user's language: a refusal by its code (another office's,
// a duplicate, expired, another cycle's); a file that does not open with its request's secret, or whose
// content fails its checks, was altered or forged; anything else is not a feedback file of this kind.

/** Package problems that mean the file was changed after it was written, or made without the secret. */
const alteredCodes = new Set(['wrong_passphrase', 'tampered', 'checksum', 'counts', 'passphrase_required']);

export function useFeedbackFileProblem(kind: 'request' | 'response' = 'response') {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof Refusal) return refusalMessage(t, error);
      if (error instanceof PackageError) {
        if (error.code === 'created_in_future' || error.code === 'revs_in_future')
          return t('reviewsArea.files.future');
        if (kind === 'response' && alteredCodes.has(error.code))
          return refusalMessage(t, { code: 'feedback.altered' });
        return t(kind === 'response' ? 'reviewsArea.import.unreadable' : 'reviewsArea.answer.unreadable', {
          code: error.code,
        });
      }
      return errorMessage(error);
    },
    [t, kind],
  );
}
