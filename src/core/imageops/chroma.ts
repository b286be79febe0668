import type { GrayImage, Raster } from '../types.js';

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
