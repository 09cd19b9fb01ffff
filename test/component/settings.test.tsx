import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadIdentity } from '../../renderer/db/identity';
import { loadOfficeSettings } from '../../renderer/db/office-settings';
import { MachineSection } from '../../renderer/features/settings/MachineSection';
import { SlaSection } from '../../renderer/features/settings/SlaSection';
import { freshSession } from '../unit/db/fixtures';
import { holdCalls, messageOf, renderScreen } from './support';

// The Settings sections that edit values: this machine's name and prefix, and the working time and SLA
// targets, checked by their schemas and saved through the record form.

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('this machine', () => {
  it('says in Chinese what is wrong, then saves the new name and prefix once', async () => {
    const session = await freshSession();
    const user = await renderScreen(<MachineSection />, { session, language: 'zh-CN' });
    const machine = section('本机');
    const name = machine.getByLabelText('本机名称');
    const prefix = machine.getByLabelText('订单号前缀');
    await user.clear(name);
    await user.clear(prefix);
    await user.type(prefix, 'B-2');
    await user.click(machine.getByRole('button', { name: '保存' }));
    expect(messageOf(name)).toBe('必填');
    expect(messageOf(prefix)).toBe('1–6 个字母或数字，例如 A1');
    expect(await loadIdentity(session.db)).toMatchObject({ machineName: 'Test PC', orderPrefix: 'T' });

    await user.type(name, '财务室电脑');
    await user.clear(prefix);
    await user.type(prefix, 'b2');
    const held = holdCalls(session.db.meta, 'put');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Enter}{Control>}{Enter}{/Control}');
    expect(held.calls()).toBe(1);
    held.release();
    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(await loadIdentity(session.db)).toMatchObject({ machineName: '财务室电脑', orderPrefix: 'B2' });
    // The whole window's identity follows: new orders take the new prefix.
    expect(session.identity.orderPrefix).toBe('B2');
    expect((prefix as HTMLInputElement).value).toBe('B2');
  });
});

describe('working time and SLA', () => {
  it('puts each refusal of the calendar and the targets on its field, in both languages', async () => {
    for (const [language, texts] of [
      [
        'en',
        {
          title: 'Office currency, working time and SLA',
          dayEnd: 'Day ends',
          urgent: 'Submitted → validated Urgent',
          save: 'Save office settings',
          end: 'Must be after the start of the day',
          longer: 'Cannot be longer than the normal target',
          required: 'Required',
        },
      ],
      [
        'zh-CN',
        {
          title: '办公室币种、工作时间与时效',
          dayEnd: '下班时间',
          urgent: '已提交 → 已审核 加急',
          save: '保存办公室设置',
          end: '必须晚于上班时间',
          longer: '不能长于普通订单的时限',
          required: '必填',
        },
      ],
    ] as const) {
      const session = await freshSession();
      const user = await renderScreen(<SlaSection />, { session, language });
      await screen.findByRole('button', { name: texts.save });
      const form = section(texts.title);
      const dayEnd = form.getByLabelText(texts.dayEnd);
      const urgent = form.getByLabelText(texts.urgent);
      await user.clear(dayEnd);
      await user.type(dayEnd, '08:30');
      await user.clear(urgent);
      await user.type(urgent, '40');
      await user.click(form.getByRole('button', { name: texts.save }));
      expect(messageOf(dayEnd)).toBe(texts.end);
      expect(messageOf(urgent)).toBe(texts.longer);
      await user.clear(urgent);
      await user.click(form.getByRole('button', { name: texts.save }));
      expect(messageOf(urgent)).toBe(texts.required);
      expect((await loadOfficeSettings(session.db)).calendar.dayEnd).toBe('18:00');
      cleanup();
    }
  });

  it('saves hours as whole minutes, no lunch when both times are empty, and a holiday', async () => {
    const session = await freshSession();
    const user = await renderScreen(<SlaSection />, { session });
    const save = await screen.findByRole('button', { name: 'Save office settings' });
    const form = section('Office currency, working time and SLA');
    await user.clear(form.getByLabelText('Lunch from'));
    await user.clear(form.getByLabelText('Lunch until'));
    const urgent = form.getByLabelText('Submitted → validated Urgent');
    await user.clear(urgent);
    await user.type(urgent, '1.5');
    await user.type(
      form.getByLabelText('Holidays (YYYY-MM-DD)', { selector: 'input:not([type="hidden"])' }),
      '2027-01-01{Enter}',
    );
    await user.click(form.getByText('Sat'));
    const held = holdCalls(session.db.meta, 'put');
    await user.click(save);
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(held.calls()).toBe(1);
    held.release();
    expect(await screen.findByText('Office settings saved.')).toBeTruthy();
    const saved = await loadOfficeSettings(session.db);
    expect(saved.calendar).toMatchObject({
      lunch: null,
      holidays: ['2027-01-01'],
      workingDays: [1, 2, 3, 4, 5, 6],
    });
    expect(saved.slaTargets.validation.urgent).toBe(90);
  });

  it('sets the office currency by typing its name, and keeps it', async () => {
    const session = await freshSession();
    const user = await renderScreen(<SlaSection />, { session });
    const save = await screen.findByRole('button', { name: 'Save office settings' });
    const currency = section('Office currency, working time and SLA').getByLabelText('Office currency', {
      selector: 'input:not([type="hidden"])',
    });
    expect(currency).toHaveProperty('value', 'CNY · Chinese Yuan');
    await user.click(currency);
    await user.keyboard('{Control>}a{/Control}Hong Kong');
    await user.click(await screen.findByRole('option', { name: 'HKD · Hong Kong Dollar' }));
    await user.click(save);
    expect(await screen.findByText('Office settings saved.')).toBeTruthy();
    expect((await loadOfficeSettings(session.db)).currency).toBe('HKD');
  });
});
