import type { GrayImage, Raster } from '../types.js';
import { percentile } from './histogram.js';

/** Colour-difference planes of JPEG's YCbCr (zero for a gray pixel), in 0-255 units. */
export interface ChromaPlanes {
  cb: Float32Array;
  cr: Float32Array;
}

/** Cb = 0.564 (B − Y), Cr = 0.713 (R − Y) for every pixel, with Y from {@link toLuma}. */
export function chromaPlanes(raster: Raster, luma: GrayImage): ChromaPlanes {
  const { data } = raster;
  const count = luma.data.length;
  const cb = new Float32Array(count);
  const cr = new Float32Array(count);
  for (let p = 0, i = 0; p < count; p++, i += 4) {
    const y = luma.data[p]!;
    cb[p] = 0.564 * (data[i + 2]! - y);
    cr[p] = 0.713 * (data[i]! - y);
  }
  return { cb, cr };
}

/** Median chroma magnitude, to a 0.25 step (a histogram median; exact medians are not needed). */
export function medianChroma(cb: Float32Array, cr: Float32Array): number {
  const binsPerUnit = 4;
  const counts = new Uint32Array(256 * binsPerUnit);
  for (let p = 0; p < cb.length; p++) {
    const magnitude = Math.sqrt(cb[p]! * cb[p]! + cr[p]! * cr[p]!);
    counts[Math.min(counts.length - 1, Math.round(magnitude * binsPerUnit))]!++;
  }
  return percentile(counts, 0.5) / binsPerUnit;
}
