import { Float32Scratch } from '../imageops/scratch.js';
import type { Raster } from '../types.js';

/** The field's planes and temporaries (the shrunk and the smoothed channels), reused from image to image. */
const scratch = new Float32Scratch();
/**
 * Scratch slots: the three shrunk channels, the smoothing's row pass, the three smoothed channels,
 * and the field's own three planes.
 */
const SHRUNK = 0;
const ROWS = 3;
const SMOOTHED = 4;
const FIELD = 7;

/**
 * A colour gradient field at a working size: per pixel the Sobel gradient of whichever of R, G, B
 * changes most, scaled to luma-like units (a step of 100 levels gives a magnitude of about 100).
 * Colour matters for documents: a light card on a light hand or a beige desk differs in hue more
 * than in brightness.
 */
export interface GradientField {
  width: number;
  height: number;
  /** Original (analysis) pixels per working pixel. */
  scale: number;
  gx: Float32Array;
  gy: Float32Array;
  magnitude: Float32Array;
}

/** Area-averages `raster` by the integer `factor` into three float planes. */
function shrinkRgb(raster: Raster, factor: number): { planes: Float32Array[]; width: number; height: number } {
  const width = Math.floor(raster.width / factor);
  const height = Math.floor(raster.height / factor);
  const planes = [0, 1, 2].map((channel) => scratch.get(SHRUNK + channel, width * height));
  const norm = 1 / (factor * factor);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < factor; dy++) {
        let i = ((y * factor + dy) * raster.width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx++, i += 4) {
          r += raster.data[i]!;
          g += raster.data[i + 1]!;
          b += raster.data[i + 2]!;
        }
      }
      const o = y * width + x;
      planes[0]![o] = r * norm;
      planes[1]![o] = g * norm;
      planes[2]![o] = b * norm;
    }
  }
  return { planes, width, height };
}

/**
 * The gradient field of `raster` shrunk by an integer factor so its longer side is about
 * `workingSide` (never enlarged). Border pixels get zero gradient. The field's planes are reused by
 * the next call (see `Float32Scratch`): `locateDocument`, its one user, is done with them by then.
 */
export function colourGradient(raster: Raster, workingSide: number): GradientField {
  const factor = Math.max(1, Math.round(Math.max(raster.width, raster.height) / workingSide));
  const { planes: raw, width, height } = shrinkRgb(raster, factor);
  const planes = raw.map((plane, channel) =>
    binomial(plane, width, height, scratch.get(SMOOTHED + channel, plane.length)),
  );
  // Zeroed: border pixels keep zero gradient.
  const gx = scratch.zeroed(FIELD, width * height);
  const gy = scratch.zeroed(FIELD + 1, width * height);
  const magnitude = scratch.zeroed(FIELD + 2, width * height);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const o = y * width + x;
      let best = -1;
      let sumX = 0;
      let sumY = 0;
      for (const p of planes) {
        const sx =
          p[o - width + 1]! + 2 * p[o + 1]! + p[o + width + 1]! - p[o - width - 1]! - 2 * p[o - 1]! - p[o + width - 1]!;
        const sy =
          p[o + width - 1]! +
          2 * p[o + width]! +
          p[o + width + 1]! -
          p[o - width - 1]! -
          2 * p[o - width]! -
          p[o - width + 1]!;
        sumX += sx;
        sumY += sy;
        const m = sx * sx + sy * sy;
        if (m > best) {
          best = m;
          gx[o] = sx / 4;
          gy[o] = sy / 4;
        }
      }
      // The strongest channel's sign can flip along one edge (blue print on brown wood: blue rises,
      // red falls); orient it like the channels' sum so an edge keeps one polarity.
      if (gx[o]! * sumX + gy[o]! * sumY < 0) {
        gx[o] = -gx[o]!;
        gy[o] = -gy[o]!;
      }
      magnitude[o] = Math.sqrt(best) / 4;
    }
  }
  return { width, height, scale: factor, gx, gy, magnitude };
}

/**
 * A [1 2 1]/4 smoothing in both directions (edges clamped): steadies the gradient direction on
 * noisy or aliased (staircase) edges, where Sobel alone swings by tens of degrees. Written into
 * `out` (and returned).
 */
function binomial(plane: Float32Array, width: number, height: number, out: Float32Array): Float32Array {
  const rows = scratch.get(ROWS, plane.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const left = plane[row + Math.max(0, x - 1)]!;
      const right = plane[row + Math.min(width - 1, x + 1)]!;
      rows[row + x] = (left + 2 * plane[row + x]! + right) / 4;
    }
  }
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 1) * width;
    const row = y * width;
    const down = Math.min(height - 1, y + 1) * width;
    for (let x = 0; x < width; x++) out[row + x] = (rows[up + x]! + 2 * rows[row + x]! + rows[down + x]!) / 4;
  }
  return out;
}
