import { describe, expect, it } from 'vitest';
import { saveCareRecord, saveTeamEvent } from '../../../renderer/db/care-commands';
import {
  arrangementsOn,
  eventsBetween,
  loadCareRecords,
  loadTeamEvents,
} from '../../../renderer/db/care-queries';
import {
  addSuggestedValues,
  moveCoreValue,
  saveCoreValue,
  saveRecognition,
} from '../../../renderer/db/culture-commands';
import {
  loadCoreValues,
  loadRecognitionRows,
  recognitionsInPeriod,
} from '../../../renderer/db/culture-queries';
import { freshSession, staffInput } from './fixtures';

async function office() {
  const session = await freshSession();
  const [ann, bob, cat] = await session.repos.staff.bulkCreate([
    staffInput('Ann'),
    staffInput('Bob'),
    staffInput('Cat', { status: 'left' }),
  ]);
  if (!ann || !bob || !cat) throw new Error('no staff');
  return { session, ann, bob, cat };
}

const suggested = [
  { name: '合作', description: '互相帮助' },
  { name: '创新', description: '' },
  { name: '责任', description: '' },
  { name: '诚信', description: '' },
];

describe('team events', () => {
  it('saves an event over several days with its participants once each', async () => {
    const { session, ann, bob } = await office();
    const saved = await saveTeamEvent(session, {
      kind: 'team_building',
      title: 'Hiking weekend',
      date: '2026-12-12',
      endDate: '2026-12-13',
      time: '08:00',
      participants: [ann.id, bob.id, ann.id],
    });
    expect(saved.participants).toEqual([ann.id, bob.id]);
    const events = await loadTeamEvents(session.db);
    expect(eventsBetween(events, '2026-12-13', '2026-12-31').map((e) => e.id)).toEqual([saved.id]);
    expect(eventsBetween(events, '2026-12-14', '2026-12-31')).toEqual([]);
  });

  it('refuses reversed dates, a bad time and a removed participant, saving nothing', async () => {
    const { session, ann } = await office();
    const base = { kind: 'team_dinner' as const, title: 'Dinner', date: '2026-12-12' };
    await expect(saveTeamEvent(session, { ...base, endDate: '2026-12-11' })).rejects.toMatchObject({
      code: 'date.endBeforeStart',
      field: 'endDate',
    });
    await expect(saveTeamEvent(session, { ...base, time: '25:00' })).rejects.toMatchObject({
      code: 'field.time',
    });
    await session.repos.staff.remove(ann.id);
    await expect(saveTeamEvent(session, { ...base, participants: [ann.id] })).rejects.toMatchObject({
      code: 'record.gone',
      field: 'participants',
    });
    expect(await session.db.teamEvents.count()).toBe(0);
  });
});

describe('care records', () => {
  it('keeps a welfare item with its amount, and an arrangement with its period', async () => {
    const { session, ann } = await office();
    const gift = await saveCareRecord(session, {
      staffId: ann.id,
      kind: 'festival_gift',
      date: '2026-09-20',
      amount: 30_000,
      until: '2026-12-01',
    });
    expect(gift).toMatchObject({ amount: 30_000, until: null });
    const remote = await saveCareRecord(session, {
      staffId: ann.id,
      kind: 'remote_work',
      date: '2026-11-01',
      until: '2026-12-31',
      amount: 500,
      text: 'Two days a week',
    });
    expect(remote).toMatchObject({ amount: null, until: '2026-12-31' });
    const records = await loadCareRecords(session.db, ann.id);
    expect(records.map((r) => r.kind)).toEqual(['remote_work', 'festival_gift']);
    expect(arrangementsOn(records, '2026-11-28').map((r) => r.id)).toEqual([remote.id]);
    expect(arrangementsOn(records, '2027-01-01')).toEqual([]);
  });

  it('refuses a welfare item without an amount, a negative one and reversed dates', async () => {
    const { session, ann } = await office();
    const base = { staffId: ann.id, date: '2026-11-01' };
    await expect(saveCareRecord(session, { ...base, kind: 'meal_allowance' })).rejects.toMatchObject({
      code: 'field.required',
      field: 'amount',
    });
    await expect(
      saveCareRecord(session, { ...base, kind: 'meal_allowance', amount: -1 }),
    ).rejects.toBeTruthy();
    await expect(
      saveCareRecord(session, { ...base, kind: 'flexible_hours', until: '2026-10-01' }),
    ).rejects.toMatchObject({ code: 'date.endBeforeStart', field: 'until' });
    expect(await session.db.careRecords.count()).toBe(0);
  });
});

