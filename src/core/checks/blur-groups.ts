import {
  type EdgeSamples,
  groupWidth,
  histogramCount,
  MAX_EDGE_WIDTH,
  MIN_GROUP_EDGES,
  widthBin,
  widthHistogram,
} from '../imageops/edge-width.js';
import type { WorkingRegion } from '../imageops/region.js';

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
export const SHARPEST_SHARE = 0.05;
/** Edge-width histograms of a region's edges, by group: see {@link edgeGroups}. */
export interface EdgeGroups {
  /** Per edge direction (the 4 orientation bins). */
  directions: Uint32Array[];
  /** Per outer third of the region: left, right, top, bottom ({@link SIDE_SHARE}). */
  sides: Uint32Array[];
  /** Per map cell. */
  cells: Uint32Array[];
}

/**
 * The widths of `edges` (measured on `region`, times `widthScale` for its own size) counted by
 * direction, by outer third of the region and by map cell (`cellOf` an analysis pixel, of
 * `cellCount`).
 */
export function edgeGroups(
  edges: EdgeSamples,
  region: WorkingRegion,
  widthScale: number,
  cellCount: number,
  cellOf: (x: number, y: number) => number,
): EdgeGroups {
  const directions = [0, 1, 2, 3].map(widthHistogram);
  const sides = [0, 1, 2, 3].map(widthHistogram);
  const cells = Array.from({ length: cellCount }, widthHistogram);
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
    cells[cellOf(region.x + (x + 0.5) * region.factor, region.y + (y + 0.5) * region.factor)]![bin]!++;
  }
  return { directions, sides, cells };
}

/**
 * The worst width across the edge directions (perpendicular pairs holding at least
 * {@link MIN_PAIR_SHARE} of the edges; a direction that lost its edges counts as unmeasurably
 * wide) and over the sides (opposite pairs); both unmeasurably wide for a region with fewer than
 * `MIN_GROUP_EDGES` edges in all (`edgeCount`).
 */
export function worstWidths(
  directions: readonly Uint32Array[],
  sides: readonly Uint32Array[],
  edgeCount: number,
): { across: number; worstSide: number } {
  if (edgeCount < MIN_GROUP_EDGES) return { across: MAX_EDGE_WIDTH, worstSide: MAX_EDGE_WIDTH };
  return {
    across: maxOf(pairedWidths(directions, [0, 2], [1, 3], MIN_PAIR_SHARE, true)),
    worstSide: maxOf(pairedWidths(sides, [0, 1], [2, 3], 0, false)),
  };
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
