import { ISSUE_CODES } from '../codes.js';
import { scaleBox } from '../geometry.js';
import { WIDTH_BINS, widthBin, widthQuantile } from '../imageops/edge-width.js';
import { regionEdges } from '../imageops/region.js';
import type { Box, Heatmap, Issue } from '../types.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';
import { emptyMap, mapCell, measuredOutline } from './outline.js';

/** Longest side of the document when its edges are measured: blur is judged relative to the document. */
const WORKING_SIDE = 640;
/** Share of the way to the document's centre left out: its outline meets the (maybe defocused) background. */
const INSET = 0.05;
/** Least luma step for an edge to be measured: print and photo edges, not paper grain or JPEG noise. */
const MIN_CONTRAST = 30;
/** Edges a group (direction, side, map cell) needs for its width to count. */
const MIN_EDGES = 30;
/** The group's width is this quantile of its edges' widths: its sharper edges, robust to soft print. */
const QUANTILE = 0.25;
/**
 * Share of the document, from each side, whose edges are also judged on their own: a card tilted
 * towards the camera can be out of focus along one side only. Halves dilute a blurred outer
 * quarter with the sharp middle; thirds still hold enough edges to measure.
 */
const SIDE_SHARE = 1 / 3;
/** Width of a crisp edge at the working size; the map shows crisp / measured width, capped at 1. */
const CRISP_WIDTH = 2.5;

/**
 * `blurry`: the document's edges are wide. Every edge with a clear step (print, portrait, card
 * edges) is measured for its width, contrast over steepest slope, at a size tied to the document.
 * The score is the worst of the quartile widths in each of four edge directions (motion blur
 * widens only the edges across the motion) and in each outer third of the document (one side
 * out of focus). `maps.sharpness` shows crisp width over measured width per cell (1 crisp; NaN where a
 * cell has too few edges to judge).
 *
 * Judged for documents. For a selfie the whole frame is measured for the map and the scores, and
 * `blurry` is judged on the face (`face_quality`): a defocused background is fine there.
 */
export const blurCheck: Check = {
  name: 'blur',
  kinds: ['document', 'selfie'],
  codes: [ISSUE_CODES.blurry],
  run(context: AnalysisContext): CheckResult {
    const { width, height } = context.raster;
    const outline = measuredOutline(context, INSET);
    const { region, edges, widthScale } = regionEdges(
      context.raster,
      outline,
      WORKING_SIDE,
      MIN_CONTRAST,
      4 * MIN_EDGES,
    );
    const map = emptyMap(width, height, Number.NaN);
    const groups = { direction: histograms(4), side: histograms(4), cell: histograms(map.values.length) };
    const { width: regionWidth, height: regionHeight } = region.luma;
    for (let i = 0; i < edges.count; i++) {
      const bin = widthBin(edges.width[i]! * widthScale);
      const x = edges.x[i]!;
      const y = edges.y[i]!;
      groups.direction[edges.orientation[i]!]![bin]!++;
      if (x < SIDE_SHARE * regionWidth) groups.side[0]![bin]!++;
      if (x >= (1 - SIDE_SHARE) * regionWidth) groups.side[1]![bin]!++;
      if (y < SIDE_SHARE * regionHeight) groups.side[2]![bin]!++;
      if (y >= (1 - SIDE_SHARE) * regionHeight) groups.side[3]![bin]!++;
      const cell = mapCell(
        map,
        width,
        height,
        region.x + (x + 0.5) * region.factor,
        region.y + (y + 0.5) * region.factor,
      );
      groups.cell[cell]![bin]!++;
    }
    const directionWidths = groups.direction.map(quantileWidth);
    const sideWidths = groups.side.map(quantileWidth);
    const cellWidths = groups.cell.map(quantileWidth);
    cellWidths.forEach((cellWidth, cell) => (map.values[cell] = Math.min(1, CRISP_WIDTH / cellWidth)));
    const scores = {
      edgeCount: edges.count,
      edgeWidthAcross: maxOf(directionWidths),
      edgeWidthWorstSide: maxOf(sideWidths),
      edgeWidth: Math.max(maxOf(directionWidths), maxOf(sideWidths)),
    };
    const threshold = context.options.blur.maxEdgeWidth;
    const issues: Issue[] = [];
    if (context.kind === 'document' && scores.edgeWidth > threshold) {
      issues.push({
        code: ISSUE_CODES.blurry,
        severity: 'fail',
        score: scores.edgeWidth,
        threshold,
        region: scaleBox(blurredArea(map, cellWidths, threshold, width, height), context.scale),
      });
    }
    return { scores, issues, maps: { sharpness: map } };
  },
};

function histograms(count: number): Uint32Array[] {
  return Array.from({ length: count }, () => new Uint32Array(WIDTH_BINS));
}

/** The {@link QUANTILE} width of a group's histogram; NaN below {@link MIN_EDGES} edges. */
function quantileWidth(counts: Uint32Array): number {
  return widthQuantile(counts, QUANTILE, MIN_EDGES);
}

/** Largest value, ignoring NaN; 0 when there is none. */
function maxOf(values: readonly number[]): number {
  return values.reduce((max, value) => (value > max ? value : max), 0);
}

/** Bounding box (analysis pixels) of the map cells wider than `threshold`; the measured cells when none is. */
function blurredArea(
  map: Heatmap,
  cellWidths: readonly number[],
  threshold: number,
  width: number,
  height: number,
): Box {
  const measured = cellWidths.flatMap((cellWidth, cell) => (Number.isNaN(cellWidth) ? [] : [cell]));
  const blurred = measured.filter((cell) => cellWidths[cell]! > threshold);
  const cells = blurred.length > 0 ? blurred : measured;
  if (cells.length === 0) return { x: 0, y: 0, width, height };
  const cols = cells.map((cell) => cell % map.cols);
  const rows = cells.map((cell) => Math.floor(cell / map.cols));
  const cellWidth = width / map.cols;
  const cellHeight = height / map.rows;
  const x = Math.min(...cols) * cellWidth;
  const y = Math.min(...rows) * cellHeight;
  return { x, y, width: (Math.max(...cols) + 1) * cellWidth - x, height: (Math.max(...rows) + 1) * cellHeight - y };
}
