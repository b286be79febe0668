import { insideQuad } from '../geometry.js';
import type { Point } from '../types.js';
import type { FindingLimits } from './locate.js';
import { polygonArea, type QuadCandidate } from './quad.js';

// Which of the scored quads is the document: the best one, or a quad around it when the best is
// part of the document (a band, a panel, print on a cut document), or a cut document inside a
// frame-filling desk.

/**
 * The best-scored quad, or a quad around it that is nearly as good: a card's coloured header or
 * footer band makes an inner quad whose sides are crisper than the card's own outline. A quad
 * around it with a document's proportions, where the best one's are further off, may be larger
 * and have a weaker side (a panel of a card held by a thumb).
 */
export function outermost(candidates: readonly QuadCandidate[]): QuadCandidate | undefined {
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
export const ASPECT_TOLERANCE = 0.04;
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
export function aspectError(corners: readonly Point[]): number {
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
export function cutButClear(candidate: QuadCandidate, minSupport: number): boolean {
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
export function cutAround(
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
