import type { FormErrors, UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { type Problem, type Problems, saveProblem, takenProblem } from './field-problems';

// The save path both catalogue forms share: check the fields, refuse a code/SKU another record holds,
// write through the repository, and put any refusal on the field it names.

export const translateProblems = (t: TFunction, problems: Problems<string>) =>
  Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [field, t(problem?.key ?? '', problem?.params ?? {})]),
  );

export function useCatalogSubmit<V extends object, I, R extends { name: string }>(options: {
  t: TFunction;
  form: UseFormReturnType<V, V, (values: V) => FormErrors>;
  fields: readonly (keyof V & string)[];
  codeField: keyof V & string;
  check: (values: V) => { input: I | null };
  codeOf: (input: I) => string;
  findByCode: (
    code: string,
  ) => Promise<{ id: string; name: string; code: string; deleted: boolean } | undefined>;
  ownId: string | undefined;
  write: (input: I) => Promise<R>;
  onSaved: (record: R) => void;
}) {
  const { t, form } = options;
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const say = (problem: Problem) => t(problem.key, problem.params ?? {});

  const submit = form.onSubmit(async (values) => {
    const { input } = options.check(values);
    if (!input || busy.current) return;
    busy.current = true;
    setError(null);
    try {
      const clash = await options.findByCode(options.codeOf(input));
      if (clash && clash.id !== options.ownId) {
        const kind = options.codeField === 'sku' ? 'sku' : 'code';
        form.setFieldError(options.codeField, say(takenProblem(kind, clash)));
        return;
      }
      const saved = await options.write(input);
      options.onSaved(saved);
    } catch (failure) {
      const { field, problem } = saveProblem(failure, options.fields);
      if (field) form.setFieldError(field, say(problem));
      else setError(say(problem));
    } finally {
      busy.current = false;
    }
  });
  return { submit, error };
}
