/** The parts of a found document that something covers (a thumb, an object): what `cropped` names besides a cut. */

import { quadShortSide } from '../geometry.js';
import type { DocumentFinding } from '../document/locate.js';
import type { FramingOptions } from '../options.js';
import type { CornerName, FrameSide, Point } from '../types.js';

/**
 * A covered corner or edge: which (a corner, or an edge whose middle fingers cover), how far it is
 * covered (the hidden edges' or the fingers' reach, whichever is further past its threshold) and
 * that threshold, and the box around it.
 */
export interface CoveredPart {
  corner?: CornerName;
  edge?: FrameSide;
  score: number;
  threshold: number;
  around: Point[];
}

/** The covered part furthest past its threshold: its score and threshold. */
export function mostCovered(covered: readonly CoveredPart[]): { score: number; threshold: number } {
  const most = covered.reduce((a, b) => (b.score / b.threshold > a.score / a.threshold ? b : a));
  return { score: most.score, threshold: most.threshold };
}

/** Corner names by where a corner lies from the document's centre, in eighths of a turn from "right". */
const DIRECTIONS: readonly CornerName[] = [
  'right',
  'bottom-right',
  'bottom',
  'bottom-left',
  'left',
  'top-left',
  'top',
  'top-right',
];

/**
 * The covered corners: those whose edges are hidden for more than `maxHiddenEdge` of the
 * document's shorter side, or over which fingers reach further than `maxFingers` along an edge,
 * each with a box around it reaching as far from it as it is covered (at least a tenth of the
 * shorter side) to point at. They are named by their quadrant from the document's centre
 * (`top-left`), or, on a document turned so far that two corners would share a quadrant, by the
 * nearest of eight directions (`top`, `top-right`, ...).
 */
export function coveredCorners(
  corners: readonly Point[],
  { hiddenEdges, fingers }: Pick<DocumentFinding, 'hiddenEdges' | 'fingers'>,
  { maxHiddenEdge, maxFingers }: Pick<FramingOptions, 'maxHiddenEdge' | 'maxFingers'>,
): CoveredPart[] {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
  const quadrants = corners.map((p): CornerName => `${p.y < cy ? 'top' : 'bottom'}-${p.x < cx ? 'left' : 'right'}`);
  const names =
    new Set(quadrants).size === corners.length
      ? quadrants
      : corners.map((p) => DIRECTIONS[(Math.round(Math.atan2(p.y - cy, p.x - cx) / (Math.PI / 4)) + 8) % 8]!);
  const shortSide = quadShortSide(corners);
  return corners.flatMap((p, i) => {
    const [hidden, finger] = [hiddenEdges[i] ?? 0, fingers[i] ?? 0];
    const byEdges = hidden > maxHiddenEdge;
    const byFingers = finger > maxFingers;
    if (!byEdges && !byFingers) return [];
    const [score, threshold] =
      byEdges && (!byFingers || hidden / maxHiddenEdge >= finger / maxFingers)
        ? [hidden, maxHiddenEdge]
        : [finger, maxFingers];
    const reach = Math.max(0.1, hidden, finger) * shortSide;
    const around = [
      { x: p.x - reach, y: p.y - reach },
      { x: p.x + reach, y: p.y + reach },
    ];
    return [{ corner: names[i]!, score, threshold, around }];
  });
}

/**
 * The edges whose middle, away from the corners, fingers cover for more than `maxFingers` of the
 * document's shorter side: a thumb holding the card that reaches onto it past its rim. Each is
 * named by where the edge's middle lies from the document's centre, with a box around the covered
 * stretch (at least a tenth of the shorter side each way).
 */
export function coveredEdges(
  corners: readonly Point[],
  { fingersOnSides }: Pick<DocumentFinding, 'fingersOnSides'>,
  { maxFingers }: Pick<FramingOptions, 'maxFingers'>,
): CoveredPart[] {
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / corners.length;
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / corners.length;
  const margin = 0.1 * quadShortSide(corners);
  return fingersOnSides.flatMap(({ reach, start, end }, i) => {
    if (!(reach > maxFingers)) return [];
    const [from, to] = [corners[i]!, corners[(i + 1) % corners.length]!];
    const at = (share: number): Point => ({ x: from.x + share * (to.x - from.x), y: from.y + share * (to.y - from.y) });
    const middle = at(0.5);
    const angle = Math.atan2(middle.y - cy, middle.x - cx) / (Math.PI / 2);
    const edge = EDGE_DIRECTIONS[(Math.round(angle) + 4) % 4]!;
    const around = [at(start), at(end)].flatMap((p) => [
      { x: p.x - margin, y: p.y - margin },
      { x: p.x + margin, y: p.y + margin },
    ]);
    return [{ edge, score: reach, threshold: maxFingers, around }];
  });
}

/** Edge names by where an edge's middle lies from the document's centre, in quarter turns from "right". */
const EDGE_DIRECTIONS: readonly FrameSide[] = ['right', 'bottom', 'left', 'top'];
