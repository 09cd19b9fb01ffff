import { PACKAGE_EXTENSION } from '../../../../shared/package/types';
import type { FeedbackRequest } from '../../../../shared/schema/review';
import { requestFileName, writeRequestFile } from '../../../db/feedback-files';
import type { DataSession } from '../../../db/session';
import { platform } from '../../../platform';
import type { SaveFileResult } from '../../../platform/types';
import { collect } from '../feedback/file-bytes';

/**
 * Save a request's file for its reviewer where the manager chooses (a download in a browser): the request
 * alone — whom it is about, who is asked, the questions, its secret and last day — nothing else of the office.
 */
export async function exportRequest(
  session: DataSession,
  request: FeedbackRequest,
  filterName: string,
): Promise<SaveFileResult> {
  const bytes = await collect((sink) => writeRequestFile(session, request.id, sink));
  return platform.saveFile({
    suggestedName: requestFileName(request),
    bytes,
    filters: [{ name: filterName, extensions: [PACKAGE_EXTENSION] }],
  });
}
