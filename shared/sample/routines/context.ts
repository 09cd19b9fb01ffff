import { localDay, localIsoDate } from '../dates';
import { type Bilingual, say } from '../language';
import type { SampleOffice } from '../office';
import type { Random } from '../random';
import { roles } from '../staff';

// What every part of the sample's routines draws on: the office's language and day, its people in their
// parts (the lead, the service person, the analyst), and one stream of ids. The parts take ids from it in
// a fixed order (routines.ts), so the same office always gets the same routines.

export const text = (zh: string, en: string): Bilingual => ({ zh, en });

export function routinesContext(random: Random, office: SampleOffice) {
  const { language, asOf } = office;
  const say2 = (zh: string, en: string) => say(text(zh, en), language);
  const day = (offset: number) => localIsoDate(localDay(asOf, offset));
  const at = (offset: number, hour: number) => {
    const d = localDay(asOf, offset);
    d.setHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  const id = () => random.uuid();
  const active = office.staff.filter((s) => s.input.status === 'active');
  const person = (i: number) => active[i % active.length] as (typeof active)[number];
  const handlers = active.filter((s) => s.input.handlesOrders);
  const lead = handlers.find((s) => s.input.level === 'senior') ?? person(0);
  const service = active.find((s) => s.input.role === say(roles.service, language)) ?? person(1);
  const analyst = active.find((s) => !s.input.handlesOrders && s.input.level === 'senior') ?? person(2);
  return { language, asOf, say2, day, at, id, active, person, handlers, lead, service, analyst };
}

export type RoutinesContext = ReturnType<typeof routinesContext>;
