import { ISSUE_CODES } from '../codes.js';
import { chromaPlanes } from '../imageops/chroma.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { toLuma } from '../imageops/luma.js';
import { resizeToMaxSide } from '../imageops/resize.js';
import type { GrayImage } from '../types.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';

/**
 * `grayscale`: a black-and-white photo or scan where KYC needs a colour original.
 *
 * A gray image is not only R = G = B: sepia and blue-toned scans, and colour photos of a
 * black-and-white printout (white-balance cast, sensor noise), are colour files of a
 * black-and-white document. What they share is that their chroma is explained by one tint: a
 * single hue direction whose strength is a smooth function of brightness. So the check fits that
 * tint model robustly (dominant chroma direction; along it, a quadratic in luma; refit without
 * outliers) and measures the share of pixels the model does not explain. A colour document has
 * such pixels in its photo, seal, flag, coloured print or background, even when most of it is
 * white paper.
 *
 * Severity: a colourless black-and-white file (R = G = B) or a toned one (sepia, blue scan, strong
 * cast) fails. A neutral colour camera photo of colourless paper only warns: pixels cannot tell a
 * black-and-white original (a printed letter) from a black-and-white copy of a colour ID.
 */
export const grayscaleCheck: Check = {
  name: 'grayscale',
  kinds: ['document'],
  codes: [ISSUE_CODES.grayscale],
  run(context: AnalysisContext): CheckResult {
    const { chromaThreshold, minColourFraction, neutralChroma, toneChroma } = context.options.grayscale;
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
    const scores = {
      colourFraction: untintedColourFraction(cb, cr, luma.data, chromaThreshold),
      medianChroma: medianChroma(cb, cr),
    };
    if (scores.colourFraction >= minColourFraction) return { scores, issues: [] };
    const monochromeFile = scores.medianChroma <= neutralChroma || scores.medianChroma >= toneChroma;
    return {
      scores,
      issues: [
        {
          code: ISSUE_CODES.grayscale,
          severity: monochromeFile ? 'fail' : 'warn',
          score: scores.colourFraction,
          threshold: minColourFraction,
        },
      ],
    };
  },
};

const FIT_PASSES = 3;

/** 95th-percentile luma of a normally exposed photo: paper or skin highlights. */
const REFERENCE_P95 = 200;
/** Beyond this, brightening would mostly amplify noise. */
const MAX_GAIN = 6;

/** The gain (≥ 1) that would bring the photo's 95th-percentile luma up to {@link REFERENCE_P95}. */
function exposureGain(luma: GrayImage): number {
  const p95 = percentile(histogram(luma), 0.95);
  return Math.min(MAX_GAIN, Math.max(1, REFERENCE_P95 / Math.max(1, p95)));
}

/**
 * Per pixel, how far its chroma is from the photo's single-tint model (0-255 units): ~0 for
 * gray, sepia or colour-cast monochrome content, large for real colours.
 */
export function tintResiduals(cb: Float32Array, cr: Float32Array, luma: Uint8Array, inlierLimit: number): Float32Array {
  const count = luma.length;

  // Dominant chroma direction: principal axis of the (uncentred) chroma second moments.
  let sbb = 0;
  let srr = 0;
  let sbr = 0;
  for (let p = 0; p < count; p++) {
    sbb += cb[p]! * cb[p]!;
    srr += cr[p]! * cr[p]!;
    sbr += cb[p]! * cr[p]!;
  }
  const angle = 0.5 * Math.atan2(2 * sbr, sbb - srr);
  const dirB = Math.cos(angle);
  const dirR = Math.sin(angle);
  const along = new Float32Array(count);
  const across = new Float32Array(count);
  for (let p = 0; p < count; p++) {
    along[p] = cb[p]! * dirB + cr[p]! * dirR;
    across[p] = cr[p]! * dirB - cb[p]! * dirR;
  }

  // Along the tint direction, chroma strength as a quadratic in luma, refit on inliers.
  const residuals = new Float32Array(count);
  let coefficients: [number, number, number] = [0, 0, 0];
  for (let pass = 0; pass < FIT_PASSES; pass++) {
    const limit = pass === 0 ? Infinity : inlierLimit;
    coefficients = fitQuadratic(luma, along, residuals, limit) ?? coefficients;
    const [c0, c1, c2] = coefficients;
    for (let p = 0; p < count; p++) {
      const y = luma[p]! / 255;
      const a = across[p]!;
      const d = along[p]! - (c0 + c1 * y + c2 * y * y);
      residuals[p] = Math.sqrt(a * a + d * d);
    }
  }
  return residuals;
}

function untintedColourFraction(cb: Float32Array, cr: Float32Array, luma: Uint8Array, chromaThreshold: number): number {
  const residuals = tintResiduals(cb, cr, luma, chromaThreshold);
  if (residuals.length === 0) return 0;
  let coloured = 0;
  for (let p = 0; p < residuals.length; p++) if (residuals[p]! > chromaThreshold) coloured++;
  return coloured / residuals.length;
}

/** Median chroma magnitude, to a 0.25 step (a histogram median; exact medians are not needed). */
function medianChroma(cb: Float32Array, cr: Float32Array): number {
  const binsPerUnit = 4;
  const counts = new Uint32Array(256 * binsPerUnit);
  for (let p = 0; p < cb.length; p++) {
    const magnitude = Math.sqrt(cb[p]! * cb[p]! + cr[p]! * cr[p]!);
    counts[Math.min(counts.length - 1, Math.round(magnitude * binsPerUnit))]!++;
  }
  return percentile(counts, 0.5) / binsPerUnit;
}

/**
 * Least-squares fit value ≈ c0 + c1·y + c2·y² (y = luma / 255) over the pixels whose current
 * residual is within `limit`.
 */
function fitQuadratic(
  luma: Uint8Array,
  value: Float32Array,
  residuals: Float32Array,
  limit: number,
): [number, number, number] | null {
  // Normal equations from moments of y (0..4) and of value·y (0..2).
  const m = new Float64Array(5);
  const v = new Float64Array(3);
  for (let p = 0; p < luma.length; p++) {
    if (residuals[p]! > limit) continue;
    const y = luma[p]! / 255;
    const t = value[p]!;
    const y2 = y * y;
    m[0]! += 1;
    m[1]! += y;
    m[2]! += y2;
    m[3]! += y2 * y;
    m[4]! += y2 * y2;
    v[0]! += t;
    v[1]! += t * y;
    v[2]! += t * y2;
  }
  if (m[0]! < 3) return null;
  // A small ridge keeps images with only one or two luma levels (bi-level scans) solvable.
  const ridge = 1e-6 * m[0]!;
  return solve3(
    [
      [m[0]! + ridge, m[1]!, m[2]!],
      [m[1]!, m[2]! + ridge, m[3]!],
      [m[2]!, m[3]!, m[4]! + ridge],
    ],
    [v[0]!, v[1]!, v[2]!],
  );
}

/** Solves a 3×3 linear system by Cramer's rule; null when (near) singular. */
function solve3(a: number[][], b: number[]): [number, number, number] | null {
  const det = (m: number[][]): number =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const d = det(a);
  if (Math.abs(d) < 1e-12) return null;
  const column = (k: number): number[][] => a.map((row, i) => row.map((x, j) => (j === k ? b[i]! : x)));
  return [det(column(0)) / d, det(column(1)) / d, det(column(2)) / d];
}
