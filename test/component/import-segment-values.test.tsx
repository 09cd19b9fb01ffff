import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SegmentValues } from '../../renderer/features/orders/import/SegmentValues';
import type { ImportWizardState } from '../../renderer/features/orders/import/use-import-wizard';
import { inside, renderScreen } from './support';

// The mapping step lists the segment values the app does not know, with their counts, to map or skip.

function wizardWith(calls: string[]): ImportWizardState {
  const cells = [
    ['CA-1', 'Consumer'],
    ['CA-2', 'Corporate'],
    ['CA-3', 'consumer'],
    ['CA-4', 'Home Office'],
    ['CA-5', '重点客户'],
  ];
  const wizard = {
    table: { headers: ['Order ID', 'Segment'], rows: cells.map((row, i) => ({ row: i + 2, cells: row })) },
    mapping: { orderNumber: 0, segment: 1 },
    segmentMap: { corporate: 'key' },
    setSegmentValue: (value: string, segment: string | null) => calls.push(`${value}→${segment}`),
    setField: (field: string, index: number | undefined) => calls.push(`${field}:${index}`),
  };
  return wizard as unknown as ImportWizardState;
}

describe('segment values in the mapping step', () => {
  it('shows each unknown value with its count and its mapping, and maps or skips (en)', async () => {
    const calls: string[] = [];
    const user = await renderScreen(<SegmentValues wizard={wizardWith(calls)} />, { language: 'en' });
    const panel = inside('segment-values');
    expect(panel.getByText(/3 values this app does not know/)).toBeTruthy();
    expect(panel.getByText('Consumer')).toBeTruthy();
    expect(panel.queryByText('重点客户')).toBeNull(); // read by itself
    const corporate = panel.getAllByLabelText('Segment for “Corporate”')[0] as HTMLInputElement;
    expect(corporate.value).not.toBe('');
    expect((panel.getAllByLabelText('Segment for “Consumer”')[0] as HTMLInputElement).value).toBe('');
    await user.click(panel.getByTestId('segment-values-skip'));
    expect(calls).toEqual(['segment:undefined']);
  });

  it('speaks Chinese', async () => {
    await renderScreen(<SegmentValues wizard={wizardWith([])} />, { language: 'zh-CN' });
    expect(screen.getByText(/3 个本应用不认识的值/)).toBeTruthy();
    expect(screen.getByText('跳过客户类型列')).toBeTruthy();
  });
});
