import { ISSUE_CODES } from '../codes.js';
import { convexRowSpans } from '../geometry.js';
import { fractionAtLeast, histogram, histogramMean, percentile } from '../imageops/histogram.js';
import type { Issue } from '../types.js';
import type { Check } from './check.js';

/** Luma at which a pixel counts as clipped (JPEG rarely keeps blown highlights at exactly 255). */
const CLIPPED_LUMA = 250;

/**
 * `too_dark` / `overexposed` from luma percentiles.
 *
 * Percentiles, not the mean: a photo in a dim room is too dark when even its brightest 5% (the
 * paper, the face) stays dim; that is judged on the whole frame, since it is about the light in
 * the room. Overexposed needs two things: a large clipped area and nothing dark left, because a
 * white page or a portrait on a white backdrop is mostly near-white yet fine as long as its text or
 * hair is still dark. It is judged inside the document's outline when one was found: a blown-out
 * page on a dark desk looks normal over the whole frame.
 */
export const exposureCheck: Check = {
  name: 'exposure',
  kinds: ['document', 'selfie'],
  codes: [ISSUE_CODES.too_dark, ISSUE_CODES.overexposed],
  measure(context) {
    const counts = histogram(context.luma);
    const scores: Record<string, number> = {
      lumaMean: histogramMean(counts),
      lumaP05: percentile(counts, 0.05),
      lumaP50: percentile(counts, 0.5),
      lumaP95: percentile(counts, 0.95),
      clippedFraction: fractionAtLeast(counts, CLIPPED_LUMA),
    };
    const corners = context.document?.corners;
    if (corners) {
      const { width, height } = context.luma;
      const inside = histogram(context.luma, convexRowSpans(corners, width, height));
      scores.documentClippedFraction = fractionAtLeast(inside, CLIPPED_LUMA);
      scores.documentLumaP05 = percentile(inside, 0.05);
    }
    return { scores };
  },
  judge({ scores }, { options }) {
    const { darkP95, brightP05, clippedFraction, documentClippedFraction } = options.exposure;
    const issues: Issue[] = [];
    if (scores.lumaP95! < darkP95) {
      issues.push({ code: ISSUE_CODES.too_dark, severity: 'fail', score: scores.lumaP95!, threshold: darkP95 });
    }
    // Inside the document's outline when one was found.
    const bright =
      scores.documentClippedFraction === undefined
        ? { clipped: scores.clippedFraction!, p05: scores.lumaP05!, limit: clippedFraction }
        : { clipped: scores.documentClippedFraction, p05: scores.documentLumaP05!, limit: documentClippedFraction };
    if (bright.clipped >= bright.limit && bright.p05 > brightP05) {
      issues.push({ code: ISSUE_CODES.overexposed, severity: 'fail', score: bright.clipped, threshold: bright.limit });
    }
    return { issues };
  },
};
