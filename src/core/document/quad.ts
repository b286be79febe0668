import type { Point } from '../types.js';
import type { GradientField } from './gradient.js';
import { angleBetween, intersect, type Line } from './lines.js';

/** Four corners, clockwise in image coordinates, and the lines they came from. */
export interface QuadCandidate {
  corners: [Point, Point, Point, Point];
  /** sides[i] runs from corners[i] to corners[i + 1]. */
  sides: [Line, Line, Line, Line];
  /** Per side: share of its length with an aligned, same-polarity edge under it (border sides: NaN). */
  support: [number, number, number, number];
  score: number;
}

/** Limits of a plausible document outline. */
export interface QuadLimits {
  /** Most a pair of opposite sides may differ in direction (perspective), radians. */
  maxSkew: number;
  /** Least share of the frame the quad covers. */
  minArea: number;
  /** Longer over shorter mean side length. */
  maxAspect: number;
  /** How far outside the frame a corner may lie, as a share of the frame's longer side. */
  maxOutside: number;
}

export const QUAD_LIMITS: QuadLimits = {
  maxSkew: (25 * Math.PI) / 180,
  minArea: 0.02,
  maxAspect: 2.2,
  maxOutside: 0.3,
};

const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Area of a polygon (shoelace; positive for clockwise corners in image coordinates). */
export function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

function isConvex(points: readonly Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % 4]!;
    const c = points[(i + 2) % 4]!;
    const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (cross === 0) return false;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

/** Bit flags of {@link edgeAcross}. */
const RISING = 1;
const FALLING = 2;

/**
 * Which edges cross the line with unit normal (nx, ny) at (px, py): within ±2 px along the
 * normal, pixels with a strong gradient (≥ `threshold`) within about 20° of the normal; their
 * polarities as {@link RISING} | {@link FALLING}. Each polarity is kept on its own: a card's light
 * rim puts a rising and a falling edge a pixel apart.
 */
function edgeAcross(field: GradientField, px: number, py: number, nx: number, ny: number, threshold: number): number {
  let found = 0;
  if (px < 1 || py < 1 || px >= field.width - 1 || py >= field.height - 1) return found;
  for (let d = -2; d <= 2; d++) {
    const x = Math.round(px + d * nx);
    const y = Math.round(py + d * ny);
    if (x < 1 || y < 1 || x >= field.width - 1 || y >= field.height - 1) continue;
    const o = y * field.width + x;
    const m = field.magnitude[o]!;
    if (m < threshold) continue;
    const projection = field.gx[o]! * nx + field.gy[o]! * ny;
    if (Math.abs(projection) < 0.94 * m) continue;
    found |= projection > 0 ? RISING : FALLING;
  }
  return found;
}

/**
 * Share of the segment `a`→`b` (its middle 84 %, away from rounded corners) with an edge across
 * it of one polarity (document lighter or darker than what surrounds it, consistently along the
 * side): {@link profileSupport} on the line through `a` and `b`.
 */
export function sideSupport(field: GradientField, a: Point, b: Point, edgeThreshold: number): number {
  const length = distance(a, b);
  if (length < 4) return 0;
  let theta = Math.atan2(b.x - a.x, -(b.y - a.y)); // the normal's direction
  if (theta < 0) theta += Math.PI;
  if (theta >= Math.PI) theta -= Math.PI;
  const line: Line = { theta, rho: a.x * Math.cos(theta) + a.y * Math.sin(theta), votes: 0 };
  return profileSupport(lineProfile(line, field, edgeThreshold), a, b);
}

/**
 * Edge evidence along a whole line, sampled once per working pixel, as running counts of
 * supported positions of each polarity: the support of any segment of the line is then two
 * subtractions, which makes scoring thousands of candidate quads cheap.
 */
interface LineProfile {
  originX: number;
  originY: number;
  dirX: number;
  dirY: number;
  start: number;
  positive: Int32Array;
  negative: Int32Array;
}

