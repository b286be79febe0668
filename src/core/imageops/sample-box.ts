import type { Box, GrayImage } from '../types.js';

/**
 * The part of a gray image inside `box` resampled to `size` × `size` by area averaging (each
 * output pixel is the mean of the input pixels its cell covers), as floats. Cells outside the
 * image take the nearest edge pixel, so a box running off the border still gives a full square.
 * @throws RangeError when `size` is not a positive integer or the box is empty.
 */
export function sampleBox(image: GrayImage, box: Box, size: number): Float32Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer; got ${size}`);
  if (!(box.width > 0) || !(box.height > 0)) {
    throw new RangeError(`box must have a positive width and height; got ${box.width}x${box.height}`);
  }
  const { data, width, height } = image;
  const out = new Float32Array(size * size);
  const cellWidth = box.width / size;
  const cellHeight = box.height / size;
  const clampX = (x: number): number => Math.min(width - 1, Math.max(0, x));
  const clampY = (y: number): number => Math.min(height - 1, Math.max(0, y));
  for (let row = 0; row < size; row++) {
    const top = box.y + row * cellHeight;
    const yFrom = Math.floor(top);
    const yTo = Math.max(yFrom + 1, Math.ceil(top + cellHeight));
    for (let column = 0; column < size; column++) {
      const left = box.x + column * cellWidth;
      const xFrom = Math.floor(left);
      const xTo = Math.max(xFrom + 1, Math.ceil(left + cellWidth));
      let sum = 0;
      for (let y = yFrom; y < yTo; y++) {
        const rowStart = clampY(y) * width;
        for (let x = xFrom; x < xTo; x++) sum += data[rowStart + clampX(x)]!;
      }
      out[row * size + column] = sum / ((yTo - yFrom) * (xTo - xFrom));
    }
  }
  return out;
}
