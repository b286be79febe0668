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
/**
 * A second look, with the paper of a lit side as the reference, when the first finds less than
 * this share of the region shaded: the shadow may cover the lit quantile's cells too. Below every
 * preset's `shadow.minShare` (strict 0.07), so a shadow the first look finds for any preset is
 * never replaced by the second's (which may then fail the other tests).
 */
const SECOND_LOOK_BELOW = 0.05;
/**
 * The lit side's paper: this quantile of the cells' white levels (glare left out). High, as the
 * side may be a seventh of the document; not the highest, which may be a bright fleck.
 */
const LIT_SIDE_QUANTILE = 0.95;
/**
 * A lit side covers at least this share of the cells: the light of a strip along one edge or a
 * corner, not the brighter paper of one field.
 */
const MIN_LIT_SIDE = 0.08;
/** A cell's white level at or above this is clipped: glare, not paper. */
const CLIPPED = 250;

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
  /** Its cells: their place on the grid, and their paper's colour shift (as in {@link paperShift}). */
  cells: ShadowCell[];
  /**
   * The grid of cells: its columns and rows, and their side in working pixels (cell `col`, `row`
   * starts at `col * side`, `row * side`).
   */
  grid: { cols: number; rows: number; side: number };
}

/** A cell of a {@link Shadow}. */
export interface ShadowCell {
  col: number;
  row: number;
  /** The larger shift of the red and blue shares of its paper's colour from the lit paper's. */
  shift: number;
}

/**
 * The largest area of a region whose paper (each cell's white level) is darker than the lit
 * paper's: where a cast shadow (a hand, a phone) takes light away. On the glare veil's grid of
 * cells (see `veilLevels`), a cell is shaded when its white level is at most {@link SHADED_AT} of
 * the lit paper's (the {@link LIT_QUANTILE} of the cells' white levels); shaded cells are grouped
 * 4-connected. The paper is compared with the document's own lit paper, so an evenly dim photo
 * has no shadow. A shadow over more than about four fifths of the cells darkens that lit paper
 * too; when the first look finds less than {@link SECOND_LOOK_BELOW} of the region shaded, a
 * second one takes the paper of a lit side instead (see {@link litSideLevel}). What else tells
 * a cast shadow from vignetting or a dark part of the design (its edge, its paper's colour) is
 * judged on the returned scores.
 */
export function largestShadow(region: WorkingRegion): Shadow | undefined {
  const levels = veilLevels(region);
  const whites = new Uint32Array(256);
  for (let c = 0; c < levels.cols * levels.rows; c++) if (levels.judged[c] === 1) whites[levels.white[c]!]!++;
  // The paper's colours are read only once a shadow is found (most documents have none).
  let paper: PaperColours | undefined;
  const paperOf = (): PaperColours => (paper ??= paperColours(region, levels));
  const first = shadowUnder(region, levels, paperOf, Math.max(1, percentile(whites, LIT_QUANTILE)));
  if (first !== undefined && first.share >= SECOND_LOOK_BELOW) return first;
  const litSide = litSideLevel(levels);
  const second = litSide === undefined ? undefined : shadowUnder(region, levels, paperOf, litSide);
  return second !== undefined && second.share > (first?.share ?? 0) ? second : first;
}

/**
 * The paper level of the lit side of a page mostly in shadow (the caster over all of it but one
 * side or corner): the {@link LIT_SIDE_QUANTILE} of the white levels of the cells lit by the same
 * light as the rest, when the largest 4-connected area of those within {@link LIT_COLOUR_AT} of it
 * covers at least {@link MIN_LIT_SIDE} of the cells and reaches the region's border. Glare is not
 * lit paper: cells clipped at {@link CLIPPED} or beside one are left out (a spot's halo), and so is
 * a bright area that does not reach the border (a veil of reflection over the middle of a card).
 * Undefined when there is no such side.
 */
