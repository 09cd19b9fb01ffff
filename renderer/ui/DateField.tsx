import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { FocusEvent } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

// A calendar date typed or picked the same way in every language: YYYY-MM-DD, with the calendar's month
// and day names in the user's language. The browser's own date input follows the browser's locale
// (mm/dd/yyyy in a Chinese office on an English Windows), so it is not used.

const FORMAT = 'YYYY-MM-DD';

/** A typed date (2026-12-01, 2026-12-1, 2026/12/1, 2026.12.1) as YYYY-MM-DD; null if it is not a real day. */
export function parseDay(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  // A day that does not exist (2026-02-30) rolls over in dayjs: it is not the day typed.
  return dayjs(iso).format(FORMAT) === iso ? iso : null;
}

export interface DateFieldProps
  extends Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'locale'> {
  /** YYYY-MM-DD, or '' for none; text that is not a date (from a failed entry) is kept out of the calendar. */
  value?: string | null;
  /** The day as YYYY-MM-DD; '' when emptied; the typed text when it is not a date (for the form to refuse). */
  onChange: (value: string) => void;
}

export function DateField({ value, onChange, onBlur, placeholder, ...rest }: DateFieldProps) {
  const { i18n } = useTranslation();
  // What the calendar shows: the last real day, so a mistyped text stays in the box to be corrected.
  const shown = useRef<string | null>(null);
  if (!value) shown.current = null;
  else if (parseDay(value)) shown.current = value;
  return (
    <DateInput
      {...rest}
      value={shown.current}
      valueFormat={FORMAT}
      dateParser={parseDay}
      locale={i18n.language === 'zh-CN' ? 'zh-cn' : 'en'}
      placeholder={placeholder ?? FORMAT}
      // Emptying the box empties the value (a required date then says so), in every field.
      allowDeselect
      fixOnBlur={false}
      onChange={(day) => onChange(day ?? '')}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        // Text that is not a date goes to the form as typed, so its field says what is wrong.
        const text = event.currentTarget.value.trim();
        if (text !== '' && parseDay(text) === null) onChange(text);
        onBlur?.(event);
      }}
    />
  );
}
