import { useMemo, useSyncExternalStore } from 'react';
import {
  type ColumnMapping,
  type ImportField,
  importFields,
  missingRequired,
} from '../../../../shared/import/columns';
import { guessDateOrder } from '../../../../shared/import/dates';
import type { TextEncoding } from '../../../../shared/import/decode';
import { type DiscountKind, guessDiscountKind } from '../../../../shared/import/discount-kind';
import { guessFileCurrency } from '../../../../shared/import/file-currency';
import type { SameCodeChoice } from '../../../../shared/import/plan';
import { type ReadOptions, type ReadResult, readImportFile } from '../../../../shared/import/read-file';
import type { RoundingMode } from '../../../../shared/import/rounding';
import type { Cell } from '../../../../shared/import/table';
import { guessTaxMode, type TaxMode } from '../../../../shared/import/tax-mode';
import { listKey, type Segment } from '../../../../shared/import/value-lists';
import { useSession, useSessionStore } from '../../../app/session-context';
import { useOfficeCurrency } from '../../../app/use-office-currency';
import { loadCustomersById } from '../../../db/lookup-queries';
import {
  applyOrderImport,
  type ImportBatch,
  ImportCancelledError,
  type ImportProgress,
  loadImportMapping,
  type OrderImportPlan,
  planOrderImport,
  type RevertResult,
  revertOrderImport,
} from '../../../db/order-import';
import type { DataSession } from '../../../db/session';
import { beginWork } from '../../../db/unfinished-work';
import { platform } from '../../../platform';

// The state of the import wizard: file → column mapping → dry run → import. Every step keeps what the
// user chose, so going back changes only what they change. The state is an object the session owns (one
// import at a time per window): a running import goes on, and its wizard comes back as it was, when the
// page that holds the button re-renders differently (e.g. the orders page leaves its empty state) or is
// left.

export type WizardStep = 0 | 1 | 2 | 3;

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export type ApplyState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress | null }
  | { kind: 'done'; batch: ImportBatch }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'reverted'; result: RevertResult }
  | { kind: 'revertFailed'; batch: ImportBatch; error: unknown };

/** The encodings a user can force after the file's own could not be recognised. */
export const forcedEncodings = ['utf-8', 'gb18030'] as const satisfies readonly TextEncoding[];
export type ForcedEncoding = (typeof forcedEncodings)[number];

/** How many values of a date column decide the date order (enough for any real export). */
const DATE_SAMPLES = 2000;

export type SameCodeChoices = { customers: SameCodeChoice; products: SameCodeChoice };

interface WizardData {
  opened: boolean;
  step: WizardStep;
  file: PickedFile | null;
  reading: boolean;
  table: ReadResult | null;
  problem: unknown;
  encoding: ForcedEncoding;
  mapping: ColumnMapping;
  remembered: boolean;
  dateChoice: 'dmy' | 'mdy' | null;
  /** How amounts with more decimals than the currency are rounded. */
  rounding: RoundingMode;
  /** The user's reading of the discount column's plain numbers; null: the guess from the column. */
  discountChoice: DiscountKind | null;
  /** The currency the user said the amounts are in; null: the guess from the file. */
  currencyChoice: string | null;
  /** Whether the user said the amounts include tax, exclude it or carry none; null: the guess. */
  taxModeChoice: TaxMode | null;
  plan: OrderImportPlan | null;
  customerNames: ReadonlyMap<string, string>;
  planning: boolean;
  planError: unknown;
  /** What new codes given with several names become; asked in the dry run. */
  sameCode: SameCodeChoices;
  /** Unknown segment values mapped by the user (value-lists.ts). */
  segmentMap: Record<string, Segment>;
  apply: ApplyState;
}

const initial: WizardData = {
  opened: false,
  step: 0,
  file: null,
  reading: false,
  table: null,
  problem: null,
  encoding: 'gb18030',
  mapping: {},
  remembered: false,
  dateChoice: null,
  rounding: 'half_away',
  discountChoice: null,
  currencyChoice: null,
  taxModeChoice: null,
  plan: null,
  customerNames: new Map(),
  planning: false,
  planError: null,
  sameCode: { customers: 'first', products: 'first' },
  segmentMap: {},
  apply: { kind: 'idle' },
};

