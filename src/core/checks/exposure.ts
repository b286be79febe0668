import { ISSUE_CODES } from '../codes.js';
import { fractionAtLeast, histogram, histogramMean, percentile } from '../imageops/histogram.js';
import type { Issue } from '../types.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';

/** Luma at which a pixel counts as clipped (JPEG rarely keeps blown highlights at exactly 255). */
const CLIPPED_LUMA = 250;

/**
 * `too_dark` / `overexposed` from the luma distribution of the whole frame.
 *
 * Percentiles, not the mean: a photo in a dim room is too dark when even its brightest 5% (the
 * paper, the face) stays dim. Overexposed needs two things: a large clipped area and nothing dark
 * left, because a white page or a portrait on a white backdrop is mostly near-white yet fine as long
 * as its text or hair is still dark.
 */
export const exposureCheck: Check = {
  name: 'exposure',
  kinds: ['document', 'selfie'],
  codes: [ISSUE_CODES.too_dark, ISSUE_CODES.overexposed],
  run(context: AnalysisContext): CheckResult {
    const { darkP95, clippedFraction, brightP05 } = context.options.exposure;
    const counts = histogram(context.luma);
    const scores = {
      lumaMean: histogramMean(counts),
      lumaP05: percentile(counts, 0.05),
      lumaP50: percentile(counts, 0.5),
      lumaP95: percentile(counts, 0.95),
      clippedFraction: fractionAtLeast(counts, CLIPPED_LUMA),
    };
    const issues: Issue[] = [];
    if (scores.lumaP95 < darkP95) {
      issues.push({ code: ISSUE_CODES.too_dark, severity: 'fail', score: scores.lumaP95, threshold: darkP95 });
    }
    if (scores.clippedFraction >= clippedFraction && scores.lumaP05 > brightP05) {
      issues.push({
        code: ISSUE_CODES.overexposed,
        severity: 'fail',
        score: scores.clippedFraction,
        threshold: clippedFraction,
      });
    }
    return { scores, issues };
  },
};
