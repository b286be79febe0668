import { ISSUE_CODES } from '../codes.js';
import { clippedBounds, scaleBox } from '../geometry.js';
import { groupWidth, MIN_GROUP_EDGES } from '../imageops/edge-width.js';
import { cellsBox, emptyMap, mapCell } from '../imageops/heatmap.js';
import { regionEdges } from '../imageops/region.js';
import type { Box } from '../types.js';
import { edgeGroups, SHARPEST_SHARE, worstWidths } from './blur-groups.js';
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
    const { directions, sides, cells } = edgeGroups(edges, region, widthScale, map.values.length, (x, y) =>
      mapCell(map, width, height, x, y),
    );
    // A cell holds fewer edges once the region was measured at a smaller size.
    const cellMinimum = Math.max(8, MIN_GROUP_EDGES / widthScale ** 2);
    const cellWidths = cells.map((counts) => groupWidth(counts, cellMinimum, SHARPEST_SHARE));
    cellWidths.forEach((cellWidth, cell) => (map.values[cell] = Math.min(1, CRISP_WIDTH / cellWidth)));
    const { across, worstSide } = worstWidths(directions, sides, edges.count);
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
