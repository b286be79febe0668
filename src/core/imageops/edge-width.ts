import type { GrayImage } from '../types.js';
import { Float32Scratch } from './scratch.js';

/** The gradient planes of {@link measureEdgeWidths}, reused from image to image. */
const scratch = new Float32Scratch();

/** Edges measured by {@link measureEdgeWidths}: position, width and orientation of each. */
export interface EdgeSamples {
  count: number;
  x: Uint16Array;
  y: Uint16Array;
  /** Contrast over steepest slope, in pixels: about 2 for a crisp step, 2.5 σ for a Gaussian blur of σ. */
  width: Float32Array;
  /** Gradient direction in 4 bins of 45° (0: horizontal gradient, i.e. a vertical edge). */
  orientation: Uint8Array;
}

/** Pixels either side of an edge over which its contrast is taken: blur up to σ ≈ 2.5 px fits. */
const REACH = 6;
/**
 * A slope peak with a step more than this many times steeper within reach is a ripple beside that
 * step (JPEG ringing, a card's rim), not an edge of its own: the step is measured at its own peak.
 */
const RIPPLE_RATIO = 4;
/** Slopes below this (luma per pixel) are sensor noise, not edges. */
const MIN_SLOPE = 4;

/**
 * The width of every edge of `luma` inside `spans` whose contrast is at least `minContrast`: at
 * each pixel where the Sobel slope peaks across the edge (non-maximum suppression), the luma range
 * over ±{@link REACH} px along the gradient divided by the slope. A blurred edge spreads the same
 * step over more pixels, so its width grows with the blur while it does not depend on how much
 * print the document carries or how contrasty it is: a plain card and a busy one measure alike.
 */
export function measureEdgeWidths(luma: GrayImage, spans: Int32Array, minContrast: number): EdgeSamples {
  const { data, width, height } = luma;
  const gx = scratch.zeroed(0, width * height);
  const gy = scratch.zeroed(1, width * height);
  const slope = scratch.zeroed(2, width * height);
  for (let y = 1; y < height - 1; y++) {
    const to = Math.min(width - 1, spans[2 * y + 1]! + 1);
    for (let x = Math.max(1, spans[2 * y]! - 1), o = y * width + x; x < to; x++, o++) {
      const a = data[o - width - 1]!;
      const b = data[o - width]!;
      const c = data[o - width + 1]!;
      const d = data[o - 1]!;
      const e = data[o + 1]!;
      const f = data[o + width - 1]!;
      const g = data[o + width]!;
      const h = data[o + width + 1]!;
      gx[o] = (c + 2 * e + h - a - 2 * d - f) / 8;
      gy[o] = (f + 2 * g + h - a - 2 * b - c) / 8;
      slope[o] = Math.sqrt(gx[o]! * gx[o]! + gy[o]! * gy[o]!);
    }
  }
  let capacity = 1024;
  let samples = allocate(capacity);
  let count = 0;
  for (let y = REACH + 1; y < height - REACH - 1; y++) {
    const to = Math.min(width - REACH - 1, spans[2 * y + 1]!);
    for (let x = Math.max(REACH + 1, spans[2 * y]!); x < to; x++) {
      const o = y * width + x;
      const s = slope[o]!;
      if (s < MIN_SLOPE) continue;
      const ux = gx[o]! / s;
      const uy = gy[o]! / s;
      const ahead = Math.round(y + uy) * width + Math.round(x + ux);
      const behind = Math.round(y - uy) * width + Math.round(x - ux);
      if (slope[ahead]! > s || slope[behind]! >= s) continue;
      let low = 255;
      let high = 0;
      let steepest = s;
      for (let t = -REACH; t <= REACH; t++) {
        const at = ((y + t * uy + 0.5) | 0) * width + ((x + t * ux + 0.5) | 0);
        const value = data[at]!;
        if (value < low) low = value;
        if (value > high) high = value;
        if (slope[at]! > steepest) steepest = slope[at]!;
      }
      if (high - low < minContrast) continue;
      // A ripple beside a much steeper step would measure that step's contrast over its own slope.
      if (steepest > RIPPLE_RATIO * s) continue;
      if (count === capacity) {
        capacity *= 2;
        samples = grow(samples, capacity);
      }
      samples.x[count] = x;
      samples.y[count] = y;
      samples.width[count] = (high - low) / s;
      samples.orientation[count] = orientationOf(gx[o]!, gy[o]!);
      count++;
    }
  }
  samples.count = count;
  return samples;
}

/** tan 22.5°: the gradient directions' bins are 45° wide, centred on 0°, 45°, 90° and 135°. */
const TAN_HALF_BIN = Math.tan(Math.PI / 8);

/** Bin of the gradient direction (gx, gy), folded to [0°, 180°): 0 at 0°, 1 at 45°, 2 at 90°, 3 at 135°. */
function orientationOf(gx: number, gy: number): number {
  const ax = Math.abs(gx);
  const ay = Math.abs(gy);
  if (ay < TAN_HALF_BIN * ax) return 0;
  if (ax < TAN_HALF_BIN * ay) return 2;
  return gx * gy > 0 ? 1 : 3;
}

function allocate(capacity: number): EdgeSamples {
  return {
    count: 0,
    x: new Uint16Array(capacity),
    y: new Uint16Array(capacity),
    width: new Float32Array(capacity),
    orientation: new Uint8Array(capacity),
  };
}

function grow(samples: EdgeSamples, capacity: number): EdgeSamples {
  const grown = allocate(capacity);
  grown.x.set(samples.x);
  grown.y.set(samples.y);
  grown.width.set(samples.width);
  grown.orientation.set(samples.orientation);
  return grown;
}

/** Histogram bins of edge widths: {@link WIDTH_BIN} px each, up to {@link MAX_EDGE_WIDTH}. */
export const WIDTH_BINS = 512;
export const WIDTH_BIN = 0.05;
/** The widest width a histogram tells apart (px); also the width of a region with no measurable edge. */
export const MAX_EDGE_WIDTH = WIDTH_BINS * WIDTH_BIN;
/** The width of a group of edges is this quantile of theirs: its sharper edges, robust to soft print. */
export const EDGE_QUANTILE = 0.25;
/** Edges a group needs for its quantile to mean something. */
export const MIN_GROUP_EDGES = 30;

/** The histogram bin of an edge width. */
export function widthBin(width: number): number {
  return Math.min(WIDTH_BINS - 1, Math.floor(width / WIDTH_BIN));
}

/** An empty width histogram. */
export function widthHistogram(): Uint32Array {
  return new Uint32Array(WIDTH_BINS);
}

/** Edges counted in a width histogram. */
export function histogramCount(counts: Uint32Array): number {
  let total = 0;
  for (const count of counts) total += count;
  return total;
}

/**
 * The `quantile` width of a histogram (bin centre; by default {@link EDGE_QUANTILE}); NaN when it
 * holds fewer than `minCount` edges.
 */
export function groupWidth(
  counts: Uint32Array,
  minCount: number = MIN_GROUP_EDGES,
  quantile: number = EDGE_QUANTILE,
): number {
  const total = histogramCount(counts);
  if (total < minCount || total === 0) return Number.NaN;
  let seen = 0;
  for (let bin = 0; bin < counts.length; bin++) {
    seen += counts[bin]!;
    if (seen >= quantile * total) return (bin + 0.5) * WIDTH_BIN;
  }
  return MAX_EDGE_WIDTH;
}
