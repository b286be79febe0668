import type { Point, Raster } from '../types.js';
import { cornerOverrun, FRAME_SIDES, hiddenCornerEdges, sidesOverrun, type FrameSide } from './corners.js';
import { fingersOverEdges, type SideCover } from './fingers.js';
import { colourGradient } from './gradient.js';
import { borderLines, findLines } from './lines.js';
import { refineQuad } from './refine.js';
import { clearCutOverFrameFiller, cutAround, cutButClear, outermost } from './choose.js';
import { completedCard } from './complete.js';
import { polygonArea, quadCandidates } from './quad.js';

/** Working size of the localisation (longer side, px): edges of a card are still several pixels long. */
export const LOCATE_SIDE = 512;

export type { FrameSide } from './corners.js';

/** Where the document is in a photo. */
export interface DocumentFinding {
  /** The document's outline in the pixels of the raster searched, clockwise; null when none is plausible. */
  corners: [Point, Point, Point, Point] | null;
  /** Score of the best outline (0-1): weakest side's edge support × mean support × area^¼. */
  score: number;
  /** Share of the frame the outline covers (may exceed 1 when it runs off the frame). */
  areaShare: number;
  /** No outline inside the frame: the document fills it (a scan or a tight crop). */
  fillsFrame: boolean;
  /** Frame sides the document runs past. */
  cutSides: FrameSide[];
  /**
   * Per frame side, how far the document's rounded corners reach past it (share of the frame's
   * longer side; negative when inside, -1 without an outline in the frame). A tip just past the
   * frame, within {@link FindingLimits.cornerTolerance}, is not a cut side, but may be a cut.
   */
  overrun: Record<FrameSide, number>;
  /** Edge support under each side of the outline (NaN for a side on the frame border); empty without one. */
  sideSupport: number[];
  /**
   * Per corner: share of the document's shorter side over which both edges meeting there are
   * missing next to it (a thumb or an object over the corner); empty without an outline in the frame.
   */
  hiddenEdges: number[];
  /**
   * Per corner: share of the document's shorter side over which fingers lie across the edges next
   * to it (see `fingersOverEdges`); empty without an outline in the frame.
   */
  fingers: number[];
  /**
   * Per side (side i from corners[i] to corners[i + 1]): fingers over the middle of that edge,
   * away from its corners (a thumb holding the card that reaches onto it); empty without an
   * outline in the frame.
   */
  fingersOnSides: SideCover[];
}

/** {@link DocumentFinding.overrun} without an outline in the frame. */
const NO_OVERRUN: Readonly<Record<FrameSide, number>> = { top: -1, right: -1, bottom: -1, left: -1 };

/** Limits for turning the best outline into a finding. */
export interface FindingLimits {
  /** Least outline score for a document to count as found. */
  minScore: number;
  /** From this share of the frame, the document fills it (a scan or a tight crop). */
  fillShare: number;
  /**
   * A corner is cut off when its rounded tip lies further than this share of the frame's longer
   * side outside it. The localisation errs far less (corpus doc_good, 172 corners: p50 0.09 %,
   * p98 0.32 %), but a tip just past the frame may be a framing the user meant: a good corpus photo
   * has its page corner 1.7 % outside. Between the framing option `maxOverrun` and this, `cropped`
   * only warns.
   */
  cornerTolerance: number;
  /** In a document-shaped frame, outlines smaller than this share are print on a scan. */
  tooSmallInScan: number;
  /** Least edge support on every visible side of a document that runs off the frame. */
  minCutSupport: number;
  /** Frame aspect ratios (long / short) a scan or tight crop of a document has. */
  scanAspect: readonly [number, number];
  /**
   * Longer side the edges are looked for at (the raster shrinks by a whole factor towards it):
   * {@link LOCATE_SIDE} for a photo, less for a live camera frame.
   */
  workingSide: number;
  /**
   * Straight edges considered: enough for a card's four among a cluttered desk's. Every pair of
   * pairs of them is a candidate, so the time grows with about the fourth power of this.
   */
  maxLines: number;
}

export const FINDING_LIMITS: FindingLimits = {
  minScore: 0.25,
  fillShare: 0.75,
  cornerTolerance: 0.02,
  minCutSupport: 0.7,
  tooSmallInScan: 0.2,
  // ID-3 passport page 1.42, A4 1.414, ID-1 card 1.586; phone frames (4:3 = 1.333, 16:9 = 1.778) fall outside.
  scanAspect: [1.36, 1.64],
  workingSide: LOCATE_SIDE,
  maxLines: 40,
};

