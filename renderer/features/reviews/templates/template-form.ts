import { z } from 'zod';
import {
  type KpiMetric,
  type ReviewSectionKind,
  type ReviewTemplate,
  type ReviewTemplateInput,
  reviewSectionKinds,
  reviewTemplateFields,
} from '../../../../shared/schema/review';

// The template form's values as its fields hold them: every section kind listed once with a tick and a
// weight (a section may be kept at weight 0: collected, not counted), list rows with keys of their own so
// React keeps a row's inputs when one above it goes, numbers as NumberInput gives them ('' while empty).
// The template schema judges it all (weights summing to 100, bands from highest to lowest), so a refusal
// lands on its field.

type Typed = number | string;

export interface SectionRow {
  kind: ReviewSectionKind;
  included: boolean;
  weight: Typed;
}
export interface KpiRow {
  key: string;
  metric: KpiMetric | null;
  target: Typed;
  weight: Typed;
}
export interface CompetencyRow {
  key: string;
  name: string;
  rubric: string[];
}
export interface QuestionRow {
  key: string;
  text: string;
}
export interface BandRow {
  key: string;
  label: string;
  min: Typed;
}

export interface TemplateFormValues extends Record<string, unknown> {
  name: string;
  description: string;
  sections: SectionRow[];
  kpis: KpiRow[];
  competencies: CompetencyRow[];
  questions: QuestionRow[];
  formula: string;
  bands: BandRow[];
}

export const RUBRIC_LEVELS = 5;
const key = () => crypto.randomUUID();

export const emptyKpiRow = (): KpiRow => ({ key: key(), metric: null, target: '', weight: '' });
export const emptyCompetencyRow = (): CompetencyRow => ({
  key: key(),
  name: '',
  rubric: Array.from({ length: RUBRIC_LEVELS }, () => ''),
});
export const emptyQuestionRow = (): QuestionRow => ({ key: key(), text: '' });
export const emptyBandRow = (): BandRow => ({ key: key(), label: '', min: '' });

/** A typed number: '' (nothing typed) is no number, so the schema asks for one. */
const numberOf = (value: Typed) => (value === '' ? Number.NaN : Number(value));

/** The sum of the weights typed so far (empty ones count 0): shown as the form is filled. */
export const weightSum = (weights: readonly Typed[]) =>
  weights.reduce<number>((sum, w) => sum + (w === '' || !Number.isFinite(Number(w)) ? 0 : Number(w)), 0);

/** The included sections' weights, in the form's order. */
export const sectionWeights = (values: TemplateFormValues) =>
  values.sections.filter((s) => s.included).map((s) => s.weight);

/** What the form opens with: the template being edited, or a new one with every section and one band. */
export function templateFormValues(template: ReviewTemplate | null): TemplateFormValues {
  if (!template)
    return {
      name: '',
      description: '',
      sections: reviewSectionKinds.map((kind) => ({ kind, included: true, weight: '' })),
      kpis: [emptyKpiRow()],
      competencies: [emptyCompetencyRow()],
      questions: [],
      formula: '',
      bands: [emptyBandRow()],
    };
  const byKind = new Map(template.sections.map((s) => [s.kind, s.weight]));
  return {
    name: template.name,
    description: template.description,
    sections: reviewSectionKinds.map((kind) => ({
      kind,
      included: byKind.has(kind),
      weight: byKind.get(kind) ?? '',
    })),
    kpis: template.kpis.map((k) => ({ key: key(), metric: k.metric, target: k.target, weight: k.weight })),
    competencies: template.competencies.map((c) => ({ key: key(), name: c.name, rubric: [...c.rubric] })),
    questions: template.questions.map((text) => ({ key: key(), text })),
    formula: template.formula,
    bands: template.bands.map((b) => ({ key: key(), label: b.label, min: b.min })),
  };
}

/**
 * The values as the schema reads them: the ticked sections only; KPI, competency and question rows left
 * wholly empty at the end of their lists are rows added and not used (only trailing ones, so the rows
 * before keep their places and a message lands on its row); KPIs only while the KPI section is ticked.
 */
export function templateInputOf(values: TemplateFormValues): ReviewTemplateInput {
  const kpiSection = values.sections.some((s) => s.kind === 'kpi' && s.included);
  const kpisUsed = values.kpis.findLastIndex((k) => k.metric !== null || k.target !== '' || k.weight !== '');
  const competenciesUsed = values.competencies.findLastIndex(
    (c) => c.name.trim() !== '' || c.rubric.some((r) => r.trim() !== ''),
  );
  const questionsUsed = values.questions.findLastIndex((q) => q.text.trim() !== '');
  return {
    name: values.name,
    description: values.description,
    sections: values.sections
      .filter((s) => s.included)
      .map((s) => ({ kind: s.kind, weight: numberOf(s.weight) })),
    kpis: kpiSection
      ? values.kpis.slice(0, kpisUsed + 1).map((k) => ({
          metric: (k.metric ?? '') as KpiMetric,
          target: numberOf(k.target),
          weight: numberOf(k.weight),
        }))
      : [],
    competencies: values.competencies
      .slice(0, competenciesUsed + 1)
      .map((c) => ({ name: c.name, rubric: [...c.rubric] })),
    questions: values.questions.slice(0, questionsUsed + 1).map((q) => q.text),
    formula: values.formula,
    bands: values.bands.map((b) => ({ label: b.label, min: numberOf(b.min) })),
  };
}

/**
 * Where a schema issue shows in the form: the schema numbers the ticked sections only, the form lists
 * every kind, so `sections.1.weight` is the second ticked row's weight; a question is a row's text.
 */
export function formPath(values: TemplateFormValues, path: readonly PropertyKey[]): PropertyKey[] {
  if (path[0] === 'questions' && typeof path[1] === 'number') return ['questions', path[1], 'text'];
  if (path[0] !== 'sections' || typeof path[1] !== 'number') return [...path];
  const ticked = values.sections.flatMap((s, i) => (s.included ? [i] : []));
  return ['sections', ticked[path[1]] ?? path[1], ...path.slice(2)];
}

/** The template schema over the form's values, its issues placed on the form's own rows. */
export const templateFormSchema = z.custom<TemplateFormValues>().transform((values, ctx) => {
  const result = reviewTemplateFields.safeParse(templateInputOf(values));
  const issues = result.success ? [] : result.error.issues;
  for (const issue of issues) ctx.addIssue({ ...issue, path: formPath(values, issue.path) });
  return result.success ? result.data : z.NEVER;
});
