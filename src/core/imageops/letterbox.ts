import type { Raster } from '../types.js';
import { resizeArea } from './resize.js';

/** A raster scaled to fit a square model input, centred, with black bars: see {@link letterboxTensor}. */
export interface Letterbox {
  /** `size` × `size` × 3 floats, NHWC (row-major RGB), scaled to [-1, 1]; the bars are black (-1). */
  tensor: Float32Array;
  /** Side of the square, in pixels. */
  size: number;
  /** Square pixels per raster pixel, horizontally: a raster `x` lands at `x * scaleX + offsetX`. */
  scaleX: number;
  /** Square pixels per raster pixel, vertically: a raster `y` lands at `y * scaleY + offsetY`. */
  scaleY: number;
  /** Width of the left bar, in square pixels. */
  offsetX: number;
  /** Height of the top bar, in square pixels. */
  offsetY: number;
}

/**
 * Scales `raster` so its longer side is `size`, keeping the aspect ratio, and centres it in a
 * `size` × `size` float tensor in [-1, 1], as square-input detectors (BlazeFace) expect. Padding
 * instead of stretching keeps faces their true shape. Downscaling averages areas (see
 * `resizeArea`), so small faces in a large photo do not alias; the rare upscale (a raster smaller
 * than the model input) repeats pixels, which adds no detail a smoother filter would have found.
 * `into`: a `size` × `size` × 3 buffer to write the tensor to (a detector's own, reused from one
 * call to the next: see `Float32Scratch`) instead of a new one.
 */
export function letterboxTensor(raster: Raster, size: number, into?: Float32Array): Letterbox {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer; got ${size}`);
  if (into !== undefined && into.length !== size * size * 3) {
    throw new RangeError(`into must hold ${size * size * 3} floats; got ${into.length}`);
  }
  const { width, height } = raster;
  const factor = size / Math.max(width, height);
  const fitWidth = Math.max(1, Math.min(size, Math.round(width * factor)));
  const fitHeight = Math.max(1, Math.min(size, Math.round(height * factor)));
  const offsetX = Math.floor((size - fitWidth) / 2);
  const offsetY = Math.floor((size - fitHeight) / 2);

  // Downscaled, `source` already has the fitted size and the lookups below are the identity;
  // upscaled, they repeat pixels (nearest neighbour).
  const source = factor < 1 ? resizeArea(raster, fitWidth, fitHeight) : raster;
  const sourceColumn = (x: number) => Math.floor((x * source.width) / fitWidth);
  const tensor = (into ?? new Float32Array(size * size * 3)).fill(-1);
  for (let y = 0; y < fitHeight; y++) {
    const rowStart = Math.floor((y * source.height) / fitHeight) * source.width;
    for (let x = 0, o = ((y + offsetY) * size + offsetX) * 3; x < fitWidth; x++, o += 3) {
      const i = (rowStart + sourceColumn(x)) * 4;
      tensor[o] = source.data[i]! / 127.5 - 1;
      tensor[o + 1] = source.data[i + 1]! / 127.5 - 1;
      tensor[o + 2] = source.data[i + 2]! / 127.5 - 1;
    }
  }
  return { tensor, size, scaleX: fitWidth / width, scaleY: fitHeight / height, offsetX, offsetY };
}
