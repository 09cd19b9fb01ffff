import { Select } from '@mantine/core';
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from './support';

// Picking from a searchable list by keyboard (type, ↓, Enter) is how order entry and every "choose a
// person" field are used. Opening the list schedules a timer in the select that re-reads which option is
// highlighted; on a busy machine the browser runs key presses before timers, so that timer used to run
// after the ↓ and forget it, and the Enter then picked nothing (an order line saved without its product).
// The fix is a patch to the select's keyboard store (patches/): a choice made by key cancels the re-read.

function Picker(props: { onChange: (value: string | null) => void }) {
  const [value, setValue] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  return (
    <Select
      label="Product"
      searchable
      allowDeselect={false}
      data={[
        { value: 'p2', label: 'Gel pens · P0002' },
        { value: 'p3', label: 'File folders · P0003' },
      ]}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next) => {
        setValue(next);
        props.onChange(next);
      }}
    />
  );
}

/** Let the browser run the timers it put off while keys were arriving. */
const runLateTimers = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('a searchable list picked by keyboard', () => {
  it('keeps the option chosen with ↓ when the list’s own timer runs after the key', async () => {
    const picked = vi.fn();
    await renderScreen(<Picker onChange={picked} />);
    const input = screen.getByRole('combobox');
    input.focus();
    // The keys arrive back to back, before any timer: typing opens the list, ↓ highlights the first match.
    fireEvent.change(input, { target: { value: 'P000' } });
    fireEvent.keyDown(input, { key: 'ArrowDown', code: 'ArrowDown' });
    await runLateTimers();
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(picked).toHaveBeenCalledWith('p2');
  });

  it('still picks after a pause, and ↓↓ picks the second match', async () => {
    const picked = vi.fn();
    await renderScreen(<Picker onChange={picked} />);
    const input = screen.getByRole('combobox');
    input.focus();
    fireEvent.change(input, { target: { value: 'P000' } });
    await runLateTimers();
    fireEvent.keyDown(input, { key: 'ArrowDown', code: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown', code: 'ArrowDown' });
    await runLateTimers();
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(picked).toHaveBeenCalledWith('p3');
  });
});
