import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField, parseDay } from '../../renderer/ui/DateField';
import { renderScreen } from './support';

// A date is typed as YYYY-MM-DD in both languages, whatever the browser's locale (its own date input
// would show mm/dd/yyyy in a Chinese office on an English system); the calendar speaks the user's language.

function Field(props: { initial: string; seen: string[] }) {
  const [value, setValue] = useState(props.initial);
  return (
    <DateField
      label="入职日期"
      value={value}
      onChange={(day) => {
        props.seen.push(day);
        setValue(day);
      }}
    />
  );
}

describe('date field', () => {
  it('shows YYYY-MM-DD and Chinese month names in zh-CN, and takes a typed date', async () => {
    const seen: string[] = [];
    const user = await renderScreen(<Field initial="2026-11-28" seen={seen} />, { language: 'zh-CN' });
    const input = screen.getByLabelText('入职日期') as HTMLInputElement;
    expect(input.value).toBe('2026-11-28');
    expect(input.placeholder).toBe('YYYY-MM-DD');
    await user.click(input);
    expect(await screen.findByText(/十一月/)).toBeTruthy();
    await user.clear(input);
    await user.type(input, '2027-03-02');
    expect(seen.at(-1)).toBe('2027-03-02');
    await user.tab();
    expect(input.value).toBe('2027-03-02');
  });

  it('hands text that is not a date to the form as typed, so the form can say what is wrong', async () => {
    const seen: string[] = [];
    const user = await renderScreen(<Field initial="" seen={seen} />, { language: 'en' });
    const input = screen.getByLabelText('入职日期') as HTMLInputElement;
    await user.type(input, '2026-02-30');
    await user.tab();
    expect(seen.at(-1)).toBe('2026-02-30');
    expect(input.value).toBe('2026-02-30');
  });

  it('reads a day as it is typed: dashes, slashes or dots; no day that does not exist', () => {
    expect(parseDay('2026-12-01')).toBe('2026-12-01');
    expect(parseDay('2026/12/1')).toBe('2026-12-01');
    expect(parseDay(' 2026.1.5 ')).toBe('2026-01-05');
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('12/01/2026')).toBeNull();
    expect(parseDay('2026-12')).toBeNull();
  });
});
