import { i18next } from '../i18n';
import { notifyFailed } from '../ui/notify';

const isQuotaError = (error: unknown): boolean => {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
};

/**
 * A write that fails because the disk is full rejects inside whatever screen made it; say so plainly
 * once, wherever it happened. IndexedDB aborts the whole transaction, so nothing was half saved.
 */
export function watchStorageErrors(target: Window = window): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!isQuotaError(event.reason)) return;
    event.preventDefault();
    notifyFailed(`${i18next.t('dbError.quota')} ${i18next.t('dbError.dataSafe')}`, {
      id: 'storage-quota',
      title: i18next.t('dbError.title'),
      sticky: true,
    });
  };
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}
