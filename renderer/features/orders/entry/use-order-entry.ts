import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../../shared/rules/catalog-index';
import { formatMoneyInput } from '../../../../shared/rules/money-input';
import type { Order } from '../../../../shared/schema/order';
import { useSession } from '../../../app/session-context';
import type { OfficeCurrency } from '../../../app/use-office-currency';
import { editOrder, findLikelyDuplicate, saveNewOrder } from '../../../db/order-commands';
import { notifySaved } from '../../../ui/notify';
import { useRecordForm } from '../../../ui/record-form';
import {
  type EntryValues,
  emptyLine,
  entryInputOf,
  entryTotals,
  entryValuesOf,
  newEntryValues,
  orderEntrySchema,
} from './order-entry-form';

// Order entry's state and what its keys and buttons do: the record form over the entry schema, lines
// added and removed, a product picked (its list price filled in), totals of the lines complete so far,
// and saving as a draft, submitting, or saving an edit — with the duplicate check before a new order.

interface Saved {
  order: Order;
  submitted: boolean;
}

export function useOrderEntry(props: {
  /** The order being edited, as it was when the editor opened; null for a new one. */
  order: Order | null;
  currency: OfficeCurrency;
  catalog: CatalogSearch;
  onSaved: (orderId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { order, catalog, currency } = props;
  const { digits } = currency;
  const schema = useMemo(() => orderEntrySchema(digits, catalog.productById), [digits, catalog]);
  // Ctrl/Cmd+S and "Save draft" save a draft; everything else submits (or saves an edit).
  const asDraft = useRef(false);
  const [duplicate, setDuplicate] = useState<{ order: Order; submit: boolean } | null>(null);
  // "Save anyway" after the duplicate question: the save it starts skips the check and keeps the choice
  // of draft or submit made before the question.
  const confirmed = useRef<{ submit: boolean } | null>(null);
  // Where the person was when the question came up: they go back there when they answer "no".
  const askedFrom = useRef<HTMLElement | null>(null);

  const finish = ({ order: saved, submitted }: Saved) => {
    if (!order)
      notifySaved(
        t(submitted ? 'ordersArea.entry.submitted' : 'ordersArea.entry.saved', { number: saved.number }),
      );
    props.onSaved(saved.id);
    props.onClose();
  };

  const entry = useRecordForm(schema, {
    initial: order ? entryValuesOf(order, digits) : newEntryValues(),
    fromValues: (values: EntryValues) => entryInputOf(values, digits, catalog.productById),
    write: async ({ editNote, ...draft }): Promise<Saved | undefined> => {
      const accepted = confirmed.current;
      const submit = accepted ? accepted.submit : !asDraft.current;
      if (order) {
        const saved = await editOrder(session, order.id, draft, editNote, order.rev);
        return { order: saved, submitted: false };
      }
      const similar = accepted ? undefined : await findLikelyDuplicate(session, draft);
      if (similar) {
        askedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setDuplicate({ order: similar, submit });
        return undefined; // the duplicate question decides
      }
      return { order: await saveNewOrder(session, draft, submit), submitted: submit };
    },
    onSaved: finish,
  });
  const { form } = entry;
  const values = form.getValues();

  // The new line's product field takes the focus in a layout effect, so a fast typist's keys right after
  // Enter land in it and are not lost.
  const productFields = useRef(new Map<string, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (focusKey) productFields.current.get(focusKey)?.focus();
  }, [focusKey]);

  const totals = useMemo(
    () => entryTotals({ lines: values.lines }, digits, catalog.productById),
    [values.lines, digits, catalog],
  );

  return {
    entry,
    values,
    totals,
    /** Where each line's product field is, to focus a new line. */
    productRef: (key: string) => (node: HTMLInputElement | null) => {
      if (node) productFields.current.set(key, node);
      else productFields.current.delete(key);
    },
    addLine() {
      const line = emptyLine();
      form.insertListItem('lines', line);
      setFocusKey(line.key);
    },
    removeLine(index: number) {
      if (values.lines.length > 1) form.removeListItem('lines', index);
      else form.setFieldValue('lines', [emptyLine()]);
    },
    /**
     * A product picked for a line: its list price goes in, no reason for a different one is needed, and
     * what was said about the line before is cleared (it was about another product).
     */
    pickProduct(index: number, productId: string | null) {
      const picked = productId ? catalog.productById(productId) : undefined;
      const line = `lines.${index}`;
      form.setErrors(
        Object.fromEntries(
          Object.entries(form.errors).filter(([path]) => path !== line && !path.startsWith(`${line}.`)),
        ),
      );
      form.setFieldValue(`lines.${index}`, {
        ...(values.lines[index] ?? emptyLine()),
        productId,
        unitPrice: picked ? formatMoneyInput(picked.unitPrice, digits) : '',
        priceOverrideReason: '',
      });
    },
    saveDraft() {
      // The save reads this as it starts, before submit() returns.
      asDraft.current = true;
      entry.submit();
      asDraft.current = false;
    },
    duplicate: duplicate?.order ?? null,
    cancelDuplicate() {
      setDuplicate(null);
      // After the question has closed, or its own focus handling would take the focus back.
      setTimeout(() => (askedFrom.current ?? entry.formRef.current)?.focus(), 0);
    },
    /** Saved anyway, through the form's own save: one at a time, and a refusal is shown like any other. */
    confirmDuplicate() {
      const pending = duplicate;
      setDuplicate(null);
      if (!pending) return;
      // The save reads this as it starts, before submit() returns.
      confirmed.current = { submit: pending.submit };
      entry.submit();
      confirmed.current = null;
    },
  };
}

export type OrderEntryState = ReturnType<typeof useOrderEntry>;
