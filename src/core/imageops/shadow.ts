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
/**
 * A sharp edge: the light comes back within this many cells of a border cell of the shadow, on
 * most of its border (the median border cell).
 */
const SHARP_EDGE_REACH = 2;
/**
 * A soft edge: the light comes back within this many cells (a quarter of the document's longer
 * side; a shadow cast from high above rises over three or four cells), beyond what the slope of
 * the light inside explains, on at least a quarter of its border ({@link SOFT_EDGE_QUANTILE}):
 * the rest may fade out slowly (a shadow whose cast object is farther away at one end).
 */
const SOFT_EDGE_REACH = 4;
const SOFT_EDGE_QUANTILE = 0.75;

/** The largest shaded area of a region: see {@link largestShadow}. */
export interface Shadow {
  /** Its pixels' share of the region's measured pixels. */
  share: number;
  /** 1 - its paper's median level over the lit paper's: 0.4 for a shadow taking 40 % of the light. */
  darkening: number;
  /**
   * How sharply the light comes back at its edge, as a share of the lit paper's level: the larger
   * of the median, over its border cells, of the rise within {@link SHARP_EDGE_REACH} cells outside
   * it, and the upper quartile of the rise within {@link SOFT_EDGE_REACH} cells less what the slope
   * of the light inside explains (see `edgeSteps`). A cast shadow's edge gives back most of its
   * darkening there; vignetting or light falling off across a page a little per cell, and as fast
   * outside as inside.
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
  const sharpSteps: number[] = [];
  const softSteps: number[] = [];
  const shifts: number[] = [];
  let area = 0;
  for (let c = 0; c < cols * rows; c++) {
    if (!inShadow(c)) continue;
    area += levels.pixels[c]!;
    shadowLevels.push(level[c]!);
    shifts.push(Math.max(Math.abs(paper.red(c) - litRedShare), Math.abs(paper.blue(c) - litBlueShare)));
    const steps = edgeSteps(c, cols, rows, level, judged, inShadow);
    if (steps === undefined) continue;
    sharpSteps.push(steps.sharp);
    softSteps.push(steps.soft);
  }
  return {
    share: area / Math.max(1, levels.measured),
    darkening: 1 - quantile(shadowLevels, 0.5),
    edgeStep: Math.max(quantile(sharpSteps, 0.5), quantile(softSteps, SOFT_EDGE_QUANTILE)),
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
 * How a shaded border cell's level steps up at the shadow's edge, in the direction where it is
 * largest, over the directions whose next cell is judged and outside the shadow: `sharp`, the rise
 * to the lightest of the next {@link SHARP_EDGE_REACH} cells ahead; `soft`, the largest rise to one
 * of the next {@link SOFT_EDGE_REACH} cells ahead less that cell's distance times the fall per cell
 * from it to the darkest of as many cells behind it. A linear falloff of the light rises ahead as
 * fast as it falls behind (vignetting, brightest in the middle, slower); a shadow is level inside
 * and rises at its edge. Undefined when there is no such direction (a cell inside the shadow, or
 * at the grid's edge).
 */
function edgeSteps(
  c: number,
  cols: number,
  rows: number,
  level: Float64Array,
  judged: Uint8Array,
  inShadow: (c: number) => boolean,
): { sharp: number; soft: number } | undefined {
  const col = c % cols;
  const row = (c - col) / cols;
  let steps: { sharp: number; soft: number } | undefined;
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
    let [lowest, fallPerCell] = [level[c]!, 0];
    for (let k = 1; k <= SOFT_EDGE_REACH; k++) {
      const behind = cellAt(-k);
      if (behind < 0 || level[behind]! >= lowest) continue;
      lowest = level[behind]!;
      fallPerCell = (level[c]! - lowest) / k;
    }
    steps ??= { sharp: -Infinity, soft: -Infinity };
    for (let k = 1; k <= SOFT_EDGE_REACH; k++) {
      const ahead = cellAt(k);
      if (ahead < 0) continue;
      const rise = level[ahead]! - level[c]!;
      if (k <= SHARP_EDGE_REACH) steps.sharp = Math.max(steps.sharp, rise);
      steps.soft = Math.max(steps.soft, rise - k * fallPerCell);
    }
  }
  return steps;
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
