import { ISSUE_CODES } from '../codes.js';
import { chromaPlanes, medianChroma } from '../imageops/chroma.js';
import { tintResiduals } from '../imageops/tint.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { toLuma } from '../imageops/luma.js';
import { resizeToMaxSide } from '../imageops/resize.js';
import type { GrayImage } from '../types.js';
import type { Check } from './check.js';

/**
 * `grayscale`: a black-and-white photo or scan where KYC needs a colour original.
 *
 * A gray image is not only R = G = B: sepia and blue-toned scans, and colour photos of a
 * black-and-white printout (white-balance cast, sensor noise), are colour files of a
 * black-and-white document; what they share is that their chroma is explained by one tint: a
 * single hue direction whose strength is a smooth function of brightness. So the check fits that
 * tint model robustly (dominant chroma direction; along it, a quadratic in luma; refit without
 * outliers) and measures the share of pixels the model does not explain. A colour document has
 * such pixels in its photo, seal, flag, coloured print or background, even when most of it is
 * white paper.
 *
 * Severity: a black-and-white file (R = G = B, as scanners and "mono" modes write it) fails. A
 * tinted one (sepia or blue-toned scan, colour photo of colourless paper) warns: pixels cannot tell
 * a black-and-white copy of a colour ID from a black-and-white original (a printed letter) or a
 * pastel single-hue card.
 */
export const grayscaleCheck: Check = {
  name: 'grayscale',
  kinds: ['document'],
  codes: [ISSUE_CODES.grayscale],
  measure(context) {
    const { chromaThreshold } = context.options.grayscale;
    // Colour statistics need no fine detail: half the analysis size is 4× less work.
    const raster = resizeToMaxSide(context.raster, Math.ceil(context.options.analysisSize / 2));
    const luma = raster === context.raster ? context.luma : toLuma(raster);
    const { cb, cr } = chromaPlanes(raster, luma);
    // Chroma shrinks with exposure: judge a dim photo's colours as if it were properly exposed.
    const gain = exposureGain(luma);
    for (let p = 0; p < cb.length; p++) {
      cb[p]! *= gain;
      cr[p]! *= gain;
    }
    return {
      scores: {
        colourFraction: untintedColourFraction(cb, cr, luma.data, chromaThreshold),
        medianChroma: medianChroma(cb, cr),
      },
    };
  },
  judge({ scores }, { options }) {
    const { minColourFraction, neutralChroma, maxTintChroma } = options.grayscale;
    const { colourFraction, medianChroma } = scores as { colourFraction: number; medianChroma: number };
    // One strong hue everywhere (a blue card back, a covered lens) fits the tint model but is colour.
    if (colourFraction >= minColourFraction || medianChroma > maxTintChroma) return { issues: [] };
    return {
      issues: [
        {
          code: ISSUE_CODES.grayscale,
          severity: medianChroma <= neutralChroma ? 'fail' : 'warn',
          score: colourFraction,
          threshold: minColourFraction,
        },
      ],
    };
  },
};

/** 95th-percentile luma of a normally exposed photo: paper or skin highlights. */
const REFERENCE_P95 = 200;
/** Beyond this, brightening would mostly amplify noise. */
const MAX_GAIN = 6;

/** The gain (≥ 1) that would bring the photo's 95th-percentile luma up to {@link REFERENCE_P95}. */
function exposureGain(luma: GrayImage): number {
  const p95 = percentile(histogram(luma), 0.95);
  return Math.min(MAX_GAIN, Math.max(1, REFERENCE_P95 / Math.max(1, p95)));
}

function untintedColourFraction(cb: Float32Array, cr: Float32Array, luma: Uint8Array, chromaThreshold: number): number {
  const residuals = tintResiduals(cb, cr, luma, chromaThreshold);
  if (residuals.length === 0) return 0;
  let coloured = 0;
  for (let p = 0; p < residuals.length; p++) if (residuals[p]! > chromaThreshold) coloured++;
  return coloured / residuals.length;
}
