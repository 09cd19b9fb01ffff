import { describe, expect, it } from 'vitest';
import { applyPackage } from '../../../renderer/db/package-apply';
import { exportPackage } from '../../../renderer/db/package-export';
import { previewPackage } from '../../../renderer/db/package-import';
import type { DataSession } from '../../../renderer/db/session';
import { initialExportChoices, scopeOf } from '../../../renderer/features/sharing/export-scope';
import type { PackageScope } from '../../../shared/package/types';
import { confidentialTables } from '../../../shared/schema/tables';
import { freshSession } from './fixtures';
import { finishReview, reviewOffice } from './review-fixtures';

// Reviews, feedback and rewards are confidential: the export dialog's default leaves them on this machine,
// and ticking "include confidential areas" takes all six tables, which then read on another machine.

const reviewTables = [
  'reviewTemplates',
  'reviewCycles',
  'reviews',
  'feedbackRequests',
  'feedbackResponses',
  'rewards',
] as const;
/** Care records and the reason of a sick leave: confidential like reviews (their own tests are the care area's). */
const careTables = ['careRecords', 'absenceDetails'] as const;

async function pack(from: DataSession, scope: PackageScope) {
  const parts: Uint8Array[] = [];
  const trailer = await exportPackage(from, { scope, sink: (chunk) => void parts.push(chunk) });
  return { bytes: new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer()), trailer };
}

describe('confidential review data in packages', () => {
  it('is every review table (beside the care tables), and stays out of a default export', async () => {
    expect([...confidentialTables].sort()).toEqual([...reviewTables, ...careTables].sort());
    const office = await reviewOffice();
    await finishReview(office, office.people[0] as (typeof office.people)[0]);
    const { trailer } = await pack(office.session, scopeOf(initialExportChoices));
    for (const table of [...reviewTables, ...careTables])
      expect(trailer.counts[table], table).toBeUndefined();
    expect(trailer.counts.staff).toBe(4);
  });

  it('is refused by the writer unless ticked, and when ticked travels whole to another machine', async () => {
    const office = await reviewOffice();
    await finishReview(office, office.people[0] as (typeof office.people)[0]);
    const unticked = { ...scopeOf({ ...initialExportChoices, confidential: true }), confidential: false };
    await expect(pack(office.session, unticked)).rejects.toThrow(/confidential/);
    const { bytes, trailer } = await pack(
      office.session,
      scopeOf({ ...initialExportChoices, confidential: true }),
    );
    expect(trailer.counts).toMatchObject({
      reviewTemplates: 1,
      reviewCycles: 1,
      reviews: 4,
      feedbackRequests: 7,
      feedbackResponses: 4,
    });
    const other = await freshSession(() => new Date('2026-11-28T09:05:00+08:00'));
    const preview = await previewPackage(other, bytes);
    await applyPackage(other, preview, { mode: 'merge', choices: {} });
    for (const table of reviewTables)
      expect(await other.db.table(table).count(), table).toBe(await office.session.db.table(table).count());
  });
});
