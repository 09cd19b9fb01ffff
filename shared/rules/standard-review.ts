import { type Bilingual, say, type TwoLanguages } from '../language';
import type { ReviewTemplateInput } from '../schema/review';

// The standard quarterly review of a back office, offered when an office has no review template yet:
// KPIs 40 (orders on time, errors, goal attainment), the manager's competency ratings 20, the person's
// self-assessment 10, colleagues' 360 feedback 15 and the manager's overall rating 15; four competencies
// with what each level looks like, two open questions, four bands.

const competencies: { name: Bilingual; rubric: [Bilingual, Bilingual, Bilingual, Bilingual, Bilingual] }[] = [
  {
    name: { zh: '准确性', en: 'Accuracy' },
    rubric: [
      { zh: '经常出错，需要他人复核', en: 'Frequent errors; others must check the work' },
      { zh: '时有差错，自查不够', en: 'Errors now and then; checks own work little' },
      { zh: '差错少，能自行发现并更正', en: 'Few errors; finds and corrects own mistakes' },
      { zh: '几乎无差错，主动核对关键数据', en: 'Almost no errors; checks key figures unasked' },
      { zh: '零差错，并改进流程防止他人出错', en: 'No errors; improves the process so others err less' },
    ],
  },
  {
    name: { zh: '及时性', en: 'Timeliness' },
    rubric: [
      { zh: '经常延误', en: 'Often late' },
      { zh: '偶有延误，需要催促', en: 'Sometimes late; needs reminding' },
      { zh: '按时完成', en: 'Finishes on time' },
      { zh: '提前完成，并预告风险', en: 'Finishes early and warns of risks ahead' },
      { zh: '高峰期也能保证时效，并支援他人', en: 'Keeps time even at peaks, and helps others keep theirs' },
    ],
  },
  {
    name: { zh: '沟通与协作', en: 'Communication and teamwork' },
    rubric: [
      { zh: '信息常不传达', en: 'Information often not passed on' },
      { zh: '需要追问才沟通', en: 'Communicates when asked' },
      { zh: '清楚、及时地沟通', en: 'Communicates clearly and in time' },
      { zh: '主动协调客户、仓库与销售', en: 'Coordinates customers, warehouse and sales unasked' },
      { zh: '团队的沟通枢纽，化解冲突', en: "The team's hub; resolves conflicts" },
    ],
  },
  {
    name: { zh: '问题解决', en: 'Problem solving' },
    rubric: [
      { zh: '遇到问题即上交', en: 'Hands every problem up' },
      { zh: '能处理常见问题', en: 'Handles routine problems' },
      { zh: '能独立处理大多数问题', en: 'Solves most problems alone' },
      { zh: '找到根本原因并防止再发', en: 'Finds root causes and prevents repeats' },
      { zh: '改进流程，惠及整个团队', en: 'Improves processes for the whole team' },
    ],
  },
];

const questions: Bilingual[] = [
  { zh: '本季度做得最好的是什么？请举例。', en: 'What went best this quarter? Give an example.' },
  { zh: '下季度最应该改进的是什么？', en: 'What should improve most next quarter?' },
];

/** The standard template's fields in `language`. */
export function standardReviewTemplate(language: TwoLanguages): ReviewTemplateInput {
  return {
    name: say({ zh: '季度绩效考核（内勤）', en: 'Quarterly review (back office)' }, language),
    description: say(
      {
        zh: 'KPI 40%（订单准时率、差错率、目标达成率），能力 20%，自评 10%，360 反馈 15%，主管评分 15%。',
        en: 'KPIs 40% (on-time orders, error rate, goal attainment), competencies 20%, self-assessment 10%, 360 feedback 15%, manager 15%.',
      },
      language,
    ),
    sections: [
      { kind: 'kpi', weight: 40 },
      { kind: 'competencies', weight: 20 },
      { kind: 'self', weight: 10 },
      { kind: 'feedback', weight: 15 },
      { kind: 'manager', weight: 15 },
    ],
    kpis: [
      { metric: 'onTimeRate', target: 95, weight: 50 },
      { metric: 'errorRate', target: 2, weight: 25 },
      { metric: 'goalAttainment', target: 100, weight: 25 },
    ],
    competencies: competencies.map((c) => ({
      name: say(c.name, language),
      rubric: c.rubric.map((level) => say(level, language)),
    })),
    questions: questions.map((q) => say(q, language)),
    formula: '',
    bands: [
      { label: say({ zh: '卓越', en: 'Outstanding' }, language), min: 90 },
      { label: say({ zh: '超出期望', en: 'Exceeds' }, language), min: 75 },
      { label: say({ zh: '达到期望', en: 'Meets' }, language), min: 60 },
      { label: say({ zh: '有待提高', en: 'Below' }, language), min: 0 },
    ],
  };
}
