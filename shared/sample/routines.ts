import type { AbsenceDetailInput, CareRecordInput, TeamEventInput } from '../schema/care';
import type { CoreValueInput, RecognitionInput } from '../schema/culture';
import type { ActionItemInput, MeetingInput, MeetingScheduleInput } from '../schema/meeting';
import type { PdcaCycleInput } from '../schema/pdca';
import type { IncidentInput, RiskInput } from '../schema/risk';
import type { SopAckInput, SopInput, SopVersionInput } from '../schema/sop';
import type { SampleOffice } from './office';
import { createRandom, deriveSeed } from './random';
import { routinesContext } from './routines/context';
import { sampleCare, sampleCulture, sampleTeamEvents } from './routines/culture';
import { sampleActions, sampleMeetings } from './routines/meetings';
import { type ComplaintOrder, sampleRisks } from './routines/risks';
import { samplePdca, sampleSops } from './routines/sops';
import type { Sample } from './types';

// The sample office's routines, small on purpose (the sample loads many times in the end-to-end tests):
// a weekly team meeting and a monthly one-on-one per person, the last three team meetings and two
// one-on-ones with their notes, decisions and action items (some done, one overdue); five risks, one past
// its review date; four incidents — a customer complaint about a recent order and another incident on the
// same risk within 90 days; a PDCA cycle on the error rate; three SOPs (order processing in two versions)
// and who read which; next month's team events; the four core values and a few recognitions; two care
// records and the reason of a past sick leave.

export type { ComplaintOrder };

export interface SampleRoutines {
  meetingSchedules: Sample<MeetingScheduleInput>[];
  meetings: Sample<MeetingInput>[];
  actionItems: Sample<ActionItemInput>[];
  risks: Sample<RiskInput>[];
  incidents: Sample<IncidentInput>[];
  pdcaCycles: Sample<PdcaCycleInput>[];
  sops: Sample<SopInput>[];
  sopVersions: Sample<SopVersionInput>[];
  sopAcks: Sample<SopAckInput>[];
  teamEvents: Sample<TeamEventInput>[];
  coreValues: Sample<CoreValueInput>[];
  recognitions: Sample<RecognitionInput>[];
  careRecords: Sample<CareRecordInput>[];
  absenceDetails: Sample<AbsenceDetailInput>[];
}

/**
 * The routines of a generated office, from a stream of their own (same office, same routines). `order` is
 * the order the sample's customer complaint is about; without one (an office with no orders) the complaint
 * names only the customer. The parts take their ids from the stream in this order: keep it, or every
 * sample office's routines change.
 */
export function generateRoutines(office: SampleOffice, order: ComplaintOrder | null): SampleRoutines {
  const c = routinesContext(createRandom(deriveSeed(office.seed, 'routines'), office.idKey), office);
  const meetings = sampleMeetings(c);
  const { risks, incidents, complaint } = sampleRisks(c, office, order);
  const { sops, sopVersions, sopAcks, orderSop } = sampleSops(c);
  const pdca = samplePdca(c, orderSop);
  const actionItems = sampleActions(c, meetings, complaint, pdca);
  const teamEvents = sampleTeamEvents(c);
  const { coreValues, recognitions } = sampleCulture(c);
  const { careRecords, absenceDetails } = sampleCare(c, office);
  return {
    meetingSchedules: [meetings.weekly, ...meetings.oneOnOnes],
    meetings: [...meetings.teamMeetings, ...meetings.talks],
    actionItems,
    risks,
    incidents,
    pdcaCycles: [pdca],
    sops,
    sopVersions,
    sopAcks,
    teamEvents,
    coreValues,
    recognitions,
    careRecords,
    absenceDetails,
  };
}
