import type { Box, Raster } from '../types.js';
import { Float32Scratch } from './scratch.js';

/** The horizontal pass of {@link resizeArea}, reused from image to image. */
const scratch = new Float32Scratch();

/**
 * Downscales so the longer side is at most `maxSide`, averaging every source pixel that falls in
 * a target pixel (area / box filter with fractional edge weights). Area averaging is the
 * resampling that keeps scores comparable across input sizes: it neither aliases fine texture
 * (text, moiré) like nearest-neighbour nor sharpens like Lanczos. Returns the input itself when it
 * is already small enough.
 */
export function resizeToMaxSide(raster: Raster, maxSide: number): Raster {
  if (!Number.isInteger(maxSide) || maxSide < 1) {
    throw new RangeError(`maxSide must be a positive integer; got ${maxSide}`);
  }
  const { width, height } = raster;
  const longSide = Math.max(width, height);
  if (longSide <= maxSide) return raster;
  const factor = maxSide / longSide;
  const targetWidth = Math.max(1, Math.round(width * factor));
  const targetHeight = Math.max(1, Math.round(height * factor));
  return resizeArea(raster, targetWidth, targetHeight);
}

/**
 * Area-average resize to exactly `targetWidth` × `targetHeight` (downscaling only) of the raster, or
 * of the part of it in `from` (whole pixels), as a crop of that part would be, without the copy.
 * Alpha is set opaque: decoders flatten transparency before the checks see the pixels.
 *
 * Separable: a horizontal pass into float rows, then a vertical pass. Each target pixel sums the
 * source pixels it fully covers with weight 1 and the two it partly covers with their overlap,
 * accumulating in locals (scattered writes to typed arrays are several times slower).
 */
export function resizeArea(
  raster: Raster,
  targetWidth: number,
  targetHeight: number,
  from: Box = { x: 0, y: 0, width: raster.width, height: raster.height },
): Raster {
  const { data } = raster;
  const { width, height } = from;
  if (
    !Number.isInteger(from.x) ||
    !Number.isInteger(from.y) ||
    from.x < 0 ||
    from.y < 0 ||
    from.x + width > raster.width ||
    from.y + height > raster.height
  ) {
    throw new RangeError(`resizeArea: from must be whole pixels inside the ${raster.width}x${raster.height} image`);
  }
  if (targetWidth > width || targetHeight > height || targetWidth < 1 || targetHeight < 1) {
    throw new RangeError(`resizeArea only downscales: target ${targetWidth}x${targetHeight} from ${width}x${height}`);
  }
  const columns = spans(width, targetWidth);
  const rows = spans(height, targetHeight);

  const horizontal = scratch.get(0, targetWidth * height * 3); // every value is written below
  for (let y = 0; y < height; y++) {
    const rowStart = ((from.y + y) * raster.width + from.x) * 4;
    for (let tx = 0, o = y * targetWidth * 3; tx < targetWidth; tx++, o += 3) {
      const first = columns.first[tx]!;
      const last = columns.last[tx]!;
      let i = rowStart + first * 4;
      const wFirst = columns.firstWeight[tx]!;
      let r = data[i]! * wFirst;
      let g = data[i + 1]! * wFirst;
      let b = data[i + 2]! * wFirst;
      for (let s = first + 1; s < last; s++) {
        i += 4;
        r += data[i]!;
        g += data[i + 1]!;
        b += data[i + 2]!;
      }
      if (last > first) {
        i = rowStart + last * 4;
        const wLast = columns.lastWeight[tx]!;
        r += data[i]! * wLast;
        g += data[i + 1]! * wLast;
        b += data[i + 2]! * wLast;
      }
      horizontal[o] = r;
      horizontal[o + 1] = g;
      horizontal[o + 2] = b;
    }
  }

  const out = new Uint8ClampedArray(targetWidth * targetHeight * 4);
  const rowLength = targetWidth * 3;
  const norm = (targetWidth / width) * (targetHeight / height);
  for (let ty = 0; ty < targetHeight; ty++) {
    const first = rows.first[ty]!;
    const last = rows.last[ty]!;
    const wFirst = rows.firstWeight[ty]!;
    const wLast = rows.lastWeight[ty]!;
    for (let x = 0, o = ty * targetWidth * 4; x < rowLength; x += 3, o += 4) {
      let i = first * rowLength + x;
      let r = horizontal[i]! * wFirst;
      let g = horizontal[i + 1]! * wFirst;
      let b = horizontal[i + 2]! * wFirst;
      for (let s = first + 1; s < last; s++) {
        i += rowLength;
        r += horizontal[i]!;
        g += horizontal[i + 1]!;
        b += horizontal[i + 2]!;
      }
      if (last > first) {
        i = last * rowLength + x;
        r += horizontal[i]! * wLast;
        g += horizontal[i + 1]! * wLast;
        b += horizontal[i + 2]! * wLast;
      }
      // Uint8ClampedArray assignment rounds and clamps.
      out[o] = r * norm;
      out[o + 1] = g * norm;
      out[o + 2] = b * norm;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: targetWidth, height: targetHeight };
}

/**
 * For each target index: the first and last source index it overlaps and how much of those two
 * it covers (the ones between are covered fully). Exact integer ratios give weights of exactly 1.
 */
function spans(sourceLength: number, targetLength: number) {
  const first = new Int32Array(targetLength);
  const last = new Int32Array(targetLength);
  const firstWeight = new Float64Array(targetLength);
  const lastWeight = new Float64Array(targetLength);
  for (let t = 0; t < targetLength; t++) {
    const from = (t * sourceLength) / targetLength;
    const to = ((t + 1) * sourceLength) / targetLength;
    const a = Math.floor(from);
    const b = Math.min(sourceLength, Math.ceil(to)) - 1;
    first[t] = a;
    last[t] = b;
    firstWeight[t] = Math.min(to, a + 1) - from;
    lastWeight[t] = to - Math.max(from, b);
  }
  return { first, last, firstWeight, lastWeight };
}
