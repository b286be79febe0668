import { percentile } from './histogram.js';
import type { WorkingRegion } from './region.js';

/** A cell is judged when at least this share of it lies inside the measured outline. */
const MIN_INSIDE = 0.6;

/**
 * Light levels of a region on a grid of square cells: what the glare veil and the shadow are
 * read from. A cell's white level (a high percentile of its luma) is its paper, lit as it is
 * there; its black level (a low percentile) its print. Light added over a patch (a veil of
 * reflection) lifts both; light taken away (a cast shadow) scales both down.
 */
export interface CellLevels {
  cols: number;
  rows: number;
  /** Cell side, in working pixels. */
  cell: number;
  /** 1 for a cell mostly inside the outline (the others are not judged). */
  judged: Uint8Array;
  /** Per cell: `whitePercentile` and `blackPercentile` of its luma. */
  white: Uint8Array;
  black: Uint8Array;
  /** Per cell: measured pixels, and the sum of their RGB spread (max - min). */
  pixels: Uint32Array;
  chroma: Float64Array;
  /** The region's measured pixels. */
  measured: number;
  /** The cell of a working pixel. */
  cellOf(x: number, y: number): number;
}

/**
 * {@link CellLevels} of `region` with `cellsAlong` cells along the longer side of its bounding
 * box, white and black levels at the given luma percentiles.
 */
export function cellLevels(
  region: WorkingRegion,
  cellsAlong: number,
  whitePercentile: number,
  blackPercentile: number,
): CellLevels {
  const { width, height } = region.luma;
  const cell = Math.max(width, height) / cellsAlong;
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const cellOf = (x: number, y: number): number => Math.floor(y / cell) * cols + Math.floor(x / cell);
  const counts = new Uint32Array(cols * rows * 256);
  const pixels = new Uint32Array(cols * rows);
  const chroma = new Float64Array(cols * rows);
  let measured = 0;
  for (let y = 0; y < height; y++) {
    for (let x = region.spans[2 * y]!, o = y * width + x; x < region.spans[2 * y + 1]!; x++, o++) {
      const c = cellOf(x, y);
      const i = o * 4;
      const r = region.raster.data[i]!;
      const g = region.raster.data[i + 1]!;
      const b = region.raster.data[i + 2]!;
      counts[c * 256 + region.luma.data[o]!]!++;
      pixels[c]!++;
      chroma[c]! += Math.max(r, g, b) - Math.min(r, g, b);
      measured++;
    }
  }
  const judged = new Uint8Array(cols * rows);
  const white = new Uint8Array(cols * rows);
  const black = new Uint8Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) {
    const col = c % cols;
    const row = (c - col) / cols;
    const full = (Math.min(width, (col + 1) * cell) - col * cell) * (Math.min(height, (row + 1) * cell) - row * cell);
    if (pixels[c]! < MIN_INSIDE * full) continue;
    judged[c] = 1;
    const cellCounts = counts.subarray(c * 256, (c + 1) * 256);
    white[c] = percentile(cellCounts, whitePercentile);
    black[c] = percentile(cellCounts, blackPercentile);
  }
  return { cols, rows, cell, judged, white, black, pixels, chroma, measured, cellOf };
}
