import type { DutyInput } from '../schema/duty';
import { dutyTemplates, orderProcessing } from './duties';
import { type SampleLanguage, say } from './language';

// The standard duties a new office can start from: the sample office's eight back-office duties in one
// language, without owners (the office has its own people), so nothing in the two lists drifts apart.

/** The eight standard duties, unowned; order processing routes submitted orders. */
export function catalogueDuties(language: SampleLanguage): DutyInput[] {
  return dutyTemplates.map((template) => ({
    name: say(template.name, language),
    description: say(template.description, language),
    complexity: template.complexity,
    hoursPerWeek: template.hoursPerWeek,
    requiredSkill: say(template.skill, language),
    requiredLevel: template.level,
    primaryId: null,
    backupIds: [],
    routesOrders: template === orderProcessing,
    covers: { segments: [], regions: [] },
  }));
}
