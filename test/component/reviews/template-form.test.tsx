import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DataSession } from '../../../renderer/db/session';
import { TemplateForm } from '../../../renderer/features/reviews/templates/TemplateForm';
import type { ReviewTemplate, ReviewTemplateInput } from '../../../shared/schema/review';
import { freshSession } from '../../unit/db/fixtures';
import { messageOf, renderScreen } from '../support';

// The template editor rendered on its own over a real (fake-indexeddb) session: sections weighed as a
// person types them, the running sum beside them, a sum other than 100 refused on the sections by the
// template schema (nothing stored), in both languages; then a whole template saved.

type User = ReturnType<typeof userEvent.setup>;

const form = () => within(screen.getByTestId('template-form'));
/** The input (not the open list, which the label names too) of a choice by its label. */
const inputOf = (label: string) => {
  const [input] = form()
    .getAllByLabelText(label)
    .filter((el) => el.tagName === 'INPUT');
  if (!input) throw new Error(`no ${label} input`);
  return input;
};

async function retype(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

const sections = {
  en: {
    kpi: 'KPIs',
    competencies: 'Competencies',
    self: 'Self-assessment',
    feedback: '360 feedback',
    manager: 'Manager’s rating',
  },
  'zh-CN': {
    kpi: '关键绩效指标',
    competencies: '能力素质',
    self: '自我评估',
    feedback: '360度反馈',
    manager: '主管评分',
  },
} as const;

async function weigh(
  user: User,
  language: 'en' | 'zh-CN',
  weights: Record<keyof (typeof sections)['en'], string>,
) {
  for (const [kind, weight] of Object.entries(weights)) {
    const name = sections[language][kind as keyof (typeof sections)['en']];
    const label = language === 'en' ? `Weight of ${name}` : `${name}的权重`;
    await retype(user, form().getByRole('textbox', { name: label }), weight);
  }
}

async function fillTheRest(user: User) {
  await user.type(form().getByRole('textbox', { name: /^Template/ }), 'Quarterly review');
  await user.click(inputOf('KPI 1'));
  await user.click(await screen.findByRole('option', { name: /^On-time rate/ }));
  await user.type(form().getByRole('textbox', { name: 'Target of KPI 1' }), '95');
  await user.type(form().getByRole('textbox', { name: 'Weight of KPI 1' }), '100');
  await user.type(form().getByRole('textbox', { name: 'Competency 1' }), 'Accuracy');
  await user.type(form().getByRole('textbox', { name: 'Accuracy, level 3' }), 'Few corrections');
  await user.type(form().getByRole('textbox', { name: 'Band 1' }), 'Meets');
  await user.type(form().getByRole('textbox', { name: 'Lowest score of band 1' }), '0');
}

const renderForm = async (
  session: DataSession,
  options: { language?: 'en' | 'zh-CN'; template?: ReviewTemplate } = {},
) => {
  let closed = false;
  const user = await renderScreen(
    <TemplateForm template={options.template ?? null} onClose={() => (closed = true)} />,
    { session, language: options.language ?? 'en' },
  );
  return { user, closed: () => closed };
};

const template: ReviewTemplateInput = {
  name: '季度评估',
  description: '',
  sections: [
    { kind: 'kpi', weight: 40 },
    { kind: 'competencies', weight: 20 },
    { kind: 'self', weight: 10 },
    { kind: 'feedback', weight: 15 },
    { kind: 'manager', weight: 15 },
  ],
  kpis: [{ metric: 'onTimeRate', target: 95, weight: 100 }],
  competencies: [{ name: '准确性', rubric: ['', '', '', '', ''] }],
  questions: ['应继续保持什么？'],
  formula: '',
  bands: [{ label: '达标', min: 0 }],
};

describe('review template form', () => {
  it('shows the running sum of the section weights and refuses a sum other than 100 on the sections', async () => {
    const session = await freshSession(() => new Date());
    const { user, closed } = await renderForm(session);
    await fillTheRest(user);
    await weigh(user, 'en', { kpi: '40', competencies: '20', self: '10', feedback: '15', manager: '10' });
    expect(screen.getByTestId('sections-sum').textContent).toBe('Total: 95% of 100%');

    await user.click(form().getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('sections-error')).textContent).toBe(
      'The weights add up to 95; they must add up to 100',
    );
    expect(await session.db.reviewTemplates.count()).toBe(0);
    expect(closed()).toBe(false);

    // A section ticked out no longer counts: without the manager's rating, 85.
    await user.click(form().getByRole('checkbox', { name: sections.en.manager }));
    expect(screen.getByTestId('sections-sum').textContent).toBe('Total: 85% of 100%');
    await user.click(form().getByRole('checkbox', { name: sections.en.manager }));

    await retype(user, form().getByRole('textbox', { name: `Weight of ${sections.en.manager}` }), '15');
    expect(screen.getByTestId('sections-sum').textContent).toBe('Total: 100% of 100%');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(true));

    const [stored] = await session.db.reviewTemplates.toArray();
    expect(stored).toMatchObject({
      name: 'Quarterly review',
      sections: [
        { kind: 'kpi', weight: 40 },
        { kind: 'competencies', weight: 20 },
        { kind: 'self', weight: 10 },
        { kind: 'feedback', weight: 15 },
        { kind: 'manager', weight: 15 },
      ],
      kpis: [{ metric: 'onTimeRate', target: 95, weight: 100 }],
      competencies: [{ name: 'Accuracy', rubric: ['', '', 'Few corrections', '', ''] }],
      questions: [],
      formula: '',
      bands: [{ label: 'Meets', min: 0 }],
    });
  });

  it('refuses KPI weights that do not sum to 100, then a formula it cannot read, on their fields', async () => {
    const session = await freshSession(() => new Date());
    const { user, closed } = await renderForm(session);
    await fillTheRest(user);
    await weigh(user, 'en', { kpi: '40', competencies: '20', self: '10', feedback: '15', manager: '15' });
    await retype(user, form().getByRole('textbox', { name: 'Weight of KPI 1' }), '80');
    expect(screen.getByTestId('kpis-sum').textContent).toBe('Total: 80% of 100%');
    const formula = form().getByRole('textbox', { name: /^Final-score formula/ });
    await user.type(formula, '0.5 * kpi + bonus');
    await user.click(form().getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('kpis-error')).textContent).toBe(
      'The weights add up to 80; they must add up to 100',
    );
    expect(screen.queryByTestId('sections-error')).toBeNull();

    await retype(user, form().getByRole('textbox', { name: 'Weight of KPI 1' }), '100');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(messageOf(formula)).toMatch(/^The formula cannot be read: /));
    expect(screen.queryByTestId('kpis-error')).toBeNull();
    expect(await session.db.reviewTemplates.count()).toBe(0);

    await retype(user, formula, '0.5 * kpi + 0.5 * max(manager, competencies)');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(true));
    expect((await session.db.reviewTemplates.toArray())[0]?.formula).toBe(
      '0.5 * kpi + 0.5 * max(manager, competencies)',
    );
  });

  it('says the refusal in Chinese, editing a saved template', async () => {
    const session = await freshSession(() => new Date());
    const saved = await session.repos.reviewTemplates.create(template);
    const { user } = await renderForm(session, { language: 'zh-CN', template: saved });
    expect(screen.getByTestId('sections-sum').textContent).toBe('合计：100%（应为 100%）');
    await weigh(user, 'zh-CN', { kpi: '50', competencies: '20', self: '10', feedback: '15', manager: '15' });
    expect(screen.getByTestId('sections-sum').textContent).toBe('合计：110%（应为 100%）');
    await user.click(form().getByRole('button', { name: '保存' }));
    expect((await screen.findByTestId('sections-error')).textContent).toBe('权重合计为 110，必须合计为 100');
    expect((await session.db.reviewTemplates.get(saved.id))?.sections[0]).toEqual({
      kind: 'kpi',
      weight: 40,
    });
  });
});
