import { PACKAGE_EXTENSION } from '../../../../shared/package/types';
import type { FeedbackRequest } from '../../../../shared/schema/review';
import { type AnswerWriter, responseFileName, writeResponseFile } from '../../../db/feedback-files';
import { platform } from '../../../platform';
import type { Answer } from '../feedback/answer-form';
import { collect } from '../feedback/file-bytes';

/**
 * Write the answer to a request as a response file (encrypted with the request's secret) and save it where
 * the reviewer chooses. The file's name when saved; undefined when the save dialog was cancelled, so the
 * form stays open with the answers.
 */
export async function saveResponseFile(
  from: AnswerWriter,
  request: FeedbackRequest,
  answer: Answer,
  filterName: string,
): Promise<string | undefined> {
  const bytes = await collect((sink) =>
    writeResponseFile(from, request, answer.ratings, answer.answers, sink),
  );
  const name = responseFileName(request);
  const result = await platform.saveFile({
    suggestedName: name,
    bytes,
    filters: [{ name: filterName, extensions: [PACKAGE_EXTENSION] }],
  });
  return result.saved ? name : undefined;
}