function lineProfile(line: Line, field: GradientField, edgeThreshold: number): LineProfile {
  const threshold = SUPPORT_SHARE * edgeThreshold;
  const nx = Math.cos(line.theta);
  const ny = Math.sin(line.theta);
  const originX = line.rho * nx;
  const originY = line.rho * ny;
  const dirX = -ny;
  const dirY = nx;
  const reach = Math.ceil(Math.hypot(field.width, field.height));
  const start = -reach;
  const count = 2 * reach + 1;
  const positive = new Int32Array(count + 1);
  const negative = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const px = originX + (start + k) * dirX;
    const py = originY + (start + k) * dirY;
    const found = edgeAcross(field, px, py, nx, ny, threshold);
    positive[k + 1] = positive[k]! + (found & RISING ? 1 : 0);
    negative[k + 1] = negative[k]! + (found & FALLING ? 1 : 0);
  }
  return { originX, originY, dirX, dirY, start, positive, negative };
}

/** {@link sideSupport} from a line's profile: the middle 84 % of the segment between `a` and `b` on it. */
function profileSupport(profile: LineProfile, a: Point, b: Point): number {
  const along = (p: Point): number => (p.x - profile.originX) * profile.dirX + (p.y - profile.originY) * profile.dirY;
  let from = along(a);
  let to = along(b);
  if (from > to) [from, to] = [to, from];
  const length = to - from;
  if (length < 4) return 0;
  const last = profile.positive.length - 1;
  const index = (s: number): number => Math.min(last, Math.max(0, Math.round(s - profile.start)));
  const i0 = index(from + 0.08 * length);
  const i1 = index(to - 0.08 * length);
  const span = Math.max(1, 0.84 * length);
  const positive = profile.positive[i1]! - profile.positive[i0]!;
  const negative = profile.negative[i1]! - profile.negative[i0]!;
  return Math.min(1, Math.max(positive, negative) / span);
}

/**
 * Every plausible quad from two pairs of roughly parallel lines, scored by the edge support
 * under its sides and its size. Border lines may stand for at most two sides (a document that
 * runs off the frame); the frame itself is not a candidate.
 */
