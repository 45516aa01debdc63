/**
 * Statistics for `tsdl-bench`: summaries of samples, the Mann-Whitney
 * test, before/after comparison and step detection over history.
 */
export { erfc, mean, median, medianConfidenceInterval, medianIntervalRank, normalCdf, normalQuantile, normalSurvival, quantile, sortedCopy } from "./summary.js";
export { exactMaxSize, exactUDistribution, mannWhitneyU } from "./mann-whitney.js";
export type { MannWhitneyResult } from "./mann-whitney.js";
export { compareSamples } from "./compare.js";
export type { CompareOptions, Comparison } from "./compare.js";
export { defaultPenalty, detectSteps, minSegmentLength, noiseFloor, noiseScale } from "./step-detection.js";
export type { Step, StepDetectionOptions } from "./step-detection.js";
