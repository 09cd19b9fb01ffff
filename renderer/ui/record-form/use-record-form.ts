import {
  type GetInputPropsOptions,
  type GetInputPropsReturnType,
  type UseFormReturnType,
  useForm,
} from '@mantine/form';
import { type FormEvent, type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage } from '../../../shared/error-message';
import { Refusal } from '../../../shared/refusal';
import { refusalMessage } from '../refusal-text';
import { FORM_ERROR, fieldFor, issuesToErrors } from './field-paths';

// Editing a record, one way for every form: the entity's zod schema is the only source of the field rules
// (a rule changed there changes the form), its refusals are said in the user's language on the field they
// name, a second Enter while saving does nothing, the first wrong field takes the focus, and closing with
// unsaved changes asks first (FormModal).

export interface RecordFormOptions<V, I, R> {
  /** The values the form opens with (text for amounts, as the fields hold them). */
  initial: V;
  /** The values as the schema reads them, where they differ from what the fields hold. */
  fromValues?: (values: V) => unknown;
  /**
   * Saves what the schema made of the values; a Refusal it throws is shown on the field it names.
   * Undefined: not saved now, another step takes over (e.g. a dialog that asks first).
   */
  write: (input: I) => Promise<R | undefined>;
  /** After a save: typically notifySaved(…) and close. */
  onSaved?: (saved: R) => void;
}

export interface RecordFormHandle<V> {
  form: UseFormReturnType<V>;
  /** An input's props for a path of the values (value, onChange, error), marking it as shown. */
  field(path: string, options?: GetInputPropsOptions): GetInputPropsReturnType;
  /** The message for a path shown by no input of its own (e.g. "add a line" under a list), marking it shown. */
  errorOf(path: string): string | null;
  /** Check, then save: for the form's onSubmit and for shortcuts. */
  submit(event?: FormEvent<HTMLFormElement>): void;
  busy: boolean;
  /** A refusal or failure that belongs to no field shown, in the user's language. */
  error: string | null;
  isDirty(): boolean;
  formRef: RefObject<HTMLFormElement | null>;
}

export function useRecordForm<V extends Record<string, unknown>, I, R>(
  schema: z.ZodType<I>,
  options: RecordFormOptions<V, I, R>,
): RecordFormHandle<V> {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // Every path an input was bound to: a refusal lands on the longest of them its path starts with.
  const bound = useRef(new Set<string>()).current;
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fromValues = options.fromValues ?? ((values: V) => values);
  const say = useCallback((refusal: Parameters<typeof refusalMessage>[1]) => refusalMessage(t, refusal), [t]);

  // What "unchanged" means: the values as opened, or as last saved. Compared whole, so a line added to a
  // list and removed again is no change, and a line added is one (the form library's own flag is per path).
  const clean = useRef(JSON.stringify(options.initial));

  const form = useForm<V>({
    initialValues: options.initial,
    validate: (values) => {
      const result = schema.safeParse(fromValues(values));
      return result.success ? {} : issuesToErrors(result.error.issues, bound, say);
    },
  });

  const focus = (path: string) => {
    for (const node of formRef.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [])
      if (node.dataset.path === path) return node.focus();
  };
  const focusFirstError = (errors: Record<string, unknown>) => {
    const first = [...(formRef.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [])].find(
      (node) => node.dataset.path && errors[node.dataset.path],
    );
    first?.focus();
  };

  const save = async (values: V) => {
    if (saving.current) return; // a second Enter while the first save is on its way
    saving.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const saved = await options.write(schema.parse(fromValues(values)));
      if (saved === undefined) return;
      clean.current = JSON.stringify(values);
      form.resetDirty(values);
      options.onSaved?.(saved);
    } catch (error) {
      if (!(error instanceof Refusal)) {
        setFailure(t('recordForm.saveFailed', { message: errorMessage(error) }));
        return;
      }
      const path = fieldFor(error.field.split('.'), bound);
      if (path === null) return setFailure(say(error));
      form.setFieldError(path, say(error));
      focus(path);
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  const handler = form.onSubmit(save, focusFirstError);
  return {
    form,
    field(path, inputOptions) {
      bound.add(path);
      return form.getInputProps(path, inputOptions);
    },
    errorOf(path) {
      bound.add(path);
      const message = form.errors[path];
      return typeof message === 'string' ? message : null;
    },
    submit: (event) => {
      event?.preventDefault();
      if (saving.current) return;
      handler(event);
    },
    busy,
    error: failure ?? (form.errors[FORM_ERROR] as string | undefined) ?? null,
    isDirty: () => JSON.stringify(form.getValues()) !== clean.current,
    formRef,
  };
}
