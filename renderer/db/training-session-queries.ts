import type { SalesDeskDb } from './database';

// What the training sessions screen reads: sessions without tombstones in start order (the index on
// `start`; every start is stored as UTC ISO text, so text order is time order), and the course catalogue
// in title order (inactive courses included: an old session still names its course).

export const loadTrainingSessions = (db: SalesDeskDb) =>
  db.trainingSessions
    .orderBy('start')
    .filter((s) => !s.deleted)
    .toArray();

export const loadCourses = (db: SalesDeskDb) =>
  db.courses
    .orderBy('title')
    .filter((c) => !c.deleted)
    .toArray();
