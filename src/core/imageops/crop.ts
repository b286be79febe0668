import type { Box, Raster } from '../types.js';

/**
 * The pixels of `raster` inside `box` (rounded outwards to whole pixels and clipped to the image),
 * as a raster of their own.
 * @throws RangeError when the box does not overlap the image.
 */
export function cropRaster(raster: Raster, box: Box): Raster {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(raster.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(raster.height, Math.ceil(box.y + box.height));
  if (x1 <= x0 || y1 <= y0) {
    throw new RangeError(
      `box ${box.x},${box.y} ${box.width}x${box.height} lies outside the ${raster.width}x${raster.height} image`,
    );
  }
  const width = x1 - x0;
  const height = y1 - y0;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * raster.width + x0) * 4;
    data.set(raster.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { data, width, height };
}