export function quadCandidates(
  lines: readonly Line[],
  field: GradientField,
  edgeThreshold: number,
  limits: QuadLimits = QUAD_LIMITS,
  keep = 12,
  keepCut = 4,
): QuadCandidate[] {
  const { width, height } = field;
  const frameArea = width * height;
  const margin = limits.maxOutside * Math.max(width, height);
  const n = lines.length;
  const profiles = lines.map((line) => (line.border ? null : lineProfile(line, field, edgeThreshold)));
  const crossings: (Point | null)[] = new Array(n * n).fill(null);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const crossing = intersect(lines[i]!, lines[j]!);
      crossings[i * n + j] = crossings[j * n + i] = crossing;
      if (lines[i]!.border && lines[j]!.border) continue;
      if (angleBetween(lines[i]!, lines[j]!) <= limits.maxSkew) pairs.push([i, j]);
    }
  }
  const minCross = Math.PI / 2 - 2 * limits.maxSkew;
  const outside = (pt: Point): boolean =>
    pt.x < -margin || pt.y < -margin || pt.x > width + margin || pt.y > height + margin;
  const best: QuadCandidate[] = [];
  // Quads with a side on the frame border also compete among themselves: a card cut by the frame
  // scores below the portrait printed on it, and must still reach the decision rules.
  const bestCut: QuadCandidate[] = [];
  const floorOf = (list: QuadCandidate[], size: number): number => (list.length < size ? 0 : list[size - 1]!.score);
  for (let p = 0; p < pairs.length; p++) {
    const [a, b] = pairs[p]!;
    for (let q = p + 1; q < pairs.length; q++) {
      const [c, d] = pairs[q]!;
      if (a === c || a === d || b === c || b === d) continue;
      const borders = +!!lines[a]!.border + +!!lines[b]!.border + +!!lines[c]!.border + +!!lines[d]!.border;
      if (borders > 2) continue;
      if (angleBetween(lines[a]!, lines[c]!) < minCross) continue;
      const c0 = crossings[a * n + c];
      const c1 = crossings[c * n + b];
      const c2 = crossings[b * n + d];
      const c3 = crossings[d * n + a];
      if (!c0 || !c1 || !c2 || !c3) continue;
      let points: Point[] = [c0, c1, c2, c3];
      let sides = [c, b, d, a];
      if (!isConvex(points) || points.some(outside)) continue;
      let area = polygonArea(points);
      if (area < 0) {
        points = [c0, c3, c2, c1];
        sides = [a, d, b, c];
        area = -area;
      }
      if (area < limits.minArea * frameArea) continue;
      const sideA = (distance(points[0]!, points[1]!) + distance(points[2]!, points[3]!)) / 2;
      const sideB = (distance(points[1]!, points[2]!) + distance(points[3]!, points[0]!)) / 2;
      if (Math.max(sideA, sideB) / Math.min(sideA, sideB) > limits.maxAspect) continue;
      const floor = Math.min(floorOf(best, keep), borders > 0 ? floorOf(bestCut, keepCut) : Infinity);
      // Sides one at a time: the weakest support so far bounds the score from above.
      const support: number[] = [];
      let weakest = 1;
      for (let i = 0; i < 4 && weakest > floor; i++) {
        const profile = profiles[sides[i]!];
        const value = profile ? profileSupport(profile, points[i]!, points[(i + 1) % 4]!) : Number.NaN;
        support.push(value);
        weakest = Math.min(weakest, Number.isNaN(value) ? BORDER_SUPPORT : value);
      }
      if (support.length < 4) continue;
      const candidate: QuadCandidate = {
        corners: points as QuadCandidate['corners'],
        sides: sides.map((i) => lines[i]!) as QuadCandidate['sides'],
        support: support as QuadCandidate['support'],
        score: scoreQuad(support, area / frameArea),
      };
      keepBest(best, candidate, keep);
      if (borders > 0) keepBest(bestCut, candidate, keepCut);
    }
  }
  for (const candidate of bestCut) if (!best.includes(candidate)) best.push(candidate);
  return best.sort((x, y) => y.score - x.score);
}

/**
 * Adds `candidate` to the `size` best of `list` (sorted, best first). Near-duplicates (every
 * corner within a few pixels) keep only the better: the list should hold different outlines (a
 * card and its header band), not one outline twelve ways.
 */
function keepBest(list: QuadCandidate[], candidate: QuadCandidate, size: number): void {
  if (list.length >= size && candidate.score <= list[size - 1]!.score) return;
  const twin = list.findIndex((other) => sameOutline(other.corners, candidate.corners));
  if (twin >= 0) {
    if (list[twin]!.score >= candidate.score) return;
    list.splice(twin, 1);
  }
  list.push(candidate);
  list.sort((x, y) => y.score - x.score);
  if (list.length > size) list.pop();
}

/** A side's edge counts from this share of the Hough edge threshold: a document's outline may be fainter than the texture around it. */
const SUPPORT_SHARE = 1;

/** Corners this close (working pixels) make two quads the same outline. */
const SAME_OUTLINE = 6;

function sameOutline(a: readonly Point[], b: readonly Point[]): boolean {
  // Either corner order may start anywhere: compare each corner with the nearest of the other's.
  return a.every((p) => b.some((q) => Math.abs(p.x - q.x) <= SAME_OUTLINE && Math.abs(p.y - q.y) <= SAME_OUTLINE));
}

/** What a side on the frame border counts as in {@link scoreQuad}. */
const BORDER_SUPPORT = 0.4;

/**
 * Weakest side support times the mean (a document shows all four edges), with a mild preference
 * for larger quads (the card's outline over the photo or text blocks printed on it). A side on
 * the frame border counts as moderately supported.
 */
export function scoreQuad(support: readonly number[], areaShare: number): number {
  const values = support.map((s) => (Number.isNaN(s) ? BORDER_SUPPORT : s));
  const weakest = Math.min(...values);
  const mean = values.reduce((sum, s) => sum + s, 0) / values.length;
  return weakest * mean * Math.pow(areaShare, 0.25);
}
