/**
 * What a valid value is, said once: the model builder keeps a value only when it passes
 * (`build-plan-model.ts`), and `validation/value-rules.ts` reports the same predicate's failures
 * as `invalid-value`, so the two can never disagree.
 */
import { isWholeNumber } from './units.js';

/** `horizon N years`: a whole number of years from 0 to 1000. */
export const isValidHorizon = (years: number): boolean => isWholeNumber(years) && years >= 0 && years <= 1000;
/** A discount or inflation rate: above −100%. */
export const isValidRate = (rate: number): boolean => rate > -1;
/** Budgets, efforts, weights, amounts, INFRAM advances. */
export const isNotNegative = (value: number): boolean => value >= 0;
/** FTE capacities and cycle lengths. */
export const isPositive = (value: number): boolean => value > 0;
/** An INFRAM stage that a score or an advance names: 1 to 7. */
export const isInframStage = (stage: number): boolean => isWholeNumber(stage) && stage >= 1 && stage <= 7;
/** An INFRAM goal stage: 0 to 7. */
export const isInframGoalStage = (stage: number): boolean => isWholeNumber(stage) && stage >= 0 && stage <= 7;
/** A score from 0% to 100%, as a fraction. */
export const isFraction = (value: number): boolean => value >= 0 && value <= 1;
