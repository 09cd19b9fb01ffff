import type { PackageScope } from '../../../shared/package/types';
import type { TableName } from '../../../shared/schema/tables';
import { confidentialTables } from '../../../shared/schema/tables';

// The export dialog's choices → the package scope (shared/package/types.ts).

/** Areas as the user sees them, each the tables it holds. */
export const exportAreas = {
  team: ['staff', 'duties', 'absences', 'skillChanges', 'absenceDetails'],
  catalog: ['customers', 'products'],
  orders: ['orders', 'orderEvents'],
  goals: ['goals', 'goalCheckIns'],
  training: ['courses', 'trainingTemplates', 'trainingItems', 'trainingSessions', 'careerPlans'],
  /** Confidential (package-export.ts): written only when "Include confidential areas" is ticked too. */
  reviews: ['reviewTemplates', 'reviewCycles', 'reviews', 'feedbackRequests', 'feedbackResponses', 'rewards'],
  routines: [
    'meetings',
    'meetingSchedules',
    'actionItems',
    'risks',
    'incidents',
    'pdcaCycles',
    'sops',
    'sopVersions',
    'sopAcks',
    'teamEvents',
    'coreValues',
    'recognitions',
    'careRecords',
  ],
} as const satisfies Record<string, readonly TableName[]>;
export type ExportArea = keyof typeof exportAreas;
export const exportAreaIds = Object.keys(exportAreas) as ExportArea[];

export interface ExportChoices {
  what: 'all' | 'changes' | 'chosen';
  areas: ExportArea[];
  confidential: boolean;
  /** what = changes: the machine it is for. */
  peer: string | null;
  /** what = chosen. */
  staffIds: string[];
  from: string;
  to: string;
}

export const initialExportChoices: ExportChoices = {
  what: 'all',
  areas: [...exportAreaIds],
  confidential: false,
  peer: null,
  staffIds: [],
  from: '',
  to: '',
};

export function scopeOf(choices: ExportChoices): PackageScope {
  // A confidential table stays out unless confidential areas are ticked, whatever areas are.
  const tables = choices.areas
    .flatMap((area): TableName[] => [...exportAreas[area]])
    .filter((table) => choices.confidential || !confidentialTables.includes(table));
  const base = { tables, confidential: choices.confidential };
  if (choices.what === 'changes') return { ...base, kind: 'incremental', target: choices.peer ?? '' };
  if (choices.what === 'chosen')
    return {
      ...base,
      kind: 'partial',
      ...(choices.staffIds.length > 0 ? { staffIds: choices.staffIds } : {}),
      ...(choices.from ? { from: choices.from } : {}),
      ...(choices.to ? { to: choices.to } : {}),
    };
  return { ...base, kind: 'full' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `SalesDesk-前台-20261128-1530.sdpkg`: the machine and the time, safe on Windows and Mac. */
export function packageFileName(machineName: string, now = new Date()): string {
  const machine = machineName.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `SalesDesk-${machine}-${stamp}.sdpkg`;
}
