import { describe, expect, it } from 'vitest';
import { letterboxTensor } from '../../src/core/imageops/letterbox.js';
import { makeRaster } from '../helpers.js';

/** The red channel of a letterboxed tensor, one array per row. */
function redRows(tensor: Float32Array, size: number): number[][] {
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => tensor[(y * size + x) * 3]!));
}

describe('letterboxTensor', () => {
  it('centres a wide raster between black bars and scales values to [-1, 1]', () => {
    // 4x2, one white pixel at (1, 0), the rest black: fits a 4x4 square as is, one bar above and below.
    const raster = makeRaster(4, 2, (x, y) => (x === 1 && y === 0 ? [255, 255, 255] : [0, 0, 0]));
    const letterbox = letterboxTensor(raster, 4);
    expect(letterbox).toMatchObject({ size: 4, scaleX: 1, scaleY: 1, offsetX: 0, offsetY: 1 });
    expect(redRows(letterbox.tensor, 4)).toEqual([
      [-1, -1, -1, -1],
      [-1, 1, -1, -1],
      [-1, -1, -1, -1],
      [-1, -1, -1, -1],
    ]);
  });

  it('averages areas when it downscales', () => {
    // 8x4, white left half: halved into 4x2, each 2x2 block all white or all black.
    const raster = makeRaster(8, 4, (x) => (x < 4 ? [255, 255, 255] : [0, 0, 0]));
    const letterbox = letterboxTensor(raster, 4);
    expect(letterbox).toMatchObject({ scaleX: 0.5, scaleY: 0.5, offsetX: 0, offsetY: 1 });
    expect(redRows(letterbox.tensor, 4)[1]).toEqual([1, 1, -1, -1]);
  });

  it('repeats pixels when the raster is smaller than the square', () => {
    const raster = makeRaster(1, 2, (_, y) => (y === 0 ? [255, 0, 0] : [0, 0, 255]));
    const letterbox = letterboxTensor(raster, 4);
    expect(letterbox).toMatchObject({ scaleX: 2, scaleY: 2, offsetX: 1, offsetY: 0 });
    expect(redRows(letterbox.tensor, 4)).toEqual([
      [-1, 1, 1, -1],
      [-1, 1, 1, -1],
      [-1, -1, -1, -1],
      [-1, -1, -1, -1],
    ]);
    // Blue of the bottom-left content pixel.
    expect(letterbox.tensor[(2 * 4 + 1) * 3 + 2]).toBe(1);
  });

  it('writes into a given buffer, bars included, whatever it held before', () => {
    const into = new Float32Array(4 * 4 * 3).fill(0.5);
    const wide = makeRaster(4, 2, (x, y) => (x === 1 && y === 0 ? [255, 255, 255] : [0, 0, 0]));
    const letterbox = letterboxTensor(wide, 4, into);
    expect(letterbox.tensor).toBe(into);
    expect(redRows(into, 4)).toEqual(redRows(letterboxTensor(wide, 4).tensor, 4));
    expect(() => letterboxTensor(wide, 4, new Float32Array(12))).toThrow(/48 floats/);
  });

  it('rejects a size that is not a positive integer', () => {
    const raster = makeRaster(2, 2, () => [0, 0, 0]);
    expect(() => letterboxTensor(raster, 0)).toThrow(RangeError);
    expect(() => letterboxTensor(raster, 1.5)).toThrow(/size/);
  });
});
