import { ISSUE_CODES } from '../codes.js';
import { groupWidth, MAX_EDGE_WIDTH, MIN_GROUP_EDGES, widthBin, widthHistogram } from '../imageops/edge-width.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { regionEdges } from '../imageops/region.js';
import { sampleBox } from '../imageops/sample-box.js';
import type { Box, Issue } from '../types.js';
import type { AnalysisContext, Check } from './check.js';
import { scaleBox } from '../geometry.js';
import { mainFace } from './faces.js';

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
export const faceQualityCheck: Check<{ face: Box }> = {
  name: 'face_quality',
  kinds: ['selfie'],
  codes: [ISSUE_CODES.blurry, ISSUE_CODES.too_dark, ISSUE_CODES.overexposed],
  needsFaces: true,
  measure(context) {
    const main = mainFace(context.faces ?? [], context.options.faces.minScore);
    // Without a face, a dark picture is judged on its whole-frame median.
    if (main === undefined) return { scores: { frameLumaMedian: percentile(histogram(context.luma), 0.5) } };
    const inner: Box = {
      x: main.box.x + INNER * main.box.width,
      y: main.box.y + INNER * main.box.height,
      width: (1 - 2 * INNER) * main.box.width,
      height: (1 - 2 * INNER) * main.box.height,
    };
    const sorted = Float32Array.from(sampleBox(context.luma, inner, SAMPLE)).sort();
    const scores = { faceLumaMedian: sorted[sorted.length >> 1]!, faceEdgeWidth: faceEdgeWidth(context, inner) };
    return { scores, evidence: { face: main.box } };
  },
  judge({ scores, evidence }, { options: { faceQuality: options }, frame }) {
    if (evidence === undefined) {
      const median = scores.frameLumaMedian!;
      if (median >= options.darkMedian) return { issues: [] };
      const detail = 'no face found; whole picture';
      return {
        issues: [
          { code: ISSUE_CODES.too_dark, severity: 'fail', score: median, threshold: options.darkMedian, detail },
        ],
      };
    }
    const { faceLumaMedian, faceEdgeWidth } = scores as { faceLumaMedian: number; faceEdgeWidth: number };
    const region = scaleBox(evidence.face, frame.scale);
    // A dark face shows little contrast: it is judged too dark, not blurred (no edge width reported).
    if (faceLumaMedian < options.darkMedian) {
      return {
        scores: { faceEdgeWidth: Number.NaN },
        issues: [
          {
            code: ISSUE_CODES.too_dark,
            severity: 'fail',
            score: faceLumaMedian,
            threshold: options.darkMedian,
            region,
          },
        ],
      };
    }
    const issues: Issue[] = [];
    if (faceEdgeWidth > options.maxEdgeWidth) {
      issues.push({
        code: ISSUE_CODES.blurry,
        severity: 'fail',
        score: faceEdgeWidth,
        threshold: options.maxEdgeWidth,
        region,
      });
    }
    if (faceLumaMedian > options.brightMedian) {
      issues.push({
        code: ISSUE_CODES.overexposed,
        severity: 'fail',
        score: faceLumaMedian,
        threshold: options.brightMedian,
        region,
      });
    }
    return { issues };
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