describe('core values and recognitions', () => {
  it('adds the suggested values once, in order, and reorders them', async () => {
    const { session } = await office();
    expect(await addSuggestedValues(session, suggested)).toBe(4);
    expect(await addSuggestedValues(session, suggested)).toBe(0);
    const [first, second] = await loadCoreValues(session.db);
    expect([first?.name, second?.name]).toEqual(['合作', '创新']);
    await moveCoreValue(session, second?.id as string, -1);
    expect((await loadCoreValues(session.db)).map((v) => v.name)).toEqual(['创新', '合作', '责任', '诚信']);
    await expect(saveCoreValue(session, { name: ' 诚信 ' })).rejects.toMatchObject({
      code: 'culture.valueTaken',
      field: 'name',
    });
  });

  it('an inactive value goes last and cannot be given', async () => {
    const { session, ann } = await office();
    await addSuggestedValues(session, suggested);
    const [first] = await loadCoreValues(session.db);
    if (!first) throw new Error('no value');
    await saveCoreValue(session, { ...first, active: false }, first);
    const values = await loadCoreValues(session.db);
    expect(values.at(-1)).toMatchObject({ id: first.id, active: false });
    await expect(
      saveRecognition(session, { staffId: ann.id, valueId: first.id, date: '2026-11-01' }),
    ).rejects.toMatchObject({ code: 'culture.valueInactive' });
  });

  it('refuses a recognition given to oneself or by someone who left; counts them in a period', async () => {
    const { session, ann, bob, cat } = await office();
    await addSuggestedValues(session, suggested);
    const [cooperation, innovation] = await loadCoreValues(session.db);
    if (!cooperation || !innovation) throw new Error('no values');
    await expect(
      saveRecognition(session, {
        staffId: ann.id,
        valueId: cooperation.id,
        date: '2026-11-01',
        givenById: ann.id,
      }),
    ).rejects.toMatchObject({ code: 'staff.samePerson', field: 'givenById' });
    await expect(
      saveRecognition(session, {
        staffId: ann.id,
        valueId: cooperation.id,
        date: '2026-11-01',
        givenById: cat.id,
      }),
    ).rejects.toMatchObject({ code: 'staff.notActive' });
    await saveRecognition(session, {
      staffId: ann.id,
      valueId: cooperation.id,
      date: '2026-10-05',
      givenById: bob.id,
    });
    await saveRecognition(session, {
      staffId: ann.id,
      valueId: innovation.id,
      date: '2026-11-20',
      note: 'New filing',
    });
    await saveRecognition(session, { staffId: ann.id, valueId: innovation.id, date: '2027-01-02' });
    await saveRecognition(session, { staffId: bob.id, valueId: innovation.id, date: '2026-11-02' });
    expect(await recognitionsInPeriod(session.db, ann.id, '2026-10-01', '2026-12-31')).toEqual({
      count: 2,
      values: ['创新', '合作'].sort((a, b) => a.localeCompare(b)),
    });
    const rows = await loadRecognitionRows(session.db, ann.id);
    expect(rows.map((r) => [r.recognition.date, r.valueName, r.giverName])).toEqual([
      ['2027-01-02', '创新', null],
      ['2026-11-20', '创新', null],
      ['2026-10-05', '合作', 'Bob'],
    ]);
  });
});
