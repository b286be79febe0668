import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, scaleBox } from '../geometry.js';
import {
  groupWidth,
  histogramCount,
  MAX_EDGE_WIDTH,
  MIN_GROUP_EDGES,
  widthBin,
  widthHistogram,
} from '../imageops/edge-width.js';
import { cellsBox, emptyMap, mapCell } from '../imageops/heatmap.js';
import { regionEdges } from '../imageops/region.js';
import type { Box } from '../types.js';
import type { Check } from './check.js';
import { measuredOutline } from './outline.js';

/**
 * Longest side of the whole frame when its edges are measured (it is downscaled to it) where no
 * document outline was found: the frame then holds the desk or a screen beside the document,
 * whose softness shows at full size (measured at 1024 px, a cut card's frame reads 3.3 px and a
 * screen capture 3.4 px, both sharp). A found document is measured at its own size in the
 * analysis image, never downscaled: a phone's focus error is a share of the frame, so shrinking a
 * document that fills 80 % of it to 640 px shrank a mild defocus below the threshold too.
 */
const FRAME_WORKING_SIDE = 640;
/** Share of the way to the document's centre left out: its outline meets the (maybe defocused) background. */
const INSET = 0.05;
/** Least luma step for an edge to be measured: print and photo edges, not paper grain or JPEG noise. */
const MIN_CONTRAST = 30;
/**
 * Share of the document, from each side, whose edges are also judged on their own: a card tilted
 * towards the camera can be out of focus along one side only. Halves dilute a blurred outer
 * quarter with the sharp middle; thirds still hold enough edges to measure.
 */
const SIDE_SHARE = 1 / 3;
/**
 * Two perpendicular edge directions are judged only when they hold this share of all edges
 * together: a card printed in rows and columns has few diagonal edges, and a few soft ones (the
 * rim of a reflection) would decide their quartile.
 */
const MIN_PAIR_SHARE = 0.1;
/**
 * An edge direction with too few edges to measure, whose perpendicular partner has this many times
 * {@link MIN_GROUP_EDGES}, has lost its edges to blur: heavy camera shake smears them below the
 * least contrast. It counts as unmeasurably wide. (Not so for a side of the document: a third
 * with no edges is more often blank, as below the last line of a form.)
 */
const COLLAPSE_RATIO = 10;
/**
 * A group's width is the width of its sharpest edges: this quantile of theirs. Focus is told by the
 * crispest edges a document shows: soft print (guilloche, halftone, a worn card) widens many edges
 * of a sharp photo but none beyond what the lens draws, while defocus widens every edge, the
 * crispest too. On generated mild defocus of the corpus' good phone photos (σ 0.15 % of the long
 * side) the quartile width overlapped the sharp photos' (3.7 against up to 4.0 px); this one does
 * not (3.2 against up to 2.9 px).
 */
const SHARPEST_SHARE = 0.05;
/** Width of a crisp edge at the working size; the map shows crisp / measured width, capped at 1. */
const CRISP_WIDTH = 2;

/**
 * `blurry`: the document's edges are wide. Every edge with a clear step (print, portrait, card
 * edges) is measured for its width, contrast over steepest slope, on the document at its own size
 * in the analysis image (the whole frame, where no outline was found, downscaled to at most 640
 * px). The score is the worst width of the sharpest edges (their 5 % quantile) in each of four
 * edge directions (motion blur widens only the edges across the motion) and in each outer third
 * of the document (one side out of focus). `maps.sharpness` shows crisp width over measured width
 * per cell (1 crisp; NaN where a cell has too few edges to judge).
 *
 * Judged for documents. For a selfie the whole frame is measured for the map and the scores, and
 * `blurry` is judged on the face (`face_quality`): a defocused background is fine there.
 */
