import { quadShortSide } from '../geometry.js';
import type { Point } from '../types.js';
import type { GradientField } from './gradient.js';

// Whether the corners of a found outline are in view: cut off by the frame (judged at the rounded
// tip), or covered by a thumb or an object (both edges missing next to the corner).

/** The sides of the frame. */
import type { FrameSide } from '../types.js';
export type { FrameSide };

/** Where a side's edge counts as there: the gradient across it reaches this share of the side's median, */
const EDGE_SHARE = 0.5;
/** and at least this magnitude, about the noise of a smooth surface (a dim photo's edges are faint but there). */
const MIN_EDGE = 6;
/** The visible edge starts where this many consecutive pixels show it. */
const MIN_RUN = 3;
/** The edge is looked for this far across the side (px each way): the outline is refined, not exact. */
const ACROSS = 2;
/** How far along a side from its corner the edge is followed (share of the side). */
const REACH = 0.5;

/**
 * Strength of the edge across the side at each pixel along it: the largest gradient across it
 * nearby, of either polarity. A card's edge changes polarity along a side where a dark header band
 * meets a light desk, so the side's own polarity would hide a visible corner.
 */
export function edgeProfile(field: GradientField, from: Point, to: Point): Float32Array {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const profile = new Float32Array(Math.max(0, Math.floor(length)));
  for (let i = 0; i < profile.length; i++) {
    for (let k = -ACROSS; k <= ACROSS; k++) {
      const x = Math.round(from.x + ux * (i + 0.5) - uy * k);
      const y = Math.round(from.y + uy * (i + 0.5) + ux * k);
      if (x < 0 || y < 0 || x >= field.width || y >= field.height) continue;
      const o = y * field.width + x;
      profile[i] = Math.max(profile[i]!, Math.abs(field.gx[o]! * -uy + field.gy[o]! * ux));
    }
  }
  return profile;
}

/** The strength from which a side's edge counts as there, along its `profile` (see {@link edgeProfile}). */
export function edgeThreshold(profile: Float32Array): number {
  const median = Float32Array.from(profile).sort()[profile.length >> 1] ?? 0;
  return Math.max(MIN_EDGE, EDGE_SHARE * median);
}

/** Pixels from the start of `profile` to where its edge begins (the whole reach when it does not). */
function hiddenRun(profile: Float32Array): number {
  const threshold = edgeThreshold(profile);
  const reach = Math.ceil(REACH * profile.length);
  let run = 0;
  for (let i = 0; i < reach; i++) {
    run = profile[i]! >= threshold ? run + 1 : 0;
    if (run >= MIN_RUN) return i + 1 - MIN_RUN;
  }
  return reach;
}

/**
 * How much of the two edges meeting at each corner of a found outline is missing next to it, as a
 * share of the document's shorter side (the smaller of the two; at most {@link REACH} of a side). A
 * visible corner shows both edges up to its rounding (an ID-1 card's corner radius is 6 % of its
 * short side, and the arc still shows most of an edge); a thumb or an object over the corner hides
 * both for as far as it reaches. Corners outside the frame and corners on a side along the frame
 * border get 0: the frame cuts them, which is judged apart.
 *
 * `corners` and `onBorder` (per side, side i from corners[i] to corners[i + 1]) are in the field's pixels.
 */
export function hiddenCornerEdges(
  field: GradientField,
  corners: readonly Point[],
  onBorder: readonly boolean[],
): number[] {
  const shortSide = quadShortSide(corners);
  return corners.map((corner, i) => {
    const previous = (i + 3) % 4;
    const inFrame = corner.x >= 0 && corner.y >= 0 && corner.x <= field.width && corner.y <= field.height;
    if (!inFrame || onBorder[i] === true || onBorder[previous] === true || !(shortSide >= 1)) return 0;
    const along = hiddenRun(edgeProfile(field, corner, corners[(i + 1) % 4]!));
    const back = hiddenRun(edgeProfile(field, corner, corners[previous]!));
    return Math.min(along, back) / shortSide;
  });
}

/**
 * Corner radius of a document, as a share of its shorter side: the 3.18 mm of ISO/IEC 7810 on an
 * ID-3 passport page (88 mm). An ID-1 card (54 mm) is rounder; its extra rounding at a turned corner
 * (at most 0.41 × 1.3 mm) is well within the corner tolerance.
 */
const CORNER_RADIUS = 0.036;

/**
 * How far the document's rounded corners reach past each side of the frame, as a share of the
 * frame's longer side (negative: the nearest tip is that far inside). The outline's corner is
 * where its straight sides meet, outside the rounded tip (by up to 0.41 of the radius on a turned
 * card), so each corner is taken as the arc of {@link CORNER_RADIUS} inside it: a card whose tips
 * are all in the frame is whole.
 */
export function cornerOverrun(corners: readonly Point[], width: number, height: number): Record<FrameSide, number> {
  const radius = CORNER_RADIUS * quadShortSide(corners);
  const longer = Math.max(width, height);
  const overrun: Record<FrameSide, number> = { top: -Infinity, right: -Infinity, bottom: -Infinity, left: -Infinity };
  corners.forEach((p, i) => {
    // The arc's centre lies `radius` along both sides from the corner.
    const toward = (q: Point): Point => {
      const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: (q.x - p.x) / length, y: (q.y - p.y) / length };
    };
    const a = toward(corners[(i + 1) % 4]!);
    const b = toward(corners[(i + 3) % 4]!);
    const cx = p.x + radius * (a.x + b.x);
    const cy = p.y + radius * (a.y + b.y);
    overrun.top = Math.max(overrun.top, (radius - cy) / longer);
    overrun.right = Math.max(overrun.right, (cx + radius - width) / longer);
    overrun.bottom = Math.max(overrun.bottom, (cy + radius - height) / longer);
    overrun.left = Math.max(overrun.left, (radius - cx) / longer);
  });
  return overrun;
}

/** The frame sides the document's rounded corners reach past by more than `tolerance` (see {@link cornerOverrun}). */
export function sidesOverrun(overrun: Record<FrameSide, number>, tolerance: number): FrameSide[] {
  return FRAME_SIDES.filter((side) => overrun[side] > tolerance);
}

/** The frame's sides, clockwise from the top: the order sides are listed in. */
export const FRAME_SIDES: readonly FrameSide[] = ['top', 'right', 'bottom', 'left'];
