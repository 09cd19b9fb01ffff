import { z } from 'zod';
import { type CriterionRating, type FeedbackQuestions, ratingSchema } from '../../../../shared/schema/review';

// An answer to a feedback request, as the form holds it: a rating 1–5 for each competency the request
// asks about ('' until chosen) and the words for each open question ('' when left blank). Every
// competency must be rated, once; the questions may be left blank.

export interface AnswerFormValues extends Record<string, unknown> {
  ratings: string[];
  answers: string[];
}

export interface Answer {
  ratings: CriterionRating[];
  answers: string[];
}

export const answerFormValues = (questions: FeedbackQuestions): AnswerFormValues => ({
  ratings: questions.competencies.map(() => ''),
  answers: questions.questions.map(() => ''),
});

/** The schema of an answer to these questions: each competency rated 1–5, each answer at most 4,000 characters. */
export const answerSchema = (questions: FeedbackQuestions) =>
  z
    .object({
      ratings: z.array(ratingSchema).length(questions.competencies.length),
      answers: z.array(z.string().max(4000)).length(questions.questions.length),
    })
    .transform(
      (answer): Answer => ({
        ratings: questions.competencies.map((c, i) => ({
          criterion: c.name,
          rating: answer.ratings[i] as number,
        })),
        answers: answer.answers.map((a) => a.trim()),
      }),
    );

/** The values as the schema reads them: a rating not chosen is no number (refused as required). */
export const answerInputOf = (values: AnswerFormValues) => ({
  ratings: values.ratings.map((r) => (r === '' ? Number.NaN : Number(r))),
  answers: values.answers,
});