function litSideLevel(levels: CellLevels): number | undefined {
  const { cols, rows, judged, white } = levels;
  const clipped = (x: number, y: number): boolean =>
    x >= 0 && y >= 0 && x < cols && y < rows && judged[y * cols + x] === 1 && white[y * cols + x]! >= CLIPPED;
  const clear = new Uint8Array(cols * rows);
  const whites = new Uint32Array(256);
  for (let c = 0; c < cols * rows; c++) {
    const [x, y] = [c % cols, Math.floor(c / cols)];
    let besideGlare = false;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) besideGlare ||= clipped(x + dx, y + dy);
    if (judged[c] === 0 || besideGlare) continue;
    clear[c] = 1;
    whites[white[c]!]!++;
  }
  const level = percentile(whites, LIT_SIDE_QUANTILE);
  const lit = new Uint8Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) lit[c] = Number(clear[c] === 1 && white[c]! >= LIT_COLOUR_AT * level);
  const side = findSpots(lit, cols, rows, judged).spots[0];
  const judgedCells = judged.reduce((sum, j) => sum + j, 0);
  return side !== undefined && side.contact > 0 && side.area >= MIN_LIT_SIDE * judgedCells && level > 0
    ? level
    : undefined;
}

/** The largest shadow of `levels` under paper lit to `lit` (see {@link largestShadow}). */
function shadowUnder(
  region: WorkingRegion,
  levels: CellLevels,
  paperOf: () => PaperColours,
  lit: number,
): Shadow | undefined {
  const { width, height } = region.luma;
  const { cols, rows, cell, judged, white } = levels;
  const level = new Float64Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) level[c] = judged[c] === 1 ? white[c]! / lit : 0;

  const shaded = new Uint8Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) shaded[c] = Number(judged[c] === 1 && white[c]! <= SHADED_AT * lit);
  const { spots, labels } = findSpots(shaded, cols, rows, judged);
  const largest = spots[0];
  if (largest === undefined) return undefined;
  const inShadow = (c: number): boolean => labels[c] === largest.label;
  const paper = paperOf();

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
  const cells: ShadowCell[] = [];
  let area = 0;
  for (let c = 0; c < cols * rows; c++) {
    if (!inShadow(c)) continue;
    area += levels.pixels[c]!;
    shadowLevels.push(level[c]!);
    const shift = Math.max(Math.abs(paper.red(c) - litRedShare), Math.abs(paper.blue(c) - litBlueShare));
    cells.push({ col: c % cols, row: Math.floor(c / cols), shift });
    const steps = edgeSteps(c, cols, rows, level, judged, inShadow);
    if (steps === undefined) continue;
    sharpSteps.push(steps.sharp);
    softSteps.push(steps.soft);
  }
  return {
    share: area / Math.max(1, levels.measured),
    darkening: 1 - quantile(shadowLevels, 0.5),
    edgeStep: Math.max(quantile(sharpSteps, 0.5), quantile(softSteps, SOFT_EDGE_QUANTILE)),
    paperShift: paperShift(cells),
    box: {
      x0: Math.floor(largest.x0 * cell),
      y0: Math.floor(largest.y0 * cell),
      x1: Math.min(width, Math.ceil(largest.x1 * cell)),
      y1: Math.min(height, Math.ceil(largest.y1 * cell)),
    },
    cells,
    grid: { cols, rows, side: cell },
  };
}

/** {@link Shadow.paperShift} of some of a shadow's cells: the upper quartile of their colour shifts. */
export function paperShift(cells: readonly ShadowCell[]): number {
  return quantile(
    cells.map((cell) => cell.shift),
    0.75,
  );
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

/** Per cell, the red and blue shares of its paper's colour. */
interface PaperColours {
  red(c: number): number;
  blue(c: number): number;
}

/** Per cell, the colour of its paper (its pixels near its white level) as chromaticity: the red and blue shares. */
function paperColours(region: WorkingRegion, levels: CellLevels): PaperColours {
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
