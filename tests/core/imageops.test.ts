import { describe, expect, it } from 'vitest';
import { chromaPlanes } from '../../src/core/imageops/chroma.js';
import { cropRaster } from '../../src/core/imageops/crop.js';
import { convexRowSpans } from '../../src/core/geometry.js';
import { fractionAtLeast, histogram, histogramMean, percentile } from '../../src/core/imageops/histogram.js';
import { toLuma } from '../../src/core/imageops/luma.js';
import { resizeArea, resizeToMaxSide } from '../../src/core/imageops/resize.js';
import type { Raster } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';

describe('toLuma', () => {
  it('keeps gray values exactly and weights green most', () => {
    const raster = makeRaster(
      4,
      1,
      (x) =>
        [
          [0, 0, 0],
          [128, 128, 128],
          [255, 255, 255],
          [0, 255, 0],
        ][x]!,
    );
    expect(Array.from(toLuma(raster).data)).toEqual([0, 128, 255, 149]);
  });
});

describe('resizeToMaxSide', () => {
  it('returns the same raster when it is already small enough', () => {
    const raster = makeRaster(10, 6, () => [1, 2, 3]);
    expect(resizeToMaxSide(raster, 10)).toBe(raster);
  });

  it('averages 2x2 blocks when halving', () => {
    // 4x2: left 2x2 block alternates 0/200 (mean 100), right block is 40.
    const raster = makeRaster(4, 2, (x, y) =>
      x < 2 ? ((x + y) % 2 === 0 ? [0, 0, 0] : [200, 200, 200]) : [40, 40, 40],
    );
    const small = resizeToMaxSide(raster, 2);
    expect([small.width, small.height]).toEqual([2, 1]);
    expect(Array.from(small.data)).toEqual([100, 100, 100, 255, 40, 40, 40, 255]);
  });

  it('weights partly covered pixels by their overlap (3 -> 2)', () => {
    const raster = makeRaster(
      3,
      1,
      (x) =>
        [
          [0, 0, 0],
          [90, 90, 90],
          [180, 180, 180],
        ][x]!,
    );
    const small = resizeArea(raster, 2, 1);
    // Target 0 covers source 0 fully and half of source 1: (0 + 0.5*90) / 1.5 = 30.
    expect(small.data[0]).toBe(30);
    expect(small.data[4]).toBe(150);
  });

  it('preserves the mean of a random image', () => {
    let seed = 7;
    const raster = makeRaster(97, 53, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const v = seed % 256;
      return [v, v, v];
    });
    const mean = (data: Uint8ClampedArray): number =>
      data.filter((_, i) => i % 4 === 0).reduce((a, b) => a + b, 0) / (data.length / 4);
    expect(mean(resizeToMaxSide(raster, 20).data)).toBeCloseTo(mean(raster.data), 0);
  });

  it('matches a naive exact area average at odd ratios, thin images included', () => {
    const naive = (raster: Raster, tw: number, th: number): number[] => {
      const out: number[] = [];
      const sx = raster.width / tw;
      const sy = raster.height / th;
      for (let ty = 0; ty < th; ty++) {
        for (let tx = 0; tx < tw; tx++) {
          let sum = 0;
          for (let y = Math.floor(ty * sy); y < Math.ceil((ty + 1) * sy); y++) {
            const wy = Math.min((ty + 1) * sy, y + 1) - Math.max(ty * sy, y);
            for (let x = Math.floor(tx * sx); x < Math.ceil((tx + 1) * sx); x++) {
              const wx = Math.min((tx + 1) * sx, x + 1) - Math.max(tx * sx, x);
              sum += raster.data[(y * raster.width + x) * 4]! * wx * wy;
            }
          }
          out.push(sum / (sx * sy));
        }
      }
      return out;
    };
    const random = seededRandom(11);
    for (const [w, h, tw, th] of [
      [1000, 7, 333, 3],
      [7, 3, 3, 1],
      [64, 48, 32, 24],
      [1081, 1, 577, 1],
      [1, 7, 1, 3],
      [97, 53, 20, 11],
    ] as const) {
      const raster = makeRaster(w, h, () => {
        const v = Math.floor(random() * 256);
        return [v, v, v];
      });
      const fast = resizeArea(raster, tw, th);
      const reference = naive(raster, tw, th);
      const red = Array.from(fast.data).filter((_, i) => i % 4 === 0);
      red.forEach((value, i) =>
        expect(Math.abs(value - reference[i]!), `${w}x${h}->${tw}x${th} at ${i}`).toBeLessThanOrEqual(0.5 + 1e-6),
      );
    }
  });

  it('resizes a part of the image exactly as a crop of it', () => {
    const random = seededRandom(11);
    const raster = makeRaster(40, 30, () => [random() * 256, random() * 256, random() * 256]);
    const box = { x: 7, y: 5, width: 23, height: 17 };
    expect(resizeArea(raster, 9, 6, box)).toEqual(resizeArea(cropRaster(raster, box), 9, 6));
  });

  it('rejects invalid sizes', () => {
    const raster = makeRaster(4, 4, () => [0, 0, 0]);
    expect(() => resizeToMaxSide(raster, 0)).toThrow(RangeError);
    expect(() => resizeArea(raster, 8, 8)).toThrow(RangeError);
    expect(() => resizeArea(raster, 1, 1, { x: 2, y: 0, width: 3, height: 2 })).toThrow(RangeError);
    expect(() => resizeArea(raster, 1, 1, { x: 0.5, y: 0, width: 2, height: 2 })).toThrow(RangeError);
  });
});

