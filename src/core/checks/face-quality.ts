import { ISSUE_CODES } from '../codes.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { laplacianEnergy } from '../imageops/laplacian.js';
import { sampleBox } from '../imageops/sample-box.js';
import type { Box, Issue } from '../types.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';
import { scaleBox } from '../geometry.js';
import { countedFaces } from './faces.js';

/** The inner face (eyes, nose, mouth, cheeks; little hair or background): the box less 15 % each side. */
const INNER = 0.15;
/** Side of the square the inner face is resampled to. */
const SAMPLE = 96;

/**
 * `blurry` / `too_dark` / `overexposed`, judged on the main face rather than the whole frame: a
 * sharp, bright background does not save a blurred or dark face. Blur is weak fine detail for the
 * face's contrast (Laplacian energy at a fixed 96 px over luma variance), independent of the
 * face's size in the photo.
 *
 * Without a face, a dark picture is reported `too_dark` on its whole-frame median: in a dim room
 * the detector misses faces, and "more light" is the advice that helps there.
 */
export const faceQualityCheck: Check = {
  name: 'face_quality',
  kinds: ['selfie'],
  codes: [ISSUE_CODES.blurry, ISSUE_CODES.too_dark, ISSUE_CODES.overexposed],
  needsFaces: true,
  run(context: AnalysisContext): CheckResult {
    const main = countedFaces(context.faces ?? [], context.options.faces)[0];
    const options = context.options.faceQuality;
    if (main === undefined) return darkWithoutFace(context);
    const inner: Box = {
      x: main.box.x + INNER * main.box.width,
      y: main.box.y + INNER * main.box.height,
      width: (1 - 2 * INNER) * main.box.width,
      height: (1 - 2 * INNER) * main.box.height,
    };
    const fine = sampleBox(context.luma, inner, SAMPLE);
    const sorted = Float32Array.from(fine).sort();
    const mean = fine.reduce((sum, value) => sum + value, 0) / fine.length;
    const variance = fine.reduce((sum, value) => sum + (value - mean) ** 2, 0) / fine.length;
    const scores = {
      faceLumaMedian: sorted[sorted.length >> 1]!,
      faceDetailContrast: laplacianEnergy(fine, SAMPLE, SAMPLE) / (variance + 1),
    };
    const region = scaleBox(main.box, context.scale);
    const issues: Issue[] = [];
    if (scores.faceDetailContrast < options.minDetailContrast) {
      issues.push({
        code: ISSUE_CODES.blurry,
        severity: 'fail',
        score: scores.faceDetailContrast,
        threshold: options.minDetailContrast,
        region,
      });
    }
    if (scores.faceLumaMedian < options.darkMedian) {
      issues.push({
        code: ISSUE_CODES.too_dark,
        severity: 'fail',
        score: scores.faceLumaMedian,
        threshold: options.darkMedian,
        region,
      });
    } else if (scores.faceLumaMedian > options.brightMedian) {
      issues.push({
        code: ISSUE_CODES.overexposed,
        severity: 'fail',
        score: scores.faceLumaMedian,
        threshold: options.brightMedian,
        region,
      });
    }
    return { scores, issues };
  },
};

function darkWithoutFace(context: AnalysisContext): CheckResult {
  const median = percentile(histogram(context.luma), 0.5);
  const threshold = context.options.faceQuality.darkMedian;
  const issues: Issue[] =
    median < threshold
      ? [
          {
            code: ISSUE_CODES.too_dark,
            severity: 'fail',
            score: median,
            threshold,
            detail: 'no face found; whole picture',
          },
        ]
      : [];
  return { scores: { frameLumaMedian: median }, issues };
}