/** Magnitude above which a pixel is an edge: the 85th percentile (whole levels), at least 10. */
function edgeThresholdOf(magnitude: Float32Array): number {
  const counts = new Uint32Array(1024);
  for (const m of magnitude) counts[Math.min(1023, Math.floor(m))]!++;
  let seen = 0;
  const target = 0.85 * magnitude.length;
  for (let level = 0; level < counts.length; level++) {
    seen += counts[level]!;
    if (seen >= target) return Math.max(10, level);
  }
  return 10;
}

/**
 * Finds the document in a photo: straight colour edges (Hough, each edge pixel voting near its
 * own gradient direction), every quad two pairs of roughly parallel edges make (the frame's
 * sides standing in for at most two document edges that run off it), scored by the edge support
 * under its sides; then judges how the best one sits in the frame.
 */
export function locateDocument(raster: Raster, limits: FindingLimits = FINDING_LIMITS): DocumentFinding {
  const field = colourGradient(raster, limits.workingSide);
  const edgeThreshold = edgeThresholdOf(field.magnitude);
  const minVotes = 0.06 * Math.min(field.width, field.height);
  const lines = [
    ...findLines(field, edgeThreshold, limits.maxLines, minVotes),
    ...borderLines(field.width, field.height),
  ];
  const candidates = quadCandidates(lines, field, edgeThreshold);
  const aspect = Math.max(raster.width, raster.height) / Math.min(raster.width, raster.height);
  const scanShaped = aspect >= limits.scanAspect[0] && aspect <= limits.scanAspect[1];
  let best = outermost(candidates);
  // On a scan, small outlines are print on the page (see below), and ruled tables make cut quads.
  if (best !== undefined && !scanShaped) {
    best = cutAround(best, candidates, field.width * field.height, limits.minCutSupport) ?? best;
    // A card whose side is under a hand, found as a part of it (see `completedCard`).
    best = completedCard(best, lines, field, edgeThreshold, limits.minScore) ?? best;
  }
  if (best === undefined || best.score < limits.minScore) {
    // A document cut by the frame scores low (its frame-border sides count as weak evidence):
    // take it when its own edges are clearly there.
    best = candidates.find((candidate) => cutButClear(candidate, limits.minCutSupport)) ?? best;
  }
  // No outline inside the frame: the document fills it (a scan or a tight crop), or is not there.
  const noOutline = (fillsFrame: boolean, score: number): DocumentFinding => ({
    corners: fillsFrame
      ? [
          { x: 0, y: 0 },
          { x: raster.width, y: 0 },
          { x: raster.width, y: raster.height },
          { x: 0, y: raster.height },
        ]
      : null,
    score,
    areaShare: fillsFrame ? 1 : 0,
    fillsFrame,
    cutSides: [],
    overrun: { ...NO_OVERRUN },
    sideSupport: [],
    hiddenEdges: [],
    fingers: [],
    fingersOnSides: [],
  });
  if (best === undefined || (best.score < limits.minScore && !cutButClear(best, limits.minCutSupport))) {
    return noOutline(scanShaped, best?.score ?? 0);
  }
  if (!scanShaped) best = clearCutOverFrameFiller(best, candidates, field.width * field.height, limits);
  const toRaster = (p: Point): Point => ({ x: (p.x + 0.5) * field.scale, y: (p.y + 0.5) * field.scale });
  const refined = refineQuad(field, best.corners, best.sides, edgeThreshold);
  const corners = refined.map(toRaster) as [Point, Point, Point, Point];
  const areaShare = polygonArea(corners) / (raster.width * raster.height);
  // In a document-shaped frame a small outline is something printed on a scan, not a document far away.
  if (areaShare >= limits.fillShare || (scanShaped && areaShare < limits.tooSmallInScan)) {
    return noOutline(true, best.score);
  }
  const cut = new Set<FrameSide>(best.sides.flatMap((side) => (side.border ? [side.border] : [])));
  const overrun = cornerOverrun(corners, raster.width, raster.height);
  const onBorder = best.sides.map((side) => side.border !== undefined);
  for (const side of sidesOverrun(overrun, limits.cornerTolerance)) cut.add(side);
  const fingers = fingersOverEdges(field, raster, refined, onBorder);
  return {
    corners,
    score: best.score,
    areaShare,
    fillsFrame: false,
    cutSides: FRAME_SIDES.filter((side) => cut.has(side)),
    overrun,
    sideSupport: [...best.support],
    hiddenEdges: hiddenCornerEdges(field, refined, onBorder),
    fingers: fingers.corners,
    fingersOnSides: fingers.sides,
  };
}