export const blurCheck: Check<BlurEvidence> = {
  name: 'blur',
  kinds: ['document', 'selfie'],
  codes: [ISSUE_CODES.blurry],
  measure(context) {
    const { width, height } = context.raster;
    const { outline, wholeFrame } = measuredOutline(context, INSET);
    const minEdges = 4 * MIN_GROUP_EDGES;
    const workingSide = wholeFrame ? FRAME_WORKING_SIDE : Math.max(width, height);
    const { region, edges, widthScale } = regionEdges(context.raster, outline, workingSide, MIN_CONTRAST, minEdges);
    const map = emptyMap(width, height, Number.NaN);
    const directions = [0, 1, 2, 3].map(widthHistogram);
    const sides = [0, 1, 2, 3].map(widthHistogram);
    const cells = Array.from(map.values, widthHistogram);
    const { width: regionWidth, height: regionHeight } = region.luma;
    for (let i = 0; i < edges.count; i++) {
      const bin = widthBin(edges.width[i]! * widthScale);
      const x = edges.x[i]!;
      const y = edges.y[i]!;
      directions[edges.orientation[i]!]![bin]!++;
      if (x < SIDE_SHARE * regionWidth) sides[0]![bin]!++;
      if (x >= (1 - SIDE_SHARE) * regionWidth) sides[1]![bin]!++;
      if (y < SIDE_SHARE * regionHeight) sides[2]![bin]!++;
      if (y >= (1 - SIDE_SHARE) * regionHeight) sides[3]![bin]!++;
      const ax = region.x + (x + 0.5) * region.factor;
      const ay = region.y + (y + 0.5) * region.factor;
      cells[mapCell(map, width, height, ax, ay)]![bin]!++;
    }
    // A cell holds fewer edges once the region was measured at a smaller size.
    const cellMinimum = Math.max(8, MIN_GROUP_EDGES / widthScale ** 2);
    const cellWidths = cells.map((counts) => groupWidth(counts, cellMinimum, SHARPEST_SHARE));
    cellWidths.forEach((cellWidth, cell) => (map.values[cell] = Math.min(1, CRISP_WIDTH / cellWidth)));
    const featureless = edges.count < MIN_GROUP_EDGES;
    const across = featureless ? MAX_EDGE_WIDTH : maxOf(pairedWidths(directions, [0, 2], [1, 3], MIN_PAIR_SHARE, true));
    const worstSide = featureless ? MAX_EDGE_WIDTH : maxOf(pairedWidths(sides, [0, 1], [2, 3], 0, false));
    const scores = {
      edgeCount: edges.count,
      edgeWidthAcross: across,
      edgeWidthWorstSide: worstSide,
      edgeWidth: Math.max(across, worstSide),
    };
    const evidence = { cellWidths, outline: clippedBounds(outline, width, height) };
    return { scores, evidence, maps: { sharpness: map } };
  },
  judge({ scores, evidence, maps }, { kind, options, frame }) {
    const threshold = options.blur.maxEdgeWidth;
    // Judged for documents; a selfie's blur is judged on the face (`face_quality`).
    if (kind !== 'document' || !(scores.edgeWidth! > threshold)) return { issues: [] };
    const blurred = evidence!.cellWidths.flatMap((cellWidth, cell) => (cellWidth > threshold ? [cell] : []));
    const box = blurred.length > 0 ? cellsBox(maps!.sharpness!, blurred, frame.width, frame.height) : evidence!.outline;
    return {
      issues: [
        {
          code: ISSUE_CODES.blurry,
          severity: 'fail',
          score: scores.edgeWidth!,
          threshold,
          region: scaleBox(box, frame.scale),
        },
      ],
    };
  },
};

/** Where blur was measured: each map cell's edge width, and the measured outline's bounds. */
interface BlurEvidence {
  /** Quartile edge width per cell of `maps.sharpness` (NaN where too few edges). */
  cellWidths: number[];
  outline: Box;
}

/**
 * Widths of groups judged in pairs (perpendicular directions, opposite sides): a pair holding
 * less than `minPairShare` of all edges is not judged; with `collapse`, a group too sparse to
 * measure whose partner is rich has lost its edges to blur (see {@link COLLAPSE_RATIO}).
 */
function pairedWidths(
  groups: readonly Uint32Array[],
  first: readonly [number, number],
  second: readonly [number, number],
  minPairShare: number,
  collapse: boolean,
): number[] {
  const counts = groups.map(histogramCount);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return [first, second].flatMap(([a, b]) => {
    if (counts[a]! + counts[b]! < minPairShare * total) return [];
    const widthOf = (group: number, partner: number): number => {
      if (counts[group]! >= MIN_GROUP_EDGES) return groupWidth(groups[group]!, MIN_GROUP_EDGES, SHARPEST_SHARE);
      return collapse && counts[partner]! >= COLLAPSE_RATIO * MIN_GROUP_EDGES ? MAX_EDGE_WIDTH : Number.NaN;
    };
    return [widthOf(a, b), widthOf(b, a)];
  });
}

/** Largest value, ignoring NaN; 0 when there is none. */
function maxOf(values: readonly number[]): number {
  return values.reduce((max, value) => (value > max ? value : max), 0);
}
