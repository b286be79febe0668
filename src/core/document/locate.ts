import { insideQuad } from '../geometry.js';
import type { Point, Raster } from '../types.js';
import { cornerOverrun, FRAME_SIDES, hiddenCornerEdges, sidesOverrun, type FrameSide } from './corners.js';
import { fingersOverCorners } from './fingers.js';
import { colourGradient } from './gradient.js';
import { borderLines, findLines } from './lines.js';
import { refineQuad } from './refine.js';
import { polygonArea, quadCandidates, type QuadCandidate } from './quad.js';

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
   * to it (see `fingersOverCorners`); empty without an outline in the frame.
   */
  fingers: number[];
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

/**
 * The best-scored quad, or a quad around it that is nearly as good: a card's coloured header or
 * footer band makes an inner quad whose sides are crisper than the card's own outline. A quad
 * around it with a document's proportions, where the best one's are further off, may be larger
 * and have a weaker side (a panel of a card held by a thumb).
 */
function outermost(candidates: readonly QuadCandidate[]): QuadCandidate | undefined {
  let best = candidates[0];
  if (best === undefined) return undefined;
  for (let grown = true; grown;) {
    grown = false;
    const area = polygonArea(best.corners);
    const bestError = aspectError(best.corners);
    for (const candidate of candidates) {
      if (candidate === best || candidate.score < OUTER_MIN_SCORE_SHARE * best.score) continue;
      // A card around a panel of itself: a thumb over the middle of the card's edge weakens that side.
      const candidateError = aspectError(candidate.corners);
      const card = candidateError <= ASPECT_TOLERANCE && candidateError < bestError;
      const outerArea = polygonArea(candidate.corners);
      if (outerArea <= area || outerArea > (card ? CARD_MAX_GROWTH : OUTER_MAX_GROWTH) * area) continue;
      const own = candidate.support.filter((support) => !Number.isNaN(support));
      if (own.some((support) => support < (card ? CARD_MIN_SUPPORT : OUTER_MIN_SUPPORT))) continue;
      if (
        !best.corners.every((corner) => insideQuad(candidate.corners, corner, INSIDE_TOLERANCE * Math.sqrt(outerArea)))
      )
        continue;
      best = candidate;
      grown = true;
      break;
    }
  }
  return best;
}

/** An enclosing quad replaces the best one when it scores at least this share of it, */
const OUTER_MIN_SCORE_SHARE = 0.85;
/** is at most this much larger, */
const OUTER_MAX_GROWTH = 1.4;
/** and has at least this edge support on each of its own sides. */
const OUTER_MIN_SUPPORT = 0.8;

/**
 * Long / short side ratios of documents: ID-1 cards 1.586, ID-3 passport pages 1.42 (A4 1.414).
 * A quad within {@link ASPECT_TOLERANCE} of one (relative) is document-shaped.
 */
const DOCUMENT_ASPECTS = [1.586, 1.42];
const ASPECT_TOLERANCE = 0.04;
/**
 * A document-shaped quad around a best quad of a less document-like shape (a card's text panel
 * beside its portrait column, ~60 % of the card) may be up to this much larger,
 */
const CARD_MAX_GROWTH = 1.8;
/**
 * and have a weaker side of its own: a thumb over the middle of a card's edge. (Measured on a
 * generated card: found under a thumb over 24 % of the edge, lost to the panel at 29 %.)
 */
const CARD_MIN_SUPPORT = 0.6;

/** Relative distance of a quad's side ratio (opposite sides averaged) from the nearest document's. */
function aspectError(corners: readonly Point[]): number {
  const length = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
  const [a, b, c, d] = corners as [Point, Point, Point, Point];
  const first = (length(a, b) + length(c, d)) / 2;
  const second = (length(b, c) + length(d, a)) / 2;
  const aspect = Math.max(first, second) / Math.min(first, second);
  return Math.min(...DOCUMENT_ASPECTS.map((documentAspect) => Math.abs(aspect / documentAspect - 1)));
}

/** A quad lies inside another when no corner is further outside it than this share of its side (√area). */
const INSIDE_TOLERANCE = 0.02;

/** A quad with frame-border sides whose own edges all have at least `minSupport`. */
function cutButClear(candidate: QuadCandidate, minSupport: number): boolean {
  const own = candidate.support.filter((support) => !Number.isNaN(support));
  return own.length < 4 && own.every((support) => support >= minSupport);
}

/**
 * A whole quad this small (share of the frame) would be a document too far away to read; inside a
 * larger cut quad with clear edges it is something printed on a document the frame cuts.
 */
const CUT_AROUND_MAX_SHARE = 0.08;
/** The cut quad must be at least this many times larger than the whole one. */
const CUT_AROUND_GROWTH = 2;

/**
 * A document cut by the frame, with clear edges, around a `best` quad so small that it would be a
 * document too far away: it is then the portrait or a text block printed on the cut document,
 * whose frame-border sides make it score lower than the crisp print inside.
 */
function cutAround(
  best: QuadCandidate,
  candidates: readonly QuadCandidate[],
  frameArea: number,
  minSupport: number,
): QuadCandidate | undefined {
  const area = polygonArea(best.corners);
  if (best.sides.some((side) => side.border) || area >= CUT_AROUND_MAX_SHARE * frameArea) return undefined;
  return candidates.find(
    (candidate) =>
      cutButClear(candidate, minSupport) &&
      polygonArea(candidate.corners) >= CUT_AROUND_GROWTH * area &&
      best.corners.every((corner) =>
        insideQuad(candidate.corners, corner, INSIDE_TOLERANCE * Math.sqrt(polygonArea(candidate.corners))),
      ),
  );
}

/**
 * A frame-filling outline with a side on the frame border and a weak side of its own is the desk
 * or keyboard around the document (it would pass as a tight crop): a document cut by the frame
 * with clear edges inside it, when there is one among the candidates, is the better find. It must
 * be as large as a cut document around print would be ({@link CUT_AROUND_MAX_SHARE}), not a strip.
 */
export function clearCutOverFrameFiller(
  best: QuadCandidate,
  candidates: readonly QuadCandidate[],
  frameArea: number,
  limits: FindingLimits,
): QuadCandidate {
  const fillsFrame = polygonArea(best.corners) >= limits.fillShare * frameArea;
  if (!fillsFrame || !best.sides.some((side) => side.border) || cutButClear(best, limits.minCutSupport)) return best;
  const tolerance = INSIDE_TOLERANCE * Math.sqrt(polygonArea(best.corners));
  return (
    candidates.find(
      (candidate) =>
        candidate !== best &&
        cutButClear(candidate, limits.minCutSupport) &&
        polygonArea(candidate.corners) >= CUT_AROUND_MAX_SHARE * frameArea &&
        candidate.corners.every((corner) => insideQuad(best.corners, corner, tolerance)),
    ) ?? best
  );
}

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
  return {
    corners,
    score: best.score,
    areaShare,
    fillsFrame: false,
    cutSides: FRAME_SIDES.filter((side) => cut.has(side)),
    overrun,
    sideSupport: [...best.support],
    hiddenEdges: hiddenCornerEdges(field, refined, onBorder),
    fingers: fingersOverCorners(field, raster, refined, onBorder),
  };
}
