import { ISSUE_CODES } from '../codes.js';
import { groupWidth, MAX_EDGE_WIDTH, MIN_GROUP_EDGES, widthBin, widthHistogram } from '../imageops/edge-width.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { regionEdges } from '../imageops/region.js';
import { sampleBox } from '../imageops/sample-box.js';
import type { Box, Issue } from '../types.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';
import { scaleBox } from '../geometry.js';
import { countedFaces } from './faces.js';

/** The inner face (eyes, nose, mouth, cheeks; little hair or background): the box less 15 % each side. */
const INNER = 0.15;
/** Side of the square the inner face is resampled to for its brightness. */
const SAMPLE = 96;
/** Longest side of the inner face when its edges are measured: blur is judged relative to the face. */
const EDGE_SIDE = 160;
/** Least luma step for an edge of the face to be measured (eyes, brows, lips, nostrils). */
const EDGE_CONTRAST = 20;

/**
 * `blurry` / `too_dark` / `overexposed`, judged on the main face rather than the whole frame: a
 * sharp, bright background does not save a blurred or dark face. Blur is the quartile width of
 * the inner face's edges (see `measureEdgeWidths`), the face downscaled to at most 160 px;
 * independent of its contrast.
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
    const sorted = Float32Array.from(sampleBox(context.luma, inner, SAMPLE)).sort();
    const scores = {
      faceLumaMedian: sorted[sorted.length >> 1]!,
      faceEdgeWidth: Number.NaN,
    };
    // A dark face shows little contrast: it is judged too dark, not blurred.
    if (scores.faceLumaMedian >= options.darkMedian) scores.faceEdgeWidth = faceEdgeWidth(context, inner);
    const region = scaleBox(main.box, context.scale);
    const issues: Issue[] = [];
    if (scores.faceEdgeWidth > options.maxEdgeWidth) {
      issues.push({
        code: ISSUE_CODES.blurry,
        severity: 'fail',
        score: scores.faceEdgeWidth,
        threshold: options.maxEdgeWidth,
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

/**
 * Quartile edge width of the inner face (clipped to the frame), at most 25.6 (no measurable edge);
 * NaN when the face lies outside the frame.
 */
function faceEdgeWidth(context: AnalysisContext, inner: Box): number {
  const { width, height } = context.raster;
  const x0 = Math.max(0, inner.x);
  const y0 = Math.max(0, inner.y);
  const x1 = Math.min(width, inner.x + inner.width);
  const y1 = Math.min(height, inner.y + inner.height);
  if (x1 - x0 < 4 || y1 - y0 < 4) return Number.NaN;
  const outline = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
  const { edges, widthScale } = regionEdges(context.raster, outline, EDGE_SIDE, EDGE_CONTRAST, MIN_GROUP_EDGES);
  const counts = widthHistogram();
  for (let i = 0; i < edges.count; i++) counts[widthBin(edges.width[i]! * widthScale)]!++;
  // No measurable edge at any size on a face lit well enough: its features are blurred away.
  return edges.count < MIN_GROUP_EDGES ? MAX_EDGE_WIDTH : groupWidth(counts);
}

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
