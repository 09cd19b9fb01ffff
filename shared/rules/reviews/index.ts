// The pure rules of performance reviews: KPI and section scores, the anonymous peer summary, the final
// score (weighted or by the template's formula) and its band, calibration figures, reward totals, and the
// proof and checks of feedback responses. No UI, database or translations.

export type { ScoreBin } from './calibration';
export { calibrationOutliers, median, scoreDistribution } from './calibration';
export type { FinalScore } from './final';
export { bandOf, finalScore } from './final';
export type { Formula, FormulaParse } from './formula';
export { evaluateFormula, formulaSections, parseFormula } from './formula';
export type { KpiRow } from './kpi';
export { KPI_SCORE_CAP, kpiBetter, kpiRows, kpiScore, kpiSectionScore } from './kpi';
export type { PeerSummary } from './peers';
export { MIN_PEERS, peerSummary } from './peers';
export { ratingsScore } from './ratings';
export type { ResponseCheckInput, ResponseProblem } from './response-check';
export { answersFit, responseProblem } from './response-check';
export { canonicalResponse, newSecret, proofHolds, responseProof } from './response-proof';
export type { RewardTotals } from './rewards';
export { rewardTotals } from './rewards';
export type { SectionScores, SectionScoresInput } from './sections';
export { reviewOpenParts, sectionScores } from './sections';