describe('histogram and percentiles', () => {
  const gray = { data: Uint8Array.from([0, 10, 10, 20, 250, 255, 255, 255, 255, 255]), width: 10, height: 1 };
  it('counts values and takes nearest-rank percentiles', () => {
    const counts = histogram(gray);
    expect(counts[10]).toBe(2);
    expect(percentile(counts, 0)).toBe(0);
    expect(percentile(counts, 0.3)).toBe(10);
    expect(percentile(counts, 0.5)).toBe(250);
    expect(percentile(counts, 1)).toBe(255);
    expect(histogramMean(counts)).toBeCloseTo(156.5);
    expect(fractionAtLeast(counts, 250)).toBeCloseTo(0.6);
    expect(() => percentile(counts, 1.5)).toThrow(RangeError);
  });

  it('counts only the pixels inside a convex polygon', () => {
    const square = [
      { x: 1, y: 1 },
      { x: 3, y: 1 },
      { x: 3, y: 3 },
      { x: 1, y: 3 },
    ];
    expect([...convexRowSpans(square, 4, 4)]).toEqual([0, 0, 1, 3, 1, 3, 0, 0]);
    // A quad running off the image keeps the part inside it.
    const off = square.map((p) => ({ x: p.x + 2, y: p.y - 2 }));
    expect([...convexRowSpans(off, 4, 4)]).toEqual([3, 4, 0, 0, 0, 0, 0, 0]);
    const image = { data: Uint8Array.from({ length: 16 }, (_, i) => i), width: 4, height: 4 };
    const counts = histogram(image, convexRowSpans(square, 4, 4));
    expect([5, 6, 9, 10].every((value) => counts[value] === 1)).toBe(true);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(4);
    expect(() => histogram(image, new Int32Array(3))).toThrow(RangeError);
  });
});

describe('chromaPlanes', () => {
  it('is zero for gray and signed for colours', () => {
    const raster = makeRaster(2, 1, (x) => (x === 0 ? [90, 90, 90] : [255, 0, 0]));
    const { cb, cr } = chromaPlanes(raster, toLuma(raster));
    expect([cb[0], cr[0]]).toEqual([0, 0]);
    expect(cr[1]).toBeGreaterThan(100);
    expect(cb[1]).toBeLessThan(0);
  });
});
