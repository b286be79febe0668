import { analyze } from '../../src/core/analyze.js';
import type { OptionsInput } from '../../src/core/options.js';
import type { Heatmap, Raster, Report } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';

// A synthetic phone photo of a card, and the blurs a camera adds: shared by the blur and glare tests.

export const WIDTH = 640;
export const HEIGHT = 480;
/** The card's rectangle in the scene. */
export const CARD = { x: 120, y: 115, width: 400, height: 250 };

/** Gaussian blur of a raster's RGB (separable, σ in pixels), only where `where(x, y)` holds. */
export function blurred(raster: Raster, sigma: number, where: (x: number, y: number) => boolean = () => true): Raster {
  const radius = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((sum, value) => sum + value, 0);
  return convolve(
    convolve(
      raster,
      kernel.map((value) => value / total),
      1,
      0,
      where,
    ),
    kernel.map((v) => v / total),
    0,
    1,
    where,
  );
}

/** Horizontal motion blur: a box of `length` pixels along x. */
export function motionBlurred(raster: Raster, length: number): Raster {
  return convolve(
    raster,
    Array.from({ length }, () => 1 / length),
    1,
    0,
    () => true,
  );
}

function convolve(
  raster: Raster,
  kernel: number[],
  dx: number,
  dy: number,
  where: (x: number, y: number) => boolean,
): Raster {
  const { width, height, data } = raster;
  const out = new Uint8ClampedArray(data);
  const radius = (kernel.length - 1) >> 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!where(x, y)) continue;
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let k = 0; k < kernel.length; k++) {
          const sx = Math.min(width - 1, Math.max(0, x + (k - radius) * dx));
          const sy = Math.min(height - 1, Math.max(0, y + (k - radius) * dy));
          sum += kernel[k]! * data[(sy * width + sx) * 4 + c]!;
        }
        out[(y * width + x) * 4 + c] = sum;
      }
    }
  }
  return { width, height, data: out };
}

/**
 * A phone photo of a card on a dark desk: card paper at a typical phone exposure (luma ~165),
 * a portrait block, rows of dark print all over; `paper` sets the card's colour. `scale` enlarges
 * the photo and everything in it (the print's edges stay crisp one-pixel steps).
 */
export function cardScene(paper: readonly number[] = [178, 166, 148], seed = 3, scale = 1): Raster {
  const random = seededRandom(seed);
  return makeRaster(Math.round(WIDTH * scale), Math.round(HEIGHT * scale), (x, y) => {
    const noise = (random() - 0.5) * 6;
    const u = Math.floor(x / scale) - CARD.x;
    const v = Math.floor(y / scale) - CARD.y;
    if (u < 0 || v < 0 || u >= CARD.width || v >= CARD.height) return [55 + noise, 50 + noise, 48 + noise];
    if (u > 20 && u < 120 && v > 40 && v < 200) return [120 + ((u * 3 + v * 5) % 60) + noise, 100 + noise, 90 + noise];
    const print = u > 140 && u < 380 && v % 22 < 7 && v > 20 && v < 235 && (u >> 3) % 6 !== 0;
    return print ? [40 + noise, 40 + noise, 50 + noise] : paper.map((value) => value + noise);
  });
}

export async function documentReport(raster: Raster, options: OptionsInput = {}): Promise<Report> {
  return await analyze(
    raster,
    { width: raster.width, height: raster.height, format: 'png' },
    { kind: 'document', options },
  );
}
export const has = (report: Report, code: string): boolean => report.issues.some((issue) => issue.code === code);

/** Centre (image pixels) of the map cell with the extreme value (NaN cells skipped). */
export function extremeCell(map: Heatmap, pick: 'max' | 'min'): { x: number; y: number } {
  let best = -1;
  map.values.forEach((value, cell) => {
    if (Number.isNaN(value)) return;
    if (best < 0 || (pick === 'max' ? value > map.values[best]! : value < map.values[best]!)) best = cell;
  });
  return {
    x: (((best % map.cols) + 0.5) / map.cols) * WIDTH,
    y: ((Math.floor(best / map.cols) + 0.5) / map.rows) * HEIGHT,
  };
}
