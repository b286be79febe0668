import { insideQuad } from '../geometry.js';
import { ASPECT_TOLERANCE, aspectError } from './choose.js';
import type { GradientField } from './gradient.js';
import { angleBetween, intersect, type Line } from './lines.js';
import { polygonArea, QUAD_LIMITS, scoreQuad, sideSupport, type QuadCandidate } from './quad.js';

// A card whose side is hidden under a hand: its outline loses to a part of it (the portrait block)
// whose four edges are all in view. The card's other edges run on past that part, and the card has
// a document's proportions: that completes it.

/** The two sides that run on past the part must show their edge along this share of their new length, */
const RUN_ON_SUPPORT = 0.8;
/** and so must the side opposite the hidden one; */
const OPPOSITE_SUPPORT = 0.8;
/**
 * the hidden side must show at least this share of it (a thumb over a third of it leaves 0.6;
 * corpus: a card's right side under a thumb and fingers 0.53).
 */
const HIDDEN_MIN_SUPPORT = 0.4;
/** The completed card is at most this many times the part: a portrait block is a third of a card or more. */
const MAX_GROWTH = 3.5;

/**
 * The document around `best` when `best` is not document-shaped and is a part of one: a quad that
 * keeps three of its sides' lines, replaces the fourth by a line further out that makes a
 * document's proportions (see `aspectError`), whose two run-on sides and the side opposite keep a
 * clear edge along their whole new length, and whose new side shows at least part of its edge
 * (the rest may be under fingers, which the framing check then looks at). The best-scored such
 * quad that still scores as a found document (`minScore`), or undefined.
 */
export function completedCard(
  best: QuadCandidate,
  lines: readonly Line[],
  field: GradientField,
  edgeThreshold: number,
  minScore: number,
): QuadCandidate | undefined {
  if (best.sides.some((side) => side.border) || aspectError(best.corners) <= ASPECT_TOLERANCE) return undefined;
  const area = polygonArea(best.corners);
  const frameArea = field.width * field.height;
  let completed: QuadCandidate | undefined;
  for (let hidden = 0; hidden < 4; hidden++) {
    const [before, opposite, after] = [(hidden + 3) % 4, (hidden + 2) % 4, (hidden + 1) % 4];
    for (const line of lines) {
      if (line.border || angleBetween(line, best.sides[hidden]!) > QUAD_LIMITS.maxSkew) continue;
      const sides = [...best.sides] as QuadCandidate['sides'];
      sides[hidden] = line;
      // Corner i is where side i - 1 meets side i.
      const corners = sides.map((side, i) => intersect(sides[(i + 3) % 4]!, side));
      if (corners.some((corner) => corner === null)) continue;
      const quad = corners as QuadCandidate['corners'];
      const grown = polygonArea(quad) / area;
      if (!(grown > 1 && grown <= MAX_GROWTH) || aspectError(quad) > ASPECT_TOLERANCE) continue;
      if (!best.corners.every((corner) => insideQuad(quad, corner, 1))) continue;
      const support = quad.map((corner, i) =>
        sideSupport(field, corner, quad[(i + 1) % 4]!, edgeThreshold),
      ) as QuadCandidate['support'];
      const clear = [before, after].every((i) => support[i]! >= RUN_ON_SUPPORT);
      if (!clear || support[opposite]! < OPPOSITE_SUPPORT || support[hidden]! < HIDDEN_MIN_SUPPORT) continue;
      const score = scoreQuad(support, polygonArea(quad) / frameArea);
      if (score >= minScore && (completed === undefined || score > completed.score))
        completed = { corners: quad, sides, support, score };
    }
  }
  return completed;
}
