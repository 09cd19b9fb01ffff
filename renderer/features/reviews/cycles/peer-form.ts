import { z } from 'zod';
import { idSchema, nameText } from '../../../../shared/schema/envelope';

// Adding a peer reviewer: someone on the team (chosen from the staff), or someone outside it (a name
// typed, e.g. a colleague in sales). Either way the request carries the name it is addressed to.

export interface PeerFormValues extends Record<string, unknown> {
  who: 'team' | 'outside';
  reviewerId: string | null;
  name: string;
}

export const peerFormValues = (): PeerFormValues => ({ who: 'team', reviewerId: null, name: '' });

export const peerSchema = z.discriminatedUnion('who', [
  // A colleague's name is read from the staff once chosen.
  z.object({ who: z.literal('team'), reviewerId: idSchema, name: z.string() }),
  z.object({ who: z.literal('outside'), reviewerId: z.null(), name: nameText(120) }),
]);

/** The values as the schema reads them: a colleague's name is their name on file. */
export const peerInputOf = (nameOf: (reviewerId: string) => string) => (values: PeerFormValues) =>
  values.who === 'team'
    ? {
        who: 'team',
        reviewerId: values.reviewerId ?? '',
        name: values.reviewerId ? nameOf(values.reviewerId) : '',
      }
    : { who: 'outside', reviewerId: null, name: values.name };
