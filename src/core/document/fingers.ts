import { quadShortSide } from '../geometry.js';
import type { Point, Raster } from '../types.js';
import { edgeProfile, edgeThreshold } from './corners.js';
import type { GradientField } from './gradient.js';

// Fingers over the document's edges: a hand holding the card, its thumb or fingertips over a
// corner, along an edge near one, or over the middle of an edge and onto the card. Unlike a corner
// whose two edges are both missing (see `hiddenCornerEdges`), a finger along one edge leaves the
// other in view.

/**
 * Skin, in JPEG's YCbCr (Chai & Ngan's ranges, which hold for light to dark skin alike: skin
 * differs far more in luma than in chroma), and at least this luma: darker, the chroma is noise.
 */
const SKIN = { minCb: 77, maxCb: 127, minCr: 133, maxCr: 173, minLuma: 30 };
/**
 * Colours are sampled this far (share of the document's shorter side) inside and outside each
 * side: a finger over the edge is on both; a card's edge has the card on one side, the desk on
 * the other. About a third of a fingertip's width on a card filling half the frame, and about an
 * ID-1 card's blank rim (3 mm of its 54 mm): a fingertip resting on the rim is not counted, one
 * reaching over the print is.
 */
const DEPTH = 0.05;
/**
 * A covered stretch must be at least this far (RGB distance) from the colour the document has
 * along the rest of that side: a finger, not a skin-toned margin of the card. Corpus: fingers over
 * cards 52-250, a beige card's margin next to a wooden desk 33.
 */
const MIN_COLOUR_CHANGE = 50;
/**
 * A stretch counts for a corner when its nearer end is within this share of the side from it;
 * further from both corners, it covers the middle of the edge (a thumb holding the card).
 */
const CORNER_ZONE = 0.2;
/** Gaps of up to this many pixels (a crease between two fingers) do not end a covered stretch. */
const MAX_HOLE = 2;

/** Whether an RGB colour is skin-coloured (see {@link SKIN}). */
export function isSkin(r: number, g: number, b: number): boolean {
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  const cb = 128 - 0.169 * r - 0.331 * g + 0.5 * b;
  const cr = 128 + 0.5 * r - 0.419 * g - 0.081 * b;
  return y >= SKIN.minLuma && cb >= SKIN.minCb && cb <= SKIN.maxCb && cr >= SKIN.minCr && cr <= SKIN.maxCr;
}

/** Mean colour of the 3 × 3 pixels of `raster` around (x, y); undefined outside it. */
function colourAt(raster: Raster, x: number, y: number): [number, number, number] | undefined {
  const [cx, cy] = [Math.round(x), Math.round(y)];
  if (cx < 1 || cy < 1 || cx >= raster.width - 1 || cy >= raster.height - 1) return undefined;
  const sum: [number, number, number] = [0, 0, 0];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const i = ((cy + dy) * raster.width + cx + dx) * 4;
      for (let c = 0; c < 3; c++) sum[c]! += raster.data[i + c]!;
    }
  }
  return [sum[0] / 9, sum[1] / 9, sum[2] / 9];
}

/** Fingers over the middle of a side, away from its corners. */
export interface SideCover {
  /** Length of the longest such stretch, as a share of the document's shorter side (0: none). */
  reach: number;
  /** Where it starts and ends along the side, as shares of the side from its first corner. */
  start: number;
  end: number;
}

/** How far fingers lie over a found outline's edges (see {@link fingersOverEdges}). */
export interface FingerReach {
  /**
   * Per corner: the longest covered stretch of either edge next to it that ends within
   * {@link CORNER_ZONE} of it, as a share of the document's shorter side.
   */
  corners: number[];
  /** Per side (side i from corners[i] to corners[i + 1]): the longest covered stretch away from both corners. */
  sides: SideCover[];
}

/**
 * How far fingers lie over the edges of a found outline. A stretch of a side is covered where the
 * side's edge is missing and the colour just inside and just outside it is skin (the same finger
 * lies across it, reaching onto the card past its rim), and it differs from the document's colour
 * along the rest of that side by {@link MIN_COLOUR_CHANGE}. A stretch ending within
 * {@link CORNER_ZONE} of a corner counts for that corner; one away from both corners counts for
 * its side. Sides along the frame border get nothing (the frame cuts them, which is judged apart).
 *
 * `corners` and `onBorder` (per side, side i from corners[i] to corners[i + 1]) are in the field's
 * pixels; colours are read from `raster`, which the field was made from.
 */