/** The wizard's state and the one import that may be running, with their listeners. */
function createWizardStore() {
  let data: WizardData = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => data,
    set(patch: Partial<WizardData> | ((current: WizardData) => Partial<WizardData>)) {
      data = { ...data, ...(typeof patch === 'function' ? patch(data) : patch) };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Cancels the import being written, if one is. */
    abort: null as AbortController | null,
  };
}

type WizardStore = ReturnType<typeof createWizardStore>;

const useWizardStore = () => useSessionStore('orders.importWizard', createWizardStore);

/** Whether the wizard is open, and opening or closing it; closing forgets the file (not while writing). */
export function useImportWizardOpen() {
  const store = useWizardStore();
  const opened = useSyncExternalStore(store.subscribe, () => store.get().opened);
  const setOpened = (open: boolean) => {
    if (open) store.set({ opened: true });
    else if (store.get().apply.kind !== 'running') store.set({ ...initial });
  };
  return [opened, setOpened] as const;
}

async function read(store: WizardStore, session: DataSession, picked: PickedFile, options: ReadOptions) {
  const { set } = store;
  set({ reading: true, problem: null, table: null, plan: null });
  try {
    const result = await readImportFile(picked.name, picked.bytes, options);
    const loaded = await loadImportMapping(session.db, result.headers);
    set({
      table: result,
      mapping: loaded.mapping,
      remembered: loaded.remembered,
      dateChoice: null,
      discountChoice: null,
      currencyChoice: null,
      taxModeChoice: null,
      sameCode: initial.sameCode,
      segmentMap: initial.segmentMap,
    });
  } catch (error) {
    set({ problem: error });
  } finally {
    set({ reading: false });
  }
}

