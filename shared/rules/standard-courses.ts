import { type Bilingual, say, type TwoLanguages } from '../language';
import type { CourseInput, TrainingTemplateInput } from '../schema/training';

// The courses a sales back office starts from, in both languages, each raising the skills the standard
// duties ask for (rules/standard-duties.ts) — so finishing one clears the duty matrix's warning — and the
// onboarding plan for new back-office staff: the simple tasks first (the order system, customer queries,
// data entry), the complex ones later (data analysis, reports).

interface StandardCourse {
  title: Bilingual;
  kind: CourseInput['kind'];
  hours: number;
  /** Minor units (fen). */
  cost: number;
  skills: { skill: Bilingual; level: number }[];
  certificateMonths: number | null;
  /** Days after the plan is given that the onboarding plan has it due; null: not in onboarding. */
  onboardingDay: number | null;
}

const skill = (zh: string, en: string, level: number) => ({ skill: { zh, en }, level });
const orderSystem = (level: number) => skill('订单系统操作', 'Order system', level);
const communication = (level: number) => skill('客户沟通', 'Customer communication', level);
const excel = (level: number) => skill('Excel', 'Excel', level);
const analysis = (level: number) => skill('数据分析', 'Data analysis', level);

const course = (
  title: [string, string],
  kind: CourseInput['kind'],
  hours: number,
  cost: number,
  skills: StandardCourse['skills'],
  certificateMonths: number | null,
  onboardingDay: number | null,
): StandardCourse => ({
  title: { zh: title[0], en: title[1] },
  kind,
  hours,
  cost,
  skills,
  certificateMonths,
  onboardingDay,
});

export const standardCourseList: readonly StandardCourse[] = [
  course(['订单系统入门', 'Order system basics'], 'internal', 4, 0, [orderSystem(2)], null, 3),
  course(['客户咨询应答', 'Answering customer queries'], 'internal', 6, 0, [communication(2)], null, 10),
  course(['Excel 数据录入与核对', 'Excel for data entry'], 'online', 8, 300_00, [excel(2)], null, 14),
  course(
    ['产品知识培训', 'Product knowledge'],
    'internal',
    6,
    0,
    [skill('产品知识', 'Product knowledge', 2)],
    null,
    21,
  ),
  course(
    ['周报与月报编制', 'Weekly and monthly reports'],
    'internal',
    4,
    0,
    [analysis(2), excel(2)],
    null,
    45,
  ),
  course(['销售数据分析', 'Sales data analysis'], 'external', 16, 2800_00, [analysis(3), excel(3)], null, 60),
  course(['投诉处理与客户安抚', 'Handling complaints'], 'external', 8, 1200_00, [communication(3)], 24, null),
  course(
    ['发票与回款基础', 'Invoicing and receivables'],
    'online',
    6,
    500_00,
    [skill('财务基础', 'Finance basics', 2)],
    12,
    null,
  ),
  course(
    ['档案管理规范', 'Records management'],
    'internal',
    2,
    0,
    [skill('档案管理', 'Records management', 1)],
    null,
    null,
  ),
];

/** The standard courses in `language`, and the onboarding template over them (ids from `newId`). */
export function standardTraining(
  language: TwoLanguages,
  newId: () => string,
): { courses: { id: string; input: CourseInput }[]; template: { id: string; input: TrainingTemplateInput } } {
  const courses = standardCourseList.map((c) => ({
    id: newId(),
    input: {
      title: say(c.title, language),
      kind: c.kind,
      provider: '',
      hours: c.hours,
      cost: c.cost,
      skills: c.skills.map((s) => ({ skill: say(s.skill, language), level: s.level })),
      materials: '',
      certificateMonths: c.certificateMonths,
      active: true,
    },
  }));
  const steps = standardCourseList.flatMap((c, i) =>
    c.onboardingDay === null ? [] : [{ courseId: courses[i]?.id as string, afterDays: c.onboardingDay }],
  );
  return {
    courses,
    template: {
      id: newId(),
      input: {
        name: say({ zh: '新员工入职培训', en: 'Onboarding for new back-office staff' }, language),
        description: say(
          {
            zh: '先学简单任务（订单录入、客户咨询），再学复杂任务（数据分析、报表）。',
            en: 'Simple tasks first (order entry, customer queries), then complex ones (data analysis, reports).',
          },
          language,
        ),
        steps,
      },
    },
  };
}
