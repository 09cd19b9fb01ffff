import { standardTraining } from '../rules/standard-courses';
import { certificateExpiry } from '../rules/training/completion';
import type { StaffInput } from '../schema/staff';
import type {
  CareerPlanInput,
  CourseInput,
  TrainingItemInput,
  TrainingSessionInput,
  TrainingTemplateInput,
} from '../schema/training';
import { DAY, localIsoDate } from './dates';
import { type SampleLanguage, say } from './language';
import type { Random } from './random';
import type { Sample } from './types';

// The sample office's training: the standard catalogue and onboarding plan, the onboarding plan given to
// each new person (its first courses done, the rest to come, one overdue), and for the others a course or
// two done in the past year — one certificate about to expire, so the training needs list has something.

export interface SampleTraining {
  courses: Sample<CourseInput>[];
  trainingTemplates: Sample<TrainingTemplateInput>[];
  trainingItems: Sample<TrainingItemInput>[];
  trainingSessions: Sample<TrainingSessionInput>[];
  careerPlans: Sample<CareerPlanInput>[];
}

export function generateTraining(
  random: Random,
  language: SampleLanguage,
  staff: readonly Sample<StaffInput>[],
  asOf: Date,
): SampleTraining {
  const { courses, template } = standardTraining(language, () => random.uuid());
  const day = (offset: number) => localIsoDate(new Date(asOf.getTime() + offset * DAY));
  const items: Sample<TrainingItemInput>[] = [];
  const item = (staffId: string, courseIndex: number, due: string, completedOn: string | null) => {
    const course = courses[courseIndex];
    if (!course) return;
    const months = course.input.certificateMonths ?? null;
    items.push({
      id: random.uuid(),
      input: {
        staffId,
        courseId: course.id,
        due,
        status: completedOn ? 'completed' : due < day(0) ? 'missed' : 'planned',
        completedOn,
        score: completedOn ? random.int(70, 98) : null,
        passed: completedOn ? true : null,
        certificateExpires: completedOn ? certificateExpiry(completedOn, months) : null,
        note: '',
      },
    });
  };
  let expiringGiven = false;
  for (const person of staff) {
    if (person.input.status === 'left') continue;
    if (person.input.level === 'new') {
      // Given the onboarding plan 30 days ago: what was due by a week ago is done.
      for (const step of template.input.steps) {
        const due = day(step.afterDays - 30);
        const index = courses.findIndex((c) => c.id === step.courseId);
        item(person.id, index, due, due <= day(-7) ? day(step.afterDays - 32) : null);
      }
      continue;
    }
    // The complaint course's certificate (24 months), taken about two years ago by one person: it
    // expires within the coming weeks.
    if (!expiringGiven) {
      item(person.id, 6, day(-700), day(-700));
      expiringGiven = true;
    }
    const course = random.int(4, 8);
    const done = day(-random.int(20, 330));
    item(person.id, course, done, done);
  }
  // Last week's session of the reports course (everyone came but one), and next week's of data analysis.
  const active = staff.filter((s) => s.input.status !== 'left');
  const invited = active.slice(0, 5).map((s) => s.id);
  const at = (offset: number, hour: number) => {
    const d = new Date(asOf.getTime() + offset * DAY);
    d.setHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  const sessions: Sample<TrainingSessionInput>[] = [
    {
      id: random.uuid(),
      input: {
        courseId: courses[4]?.id as string,
        start: at(-7, 9),
        end: at(-7, 13),
        place: say({ zh: '二号会议室', en: 'Meeting room 2' }, language),
        link: '',
        trainer: active[0]?.input.name ?? '',
        invited,
        attendance: invited.map((staffId, i) => ({
          staffId,
          present: i !== invited.length - 1,
          rating: i !== invited.length - 1 ? random.int(3, 5) : null,
          comment: '',
        })),
      },
    },
    {
      id: random.uuid(),
      input: {
        courseId: courses[5]?.id as string,
        start: at(7, 14),
        end: at(7, 17),
        place: '',
        link: 'https://meet.example.com/sales-data',
        trainer: say({ zh: '外部讲师', en: 'External trainer' }, language),
        invited: invited.slice(0, 3),
        attendance: [],
      },
    },
  ];
  // One person on the way to leading the order desk.
  const lead = active.find((s) => s.input.level === 'experienced');
  const careerPlans: Sample<CareerPlanInput>[] = lead
    ? [
        {
          id: random.uuid(),
          input: {
            staffId: lead.id,
            targetRole: say({ zh: '订单组组长', en: 'Order desk lead' }, language),
            requiredSkills: [
              { skill: say({ zh: '订单系统操作', en: 'Order system' }, language), level: 4 },
              { skill: say({ zh: '数据分析', en: 'Data analysis' }, language), level: 3 },
              { skill: say({ zh: '客户沟通', en: 'Customer communication' }, language), level: 3 },
            ],
            milestones: [
              {
                title: say({ zh: '独立完成月末结账', en: 'Run the month-end close' }, language),
                due: day(90),
                done: false,
              },
            ],
            notes: '',
          },
        },
      ]
    : [];
  return {
    courses,
    trainingTemplates: [template],
    trainingItems: items,
    trainingSessions: sessions,
    careerPlans,
  };
}
