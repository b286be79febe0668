import type { GrayImage, Raster } from '../types.js';

/**
 * Rec. 601 luma (the Y of JPEG's YCbCr), 0-255, with integer weights 77/150/29 that sum to 256 so
 * a gray pixel keeps its value exactly.
 */
export function toLuma(raster: Raster): GrayImage {
  const { data, width, height } = raster;
  const luma = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < luma.length; i += 4, p++) {
    luma[p] = (77 * data[i]! + 150 * data[i + 1]! + 29 * data[i + 2]! + 128) >> 8;
  }
  return { data: luma, width, height };
}
