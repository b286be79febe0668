import type { CellLevels } from './cells.js';
import { percentile, quantile } from './histogram.js';
import { findSpots } from './spots.js';
import type { WorkingRegion } from './region.js';
import { veilLevels } from './veil.js';

/**
 * The lit paper: this quantile of the cells' white levels. Not the very brightest cells: a veil
 * or spot of glare over a tenth of the document would stand for the lit paper and cast the rest
 * into "shadow".
 */
const LIT_QUANTILE = 0.8;
/** A cell is shaded when its paper is at most this share of the lit paper's level. */
const SHADED_AT = 0.8;
/**
 * The lit paper's colour is taken from the cells at least this share of the lit level: halfway
 * between shaded and lit, so no shaded cell and no cell at the edge of a shadow counts.
 */
const LIT_COLOUR_AT = 0.9;
/** The paper of a cell: its pixels within this share of its white level. */
const PAPER_NEAR_WHITE = 0.85;

/** The largest shaded area of a region: see {@link largestShadow}. */
export interface Shadow {
  /** Its pixels' share of the region's measured pixels. */
  share: number;
  /** 1 - its paper's median level over the lit paper's: 0.4 for a shadow taking 40 % of the light. */
  darkening: number;
  /**
   * How sharply the light comes back at its edge: the median, over its border cells, of the rise
   * in paper level (as a share of the lit paper's) within two cells outside it. A cast shadow's
   * edge gives back most of its darkening there; vignetting or light falling off across a page a
   * little per cell.
   */
  edgeStep: number;
  /**
   * How far its paper's colour moved from the lit paper's: over its cells, the upper quartile of
   * the larger shift of the red and blue shares of their paper's colour. A shadow keeps the paper's
   * colour (a little bluer under the sky); a dark band of the design is another colour.
   */
  paperShift: number;
  /** Bounding box in working pixels (x1/y1 exclusive). */
  box: { x0: number; y0: number; x1: number; y1: number };
}

/**
 * The largest area of a region whose paper (each cell's white level) is darker than the lit
 * paper's: where a cast shadow (a hand, a phone) takes light away. On the glare veil's grid of
 * cells (see `veilLevels`), a cell is shaded when its white level is at most {@link SHADED_AT} of
 * the lit paper's (the {@link LIT_QUANTILE} of the cells' white levels); shaded cells are grouped
 * 4-connected. The paper is compared with the document's own lit paper, so an evenly dim photo
 * has no shadow; nor has one shaded over more than about four fifths of its cells, whose lit
 * paper is then itself in the shadow (it reads as evenly dim). What else tells a cast
 * shadow from vignetting or a dark part of the design (its edge, its paper's colour) is judged on
 * the returned scores.
 */
export function largestShadow(region: WorkingRegion): Shadow | undefined {
  const { width, height } = region.luma;
  const levels = veilLevels(region);
  const { cols, rows, cell, judged, white } = levels;
  const whites = new Uint32Array(256);
  for (let c = 0; c < cols * rows; c++) if (judged[c] === 1) whites[white[c]!]!++;
  const lit = Math.max(1, percentile(whites, LIT_QUANTILE));
  const level = new Float64Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) level[c] = judged[c] === 1 ? white[c]! / lit : 0;

  const shaded = new Uint8Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) shaded[c] = Number(judged[c] === 1 && white[c]! <= SHADED_AT * lit);
  const { spots, labels } = findSpots(shaded, cols, rows, judged);
  const largest = spots[0];
  if (largest === undefined) return undefined;
  const inShadow = (c: number): boolean => labels[c] === largest.label;

  const paper = paperColours(region, levels);
  const litRedShares: number[] = [];
  const litBlueShares: number[] = [];
  for (let c = 0; c < cols * rows; c++) {
    if (judged[c] === 0 || level[c]! < LIT_COLOUR_AT) continue;
    litRedShares.push(paper.red(c));
    litBlueShares.push(paper.blue(c));
  }
  const [litRedShare, litBlueShare] = [quantile(litRedShares, 0.5), quantile(litBlueShares, 0.5)];

  const shadowLevels: number[] = [];
  const steps: number[] = [];
  const shifts: number[] = [];
  let area = 0;
  for (let c = 0; c < cols * rows; c++) {
    if (!inShadow(c)) continue;
    area += levels.pixels[c]!;
    shadowLevels.push(level[c]!);
    shifts.push(Math.max(Math.abs(paper.red(c) - litRedShare), Math.abs(paper.blue(c) - litBlueShare)));
    const step = edgeStep(c, cols, rows, level, judged, inShadow);
    if (step !== undefined) steps.push(step);
  }
  return {
    share: area / Math.max(1, levels.measured),
    darkening: 1 - quantile(shadowLevels, 0.5),
    edgeStep: quantile(steps, 0.5),
    paperShift: quantile(shifts, 0.75),
    box: {
      x0: Math.floor(largest.x0 * cell),
      y0: Math.floor(largest.y0 * cell),
      x1: Math.min(width, Math.ceil(largest.x1 * cell)),
      y1: Math.min(height, Math.ceil(largest.y1 * cell)),
    },
  };
}

/**
 * The rise in level from a shaded border cell to the lighter of the next two cells beyond it, in
 * the direction where that is largest, over the directions whose next cell is judged and outside
 * the shadow; undefined when there is none (a cell inside the shadow, or at the grid's edge).
 */
function edgeStep(
  c: number,
  cols: number,
  rows: number,
  level: Float64Array,
  judged: Uint8Array,
  inShadow: (c: number) => boolean,
): number | undefined {
  const col = c % cols;
  const row = (c - col) / cols;
  let step: number | undefined;
  for (const [dx, dy] of [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ] as const) {
    const cellAt = (k: number): number => {
      const [x, y] = [col + k * dx, row + k * dy];
      return x < 0 || y < 0 || x >= cols || y >= rows || judged[y * cols + x] === 0 ? -1 : y * cols + x;
    };
    const next = cellAt(1);
    if (next < 0 || inShadow(next)) continue;
    const beyond = cellAt(2);
    const outside = Math.max(level[next]!, beyond < 0 ? 0 : level[beyond]!);
    step = Math.max(step ?? -Infinity, outside - level[c]!);
  }
  return step;
}

/** Per cell, the colour of its paper (its pixels near its white level) as chromaticity: the red and blue shares. */
function paperColours(region: WorkingRegion, levels: CellLevels): { red(c: number): number; blue(c: number): number } {
  const { width, height } = region.luma;
  const sums = new Float64Array(levels.cols * levels.rows * 3);
  for (let y = 0; y < height; y++) {
    for (let x = region.spans[2 * y]!, o = y * width + x; x < region.spans[2 * y + 1]!; x++, o++) {
      const c = levels.cellOf(x, y);
      if (region.luma.data[o]! < PAPER_NEAR_WHITE * levels.white[c]!) continue;
      const i = o * 4;
      sums[3 * c]! += region.raster.data[i]!;
      sums[3 * c + 1]! += region.raster.data[i + 1]!;
      sums[3 * c + 2]! += region.raster.data[i + 2]!;
    }
  }
  const share = (c: number, channel: number): number => {
    const total = sums[3 * c]! + sums[3 * c + 1]! + sums[3 * c + 2]!;
    return total > 0 ? sums[3 * c + channel]! / total : 1 / 3;
  };
  return { red: (c) => share(c, 0), blue: (c) => share(c, 2) };
}
