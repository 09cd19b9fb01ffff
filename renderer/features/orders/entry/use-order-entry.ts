import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSearch } from '../../../../shared/rules/catalog-index';
import { formatMoneyInput } from '../../../../shared/rules/money-input';
import type { Order } from '../../../../shared/schema/order';
import { useSession } from '../../../app/session-context';
import type { OfficeCurrency } from '../../../app/use-office-currency';
import { editOrder, findLikelyDuplicate, type OrderDraft, saveNewOrder } from '../../../db/order-commands';
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
  const [duplicate, setDuplicate] = useState<{ order: Order; draft: OrderDraft; submit: boolean } | null>(
    null,
  );

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
      const submit = !asDraft.current;
      if (order) {
        const saved = await editOrder(session, order.id, draft, editNote, order.rev);
        return { order: saved, submitted: false };
      }
      const similar = await findLikelyDuplicate(session, draft);
      if (similar) {
        setDuplicate({ order: similar, draft, submit });
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
    /** A product picked for a line: its list price goes in, and no reason for a different one is needed. */
    pickProduct(index: number, productId: string | null) {
      const picked = productId ? catalog.productById(productId) : undefined;
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
    cancelDuplicate: () => setDuplicate(null),
    async confirmDuplicate() {
      const pending = duplicate;
      setDuplicate(null);
      if (pending)
        finish({
          order: await saveNewOrder(session, pending.draft, pending.submit),
          submitted: pending.submit,
        });
    },
  };
}

export type OrderEntryState = ReturnType<typeof useOrderEntry>;
