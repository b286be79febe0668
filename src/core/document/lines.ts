import { Float32Scratch } from '../imageops/scratch.js';
import type { Point } from '../types.js';
import type { GradientField } from './gradient.js';

/** The vote accumulator, reused from image to image (see `Float32Scratch`). */
const scratch = new Float32Scratch();

/** A straight line `x·cos θ + y·sin θ = rho` (θ in [0, π)), with the edge evidence that found it. */
export interface Line {
  theta: number;
  rho: number;
  votes: number;
  /** Set for the four image borders, which stand in for a document edge that runs off the frame. */
  border?: 'top' | 'right' | 'bottom' | 'left';
}

const THETA_BINS = 180;
/** Each edge pixel votes for line directions within this many degrees of its gradient's. */
const VOTE_SPREAD = 2;
/*
 * At most this many lines within DIRECTION_WINDOW degrees of each other: the rows of a keyboard,
 * ruled paper or blinds are many strong parallel edges, and must leave room for the document's.
 */
const MAX_PER_DIRECTION = 12;
const DIRECTION_WINDOW = 3;

/**
 * Straight edges by a Hough transform in which each edge pixel votes only near the direction
 * its own gradient gives (so texture votes little and every vote lands on a plausible line),
 * then the strongest peaks, at least `minSeparation` (degrees, pixels) apart.
 */
export function findLines(field: GradientField, edgeThreshold: number, maxLines: number, minVotes: number): Line[] {
  const { width, height, gx, gy, magnitude } = field;
  const diagonal = Math.ceil(Math.hypot(width, height));
  const rhoBins = 2 * diagonal + 1;
  const accumulator = scratch.zeroed(0, THETA_BINS * rhoBins);
  const cos = Float64Array.from({ length: THETA_BINS }, (_, t) => Math.cos((t * Math.PI) / THETA_BINS));
  const sin = Float64Array.from({ length: THETA_BINS }, (_, t) => Math.sin((t * Math.PI) / THETA_BINS));
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const o = y * width + x;
      if (magnitude[o]! < edgeThreshold) continue;
      // Stronger edges weigh more (up to 3×): a document's outline outranks wood grain or print.
      const weight = Math.min(3, magnitude[o]! / edgeThreshold);
      let angle = Math.atan2(gy[o]!, gx[o]!);
      if (angle < 0) angle += Math.PI;
      const centre = Math.round((angle * THETA_BINS) / Math.PI);
      for (let d = -VOTE_SPREAD; d <= VOTE_SPREAD; d++) {
        // A direction past either end of [0, π) is the same line at the wrapped angle.
        const t = (centre + d + THETA_BINS) % THETA_BINS;
        const rho = x * cos[t]! + y * sin[t]!;
        accumulator[t * rhoBins + Math.round(rho) + diagonal]! += weight;
      }
    }
  }
  return peaks(accumulator, rhoBins, diagonal, maxLines, minVotes);
}

/** Local maxima of the accumulator (θ wraps around with rho mirrored), strongest first. */
function peaks(accumulator: Float32Array, rhoBins: number, offset: number, maxLines: number, minVotes: number): Line[] {
  const candidates: { t: number; r: number; votes: number }[] = [];
  for (let t = 0; t < THETA_BINS; t++) {
    for (let r = 0; r < rhoBins; r++) {
      const votes = accumulator[t * rhoBins + r]!;
      if (votes >= minVotes) candidates.push({ t, r, votes });
    }
  }
  candidates.sort((a, b) => b.votes - a.votes);
  const kept: { t: number; r: number; votes: number }[] = [];
  const THETA_GAP = 4;
  const RHO_GAP = 6;
  for (const candidate of candidates) {
    const close = kept.some((other) => {
      let dt = Math.abs(other.t - candidate.t);
      let dr = Math.abs(other.r - candidate.r);
      if (dt > THETA_BINS / 2) {
        // θ near 0 and near π: the same line with rho negated.
        dt = THETA_BINS - dt;
        dr = Math.abs(other.r - offset + (candidate.r - offset));
      }
      return dt <= THETA_GAP && dr <= RHO_GAP;
    });
    if (close) continue;
    const sameDirection = kept.filter((other) => directionGap(other.t, candidate.t) <= DIRECTION_WINDOW).length;
    if (sameDirection < MAX_PER_DIRECTION) kept.push(candidate);
    if (kept.length >= maxLines) break;
  }
  return kept.map(({ t, r, votes }) => ({ theta: (t * Math.PI) / THETA_BINS, rho: r - offset, votes }));
}

/** Degrees between two θ bins, with 0 and 180 the same direction. */
function directionGap(a: number, b: number): number {
  const gap = Math.abs(a - b);
  return Math.min(gap, THETA_BINS - gap);
}

/** The image borders of a `width` × `height` frame as lines. */
export function borderLines(width: number, height: number): Line[] {
  return [
    { theta: Math.PI / 2, rho: 0, votes: 0, border: 'top' },
    { theta: 0, rho: width - 1, votes: 0, border: 'right' },
    { theta: Math.PI / 2, rho: height - 1, votes: 0, border: 'bottom' },
    { theta: 0, rho: 0, votes: 0, border: 'left' },
  ];
}

/** Where two lines cross; null when they are (nearly) parallel. */
export function intersect(a: Line, b: Line): Point | null {
  const ca = Math.cos(a.theta);
  const sa = Math.sin(a.theta);
  const cb = Math.cos(b.theta);
  const sb = Math.sin(b.theta);
  const det = ca * sb - sa * cb;
  if (Math.abs(det) < 1e-6) return null;
  return { x: (a.rho * sb - b.rho * sa) / det, y: (ca * b.rho - cb * a.rho) / det };
}

/** Angle between two line directions, 0..π/2. */
export function angleBetween(a: Line, b: Line): number {
  const d = Math.abs(a.theta - b.theta) % Math.PI;
  return Math.min(d, Math.PI - d);
}
