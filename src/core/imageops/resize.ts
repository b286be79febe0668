import type { Raster } from '../types.js';

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
 * Area-average resize to exactly `targetWidth` × `targetHeight` (downscaling only). Alpha is set
 * opaque: decoders flatten transparency before the checks see the pixels.
 */
export function resizeArea(raster: Raster, targetWidth: number, targetHeight: number): Raster {
  const { data, width, height } = raster;
  if (targetWidth > width || targetHeight > height || targetWidth < 1 || targetHeight < 1) {
    throw new RangeError(`resizeArea only downscales: target ${targetWidth}x${targetHeight} from ${width}x${height}`);
  }
  const columns = areaWeights(width, targetWidth);
  const rows = areaWeights(height, targetHeight);

  // Horizontal pass into float RGB rows, then vertical pass into the output.
  const horizontal = new Float32Array(targetWidth * height * 3);
  for (let y = 0; y < height; y++) {
    const sourceRow = y * width * 4;
    let o = y * targetWidth * 3;
    for (let tx = 0; tx < targetWidth; tx++, o += 3) {
      let r = 0;
      let g = 0;
      let b = 0;
      let i = sourceRow + columns.start[tx]! * 4;
      for (let k = tx * columns.taps, end = k + columns.taps; k < end; k++, i += 4) {
        const w = columns.weights[k]!;
        if (w === 0) break;
        r += data[i]! * w;
        g += data[i + 1]! * w;
        b += data[i + 2]! * w;
      }
      horizontal[o] = r;
      horizontal[o + 1] = g;
      horizontal[o + 2] = b;
    }
  }

  const out = new Uint8ClampedArray(targetWidth * targetHeight * 4);
  const rowLength = targetWidth * 3;
  const accumulator = new Float32Array(rowLength);
  for (let ty = 0; ty < targetHeight; ty++) {
    accumulator.fill(0);
    let source = rows.start[ty]! * rowLength;
    for (let k = ty * rows.taps, end = k + rows.taps; k < end; k++, source += rowLength) {
      const w = rows.weights[k]!;
      if (w === 0) break;
      for (let x = 0; x < rowLength; x++) accumulator[x]! += horizontal[source + x]! * w;
    }
    // Uint8ClampedArray assignment rounds and clamps.
    for (let x = 0, o = ty * targetWidth * 4; x < rowLength; x += 3, o += 4) {
      out[o] = accumulator[x]!;
      out[o + 1] = accumulator[x + 1]!;
      out[o + 2] = accumulator[x + 2]!;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: targetWidth, height: targetHeight };
}

/** Per target index: the first source index it covers, and `taps` weights (zero-padded). */
interface AreaWeights {
  start: Int32Array;
  taps: number;
  weights: Float32Array;
}

function areaWeights(sourceLength: number, targetLength: number): AreaWeights {
  const step = sourceLength / targetLength;
  const taps = Math.ceil(step) + 1;
  const start = new Int32Array(targetLength);
  const weights = new Float32Array(targetLength * taps);
  for (let t = 0; t < targetLength; t++) {
    const from = t * step;
    const to = from + step;
    const first = Math.floor(from);
    const end = Math.min(sourceLength, Math.ceil(to));
    start[t] = first;
    for (let s = first; s < end; s++) {
      weights[t * taps + s - first] = (Math.min(to, s + 1) - Math.max(from, s)) / step;
    }
  }
  return { start, taps, weights };
}