export function useImportWizard() {
  const session = useSession();
  const store = useWizardStore();
  const { set } = store;
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { table, mapping, file, plan, dateChoice } = state;

  const dateGuess = useMemo(() => {
    if (!table) return 'ymd' as const;
    const samples: Cell[] = [];
    for (const field of ['orderDate', 'requestedDate'] as const) {
      const index = mapping[field];
      if (index === undefined) continue;
      for (const row of table.rows.slice(0, DATE_SAMPLES)) samples.push(row.cells[index] ?? '');
    }
    return guessDateOrder(samples);
  }, [table, mapping]);
  const dateOrder = dateGuess === 'ambiguous' ? dateChoice : dateGuess;
  const discountGuess = useMemo(() => {
    const index = mapping.discount;
    if (!table || index === undefined) return null;
    return guessDiscountKind(
      table.headers[index] ?? '',
      table.rows.map((row) => row.cells[index] ?? ''),
    );
  }, [table, mapping]);
  const discountKind =
    discountGuess === null
      ? null
      : (state.discountChoice ?? (discountGuess === 'ambiguous' ? null : discountGuess));
  const office = useOfficeCurrency()?.code ?? null;
  const currencyGuess = useMemo(() => {
    if (!table || office === null) return null;
    const column = (index: number | undefined) =>
      index === undefined ? [] : table.rows.map((row) => row.cells[index] ?? '');
    return guessFileCurrency(
      {
        currency: column(mapping.currency),
        amounts: [...column(mapping.amount), ...column(mapping.unitPrice)],
      },
      office,
    );
  }, [table, mapping, office]);
  const fileCurrency = state.currencyChoice ?? currencyGuess;
  const taxGuess =
    fileCurrency === null || office === null
      ? null
      : guessTaxMode({
          amountHeaders: [mapping.amount, mapping.unitPrice].flatMap((i) =>
            i === undefined || !table ? [] : [table.headers[i] ?? ''],
          ),
          hasTaxColumn: mapping.taxRate !== undefined,
          fileCurrency,
          officeCurrency: office,
        });
  const taxMode = state.taxModeChoice ?? taxGuess;
  const missing = missingRequired(mapping);

  const runDryRun = async () => {
    if (!table || dateOrder === null) return;
    set({ planning: true, planError: null });
    try {
      const result = await planOrderImport(session, {
        headers: table.headers,
        rows: table.rows,
        mapping,
        dateOrder,
        rounding: store.get().rounding,
        ...(discountKind ? { discountKind } : {}),
        ...(fileCurrency ? { currency: fileCurrency } : {}),
        ...(taxMode ? { taxMode } : {}),
        sameCode: store.get().sameCode,
        segmentMap: store.get().segmentMap,
      });
      const existingIds = [
        ...new Set(
          result.orders.flatMap((o) => (o.customerRef.kind === 'existing' ? [o.customerRef.id] : [])),
        ),
      ];
      const existing = await loadCustomersById(session.db, existingIds);
      const names = new Map<string, string>();
      for (const c of existing.values()) names.set(c.id, c.name);
      for (const c of result.newCustomers) names.set(c.tempId, c.name);
      set({ customerNames: names, plan: result, apply: { kind: 'idle' }, step: 2 });
    } catch (error) {
      set({ planError: error });
    } finally {
      set({ planning: false });
    }
  };

  return {
    ...state,
    setStep: (step: WizardStep) => set({ step }),
    setEncoding: (encoding: ForcedEncoding) => set({ encoding }),
    setDateChoice: (choice: 'dmy' | 'mdy') => set({ dateChoice: choice }),
    setRounding: (rounding: RoundingMode) => set({ rounding }),
    setDiscountChoice: (discountChoice: DiscountKind) => set({ discountChoice }),
    setCurrencyChoice: (currencyChoice: string) => set({ currencyChoice }),
    setTaxModeChoice: (taxModeChoice: TaxMode) => set({ taxModeChoice }),
    /** The office's currency (null while loading), the file's as guessed or chosen, and the tax reading. */
    officeCurrency: office,
    fileCurrency,
    taxMode,
    /** Null without a discount column; 'ambiguous' when the user must say what its numbers are. */
    discountGuess,
    discountKind,
    dateAmbiguous: dateGuess === 'ambiguous',
    missing,
    canPlan:
      table !== null &&
      missing.length === 0 &&
      dateOrder !== null &&
      fileCurrency !== null &&
      taxMode !== null &&
      (discountGuess === null || discountKind !== null),

    async pickFile(filterName: string) {
      const picked = await platform.openFile({
        filters: [{ name: filterName, extensions: ['csv', 'xlsx'] }],
      });
      if (!picked) return;
      set({ file: picked });
      await read(store, session, picked, {});
    },
    retryWithEncoding: () =>
      file ? read(store, session, file, { encoding: store.get().encoding }) : Promise.resolve(),
    chooseSheet: (sheet: string) => (file ? read(store, session, file, { sheet }) : Promise.resolve()),

    /** Map a field to a column (or to none); a column is used by one field only. */
    setField(field: ImportField, index: number | undefined) {
      set((current) => {
        const next: ColumnMapping = {};
        for (const f of importFields) {
          const value = current.mapping[f];
          if (f !== field && value !== undefined && value !== index) next[f] = value;
        }
        if (index !== undefined) next[field] = index;
        return { mapping: next };
      });
    },

    runDryRun,

    /** Map an unknown segment value to a segment, or back to unmapped (null). */
    setSegmentValue(value: string, segment: Segment | null) {
      set((current) => {
        const next = { ...current.segmentMap };
        if (segment === null) delete next[listKey(value)];
        else next[listKey(value)] = segment;
        return { segmentMap: next };
      });
    },

    /** Choose what one kind's same-code records become, and plan again with it. */
    async chooseSameCode(kind: keyof SameCodeChoices, choice: SameCodeChoice) {
      set((current) => ({ sameCode: { ...current.sameCode, [kind]: choice } }));
      await runDryRun();
    },

    async startImport(note: string) {
      if (!plan || !file || store.get().apply.kind === 'running') return;
      const controller = new AbortController();
      store.abort = controller;
      set({ step: 3, apply: { kind: 'running', progress: null } });
      // Marked before the write: if the app is closed meanwhile, the next start says this file did not go in.
      const work = await beginWork('orderImport', file.name, { db: session.db });
      try {
        const batch = await applyOrderImport(session, plan, {
          fileName: file.name,
          note,
          signal: controller.signal,
          onProgress: (progress) => set({ apply: { kind: 'running', progress } }),
        });
        set({ apply: { kind: 'done', batch } });
      } catch (error) {
        set({
          apply: error instanceof ImportCancelledError ? { kind: 'cancelled' } : { kind: 'failed', error },
        });
      } finally {
        void work.end();
        store.abort = null;
      }
    },
    cancelImport: () => store.abort?.abort(),

    async revertImport(batch: ImportBatch) {
      try {
        set({ apply: { kind: 'reverted', result: await revertOrderImport(session, batch.id) } });
      } catch (error) {
        set({ apply: { kind: 'revertFailed', batch, error } });
      }
    },

    /** Back to step 1 with no file, the wizard still open. */
    reset: () => set({ ...initial, opened: true }),
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