export function fingersOverEdges(
  field: GradientField,
  raster: Raster,
  corners: readonly Point[],
  onBorder: readonly boolean[],
): FingerReach {
  const reach: FingerReach = { corners: [0, 0, 0, 0], sides: corners.map(() => ({ reach: 0, start: 0, end: 0 })) };
  const shortSide = quadShortSide(corners);
  if (!(shortSide >= 1)) return reach;
  const centre = {
    x: corners.reduce((sum, p) => sum + p.x, 0) / 4,
    y: corners.reduce((sum, p) => sum + p.y, 0) / 4,
  };
  corners.forEach((from, i) => {
    if (onBorder[i] === true) return;
    const to = corners[(i + 1) % 4]!;
    for (const stretch of coveredStretches(field, raster, from, to, centre, DEPTH * shortSide)) {
      const share = stretch.pixels / shortSide;
      const [first, second] = [stretch.start <= CORNER_ZONE, stretch.end >= 1 - CORNER_ZONE];
      if (first) reach.corners[i] = Math.max(reach.corners[i]!, share);
      if (second) reach.corners[(i + 1) % 4] = Math.max(reach.corners[(i + 1) % 4]!, share);
      if (!first && !second && share > reach.sides[i]!.reach) {
        reach.sides[i] = { reach: share, start: stretch.start, end: stretch.end };
      }
    }
  });
  return reach;
}

/** A covered stretch of a side: from `start` to `end` (shares of the side from its first corner), `pixels` long. */
interface Stretch {
  start: number;
  end: number;
  pixels: number;
}

/** The stretches of the side from `from` to `to` where a finger lies across it (see {@link fingersOverEdges}). */
function coveredStretches(
  field: GradientField,
  raster: Raster,
  from: Point,
  to: Point,
  centre: Point,
  depth: number,
): Stretch[] {
  const profile = edgeProfile(field, from, to);
  const length = profile.length;
  if (length === 0) return [];
  const threshold = edgeThreshold(profile);
  const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  // The normal pointing away from the document's centre.
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const flip = (middle.x - centre.x) * -uy + (middle.y - centre.y) * ux < 0 ? -1 : 1;
  const [nx, ny] = [-uy * flip, ux * flip];
  const toRaster = (x: number, y: number): [number, number] => [(x + 0.5) * field.scale, (y + 0.5) * field.scale];
  const inside: ([number, number, number] | undefined)[] = [];
  const covered = new Uint8Array(length);
  for (let t = 0; t < length; t++) {
    const [x, y] = [from.x + ux * (t + 0.5), from.y + uy * (t + 0.5)];
    const within = colourAt(raster, ...toRaster(x - nx * depth, y - ny * depth));
    const beyond = colourAt(raster, ...toRaster(x + nx * depth, y + ny * depth));
    inside.push(within);
    covered[t] = Number(
      profile[t]! < threshold && within !== undefined && beyond !== undefined && isSkin(...within) && isSkin(...beyond),
    );
  }
  const stretches: Stretch[] = [];
  for (let t = 0; t < length; t++) {
    if (covered[t] === 0) continue;
    let end = t + 1;
    for (let next = end; next < length && next - end <= MAX_HOLE; next++) if (covered[next] === 1) end = next + 1;
    if (colourChange(inside, t, end) >= MIN_COLOUR_CHANGE) {
      stretches.push({ start: t / length, end: end / length, pixels: end - t });
    }
    t = end;
  }
  return stretches;
}

/**
 * Distance from the mean colour inside the side from pixel `start` to `end` to the median colour
 * inside the rest of it that is not skin.
 */
function colourChange(inside: readonly ([number, number, number] | undefined)[], start: number, end: number): number {
  const rest = inside.filter(
    (colour, t): colour is [number, number, number] =>
      (t < start || t >= end) && colour !== undefined && !isSkin(...colour),
  );
  const over = inside.slice(start, end).filter((colour) => colour !== undefined);
  if (rest.length === 0 || over.length === 0) return 0;
  const median = [0, 1, 2].map((c) => rest.map((colour) => colour[c]!).sort((a, b) => a - b)[rest.length >> 1]!);
  const mean = [0, 1, 2].map((c) => over.reduce((sum, colour) => sum + colour[c]!, 0) / over.length);
  return Math.hypot(mean[0]! - median[0]!, mean[1]! - median[1]!, mean[2]! - median[2]!);
}
