import { createContext, type ReactNode, useContext, useState } from 'react';
import type { DateRange } from '../../../../shared/rules/coverage';
import { addDays, localIsoDate } from '../../../../shared/rules/local-date';

/** Absences are checked for the next two weeks unless the manager picks other dates. */
const DEFAULT_DAYS = 14;

/** Today and the 13 days after it: the dates the matrix checks until the manager picks others. */
export function defaultCheckRange(now = new Date()): DateRange {
  const today = localIsoDate(now);
  return { from: today, to: addDays(today, DEFAULT_DAYS - 1) };
}

// The dates the checks look at, shared by the matrix, its print and its workbook, so what is printed or
// exported says what the screen says.
const CheckRange = createContext<[DateRange, (range: DateRange) => void] | null>(null);

export function CheckRangeProvider({ children }: { children: ReactNode }) {
  const state = useState<DateRange>(defaultCheckRange);
  return <CheckRange.Provider value={state}>{children}</CheckRange.Provider>;
}

/** The chosen dates (the default outside a provider) and how to change them. */
export function useCheckRange(): [DateRange, (range: DateRange) => void] {
  const shared = useContext(CheckRange);
  const [own, setOwn] = useState<DateRange>(defaultCheckRange);
  return shared ?? [own, setOwn];
}

/** The range to check with: none while it ends before it starts (the panel says so). */
export const usableRange = (range: DateRange): DateRange | undefined =>
  range.to < range.from ? undefined : range;
