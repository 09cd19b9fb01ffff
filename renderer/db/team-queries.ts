import type { SalesDeskDb } from './database';

// What the Team screens read: people, duties and absences without tombstones, in the order the screens
// list them, and one person's skill history, newest first.

export const loadStaff = (db: SalesDeskDb) =>
  db.staff
    .orderBy('name')
    .filter((s) => !s.deleted)
    .toArray();

export const loadDuties = (db: SalesDeskDb) =>
  db.duties
    .orderBy('name')
    .filter((d) => !d.deleted)
    .toArray();

export const loadAbsences = (db: SalesDeskDb) =>
  db.absences
    .orderBy('from')
    .filter((a) => !a.deleted)
    .toArray();

export const loadSkillHistory = (db: SalesDeskDb, staffId: string) =>
  db.skillChanges.where('staffId').equals(staffId).reverse().sortBy('at');
