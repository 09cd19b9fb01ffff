import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { owedOccurrences } from '../../../shared/rules/routines/schedule';
import { generateOffice, generateRoutines } from '../../../shared/sample';
import { absenceDetailFields, careRecordFields, teamEventFields } from '../../../shared/schema/care';
import { coreValueFields, recognitionFields } from '../../../shared/schema/culture';
import { actionItemFields, meetingFields, meetingScheduleFields } from '../../../shared/schema/meeting';
import { pdcaCycleFields } from '../../../shared/schema/pdca';
import { incidentFields, riskFields } from '../../../shared/schema/risk';
import { sopAckFields, sopFields, sopVersionFields } from '../../../shared/schema/sop';
import { asOf } from './generate';

// The sample office's routines: valid as saved, the same for the same seed, in the language asked for,
// and with something for every flag and dashboard slot to show.

const schemas = {
  meetingSchedules: meetingScheduleFields,
  meetings: meetingFields,
  actionItems: actionItemFields,
  risks: riskFields,
  incidents: incidentFields,
  pdcaCycles: pdcaCycleFields,
  sops: sopFields,
  sopVersions: sopVersionFields,
  sopAcks: sopAckFields,
  teamEvents: teamEventFields,
  coreValues: coreValueFields,
  recognitions: recognitionFields,
  careRecords: careRecordFields,
  absenceDetails: absenceDetailFields,
} as const satisfies Record<string, z.ZodType>;

const today = '2026-11-28';
const cjk = /[\u4e00-\u9fff]/;
const order = {
  id: '0e9f6d1c-5a3b-4c2d-9e8f-7a6b5c4d3e2f',
  customerId: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
  assigneeId: null,
};

describe.each(['zh-CN', 'en'] as const)('sample routines (%s)', (language) => {
  const office = generateOffice({ seed: 7, idKey: 'pc-1', language, asOf, customers: 5, products: 5 });
  const routines = generateRoutines(office, order);

  it('passes the schemas as they are, nothing left to default', () => {
    for (const [table, schema] of Object.entries(schemas)) {
      const samples = routines[table as keyof typeof schemas];
      expect(samples.length, table).toBeGreaterThan(0);
      for (const { input } of samples) {
        const parsed = schema.safeParse(input);
        expect(parsed.error?.issues ?? [], `${table} ${JSON.stringify(input)}`).toEqual([]);
        expect(parsed.data, table).toEqual(input);
      }
    }
  });

  it('is the same for the same seed and id key, under other ids for another key', () => {
    expect(generateRoutines(office, order)).toEqual(routines);
    const other = generateRoutines(
      generateOffice({ seed: 7, idKey: 'pc-2', language, asOf, customers: 5, products: 5 }),
      order,
    );
    expect(other.risks.map((r) => r.input.title)).toEqual(routines.risks.map((r) => r.input.title));
    expect(other.risks[0]?.id).not.toBe(routines.risks[0]?.id);
  });

  it('schedules a weekly team meeting and a monthly one-on-one per person', () => {
    const active = office.staff.filter((s) => s.input.status === 'active').map((s) => s.id);
    const [weekly, ...monthly] = routines.meetingSchedules;
    expect(weekly?.input).toMatchObject({ kind: 'team', cadence: 'weekly', attendees: active });
    expect(monthly.map((s) => s.input.subjectId)).toEqual(active);
    expect(monthly.every((s) => s.input.cadence === 'monthly' && s.input.kind === 'one_on_one')).toBe(true);
    expect(routines.meetings.every((m) => m.input.date < today)).toBe(true);
  });

  it('holds its recurring meetings on their days: only one one-on-one was missed', () => {
    const missed = routines.meetingSchedules.map((schedule) => {
      const held = new Set(
        routines.meetings.filter((m) => m.input.scheduleId === schedule.id).map((m) => m.input.date),
      );
      const times = {
        ...schedule.input,
        time: schedule.input.time ?? null,
        until: schedule.input.until ?? null,
      };
      return owedOccurrences(times, held, today).missedCount;
    });
    expect(missed.reduce((a, b) => a + b, 0)).toBe(1);
    expect(missed[0]).toBe(0); // the weekly team meeting
  });

  it('has actions done, coming and one overdue, each from its meeting, incident or cycle', () => {
    const items = routines.actionItems.map((a) => a.input);
    expect(items.filter((a) => a.status === 'open' && a.due < today)).toHaveLength(1);
    expect(items.filter((a) => a.status === 'done').length).toBeGreaterThanOrEqual(2);
    const sources = new Set([
      ...routines.meetings.map((m) => m.id),
      ...routines.incidents.map((i) => i.id),
      ...routines.pdcaCycles.map((p) => p.id),
    ]);
    for (const item of items) expect(sources.has(item.sourceId as string)).toBe(true);
  });

  it('flags a risk past its review day and a risk with two incidents within 90 days', () => {
    expect(routines.risks.filter((r) => r.input.reviewOn < today)).toHaveLength(1);
    expect(new Set(routines.risks.map((r) => r.input.category)).size).toBe(5);
    const complaint = routines.incidents.find((i) => i.input.category === 'customer_complaint');
    expect(complaint?.input).toMatchObject({ orderIds: [order.id], customerIds: [order.customerId] });
    const same = routines.incidents.filter((i) => i.input.riskId === complaint?.input.riskId);
    expect(same).toHaveLength(2);
    const days = same.map((i) => Date.parse(i.input.date)).sort();
    expect(((days[1] as number) - (days[0] as number)) / 86_400_000).toBeLessThanOrEqual(90);
  });

  it('runs a PDCA cycle on the error rate into version 2 of the order SOP, read by some', () => {
    const [cycle] = routines.pdcaCycles;
    expect(cycle?.input).toMatchObject({ metric: 'errorRate', sopVersion: 2 });
    const versions = routines.sopVersions.filter((v) => v.input.sopId === cycle?.input.sopId);
    expect(versions.map((v) => v.input.version)).toEqual([1, 2]);
    expect(
      routines.sopAcks.filter((a) => a.input.sopId === cycle?.input.sopId && a.input.version === 2).length,
    ).toBe(3);
  });

  it('plans the coming month, names the four values, and keeps a sick leave’s reason apart', () => {
    expect(routines.teamEvents.map((e) => e.input.kind).sort()).toEqual([
      'birthday',
      'health_check',
      'team_dinner',
    ]);
    expect(routines.teamEvents.every((e) => e.input.date > today)).toBe(true);
    expect(routines.coreValues).toHaveLength(4);
    const valueIds = new Set(routines.coreValues.map((v) => v.id));
    expect(routines.recognitions.every((r) => valueIds.has(r.input.valueId))).toBe(true);
    const away = office.absences.filter((a) => a.input.kind === 'away');
    expect(routines.absenceDetails.map((d) => d.input.absenceId)).toEqual(away.map((a) => a.id));
    expect(office.absences.some((a) => a.input.kind === 'sick')).toBe(false);
  });

  it('is written in the language asked for', () => {
    // Event titles may hold a person's name, which is Chinese or English in either language.
    const titles = [...routines.risks, ...routines.sops, ...routines.pdcaCycles].map((r) => r.input.title);
    for (const title of titles) expect(cjk.test(title), title).toBe(language === 'zh-CN');
  });
});

it('names only the customer when there is no order to complain about', () => {
  const office = generateOffice({ seed: 7, language: 'en', asOf, customers: 5, products: 5 });
  const complaint = generateRoutines(office, null).incidents[0];
  expect(complaint?.input.orderIds).toEqual([]);
  expect(complaint?.input.customerIds).toEqual([office.customers[0]?.id]);
});
