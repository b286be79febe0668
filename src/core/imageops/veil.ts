import { cellLevels, type CellLevels } from './cells.js';
import { percentile } from './histogram.js';
import type { WorkingRegion } from './region.js';
import { findSpots } from './spots.js';

/** Cells along the longer side of the region's bounding box: a field of a card is one or two. */
const VEIL_CELLS = 16;
/** The white and black levels of a cell: these percentiles of its luma. */
const WHITE_PERCENTILE = 0.95;
const BLACK_PERCENTILE = 0.05;
/**
 * The document's print darkness: this quantile of the cells' black levels. Most cells of a card
 * hold some print, but not all (blank panels, the portrait's background); the lower quartile is
 * the print wherever there is print.
 */
const BLACK_REFERENCE = 0.25;
/** A veil's added light lifts the black level at least this share of what it lifts the white. */
const FLOOR_SHARE = 0.5;

/** When a cell is veiled (see {@link largestVeil}). */
export interface VeilLimits {
  /** Least rise of the cell's white level above the typical cell's. */
  minRise: number;
  /** Least rise of its black level above the document's print darkness. */
  minFloorRise: number;
  /** Least spread between its white and black levels: print still shows. */
  minContrast: number;
  /** Most mean RGB spread: reflected lamp light is colourless. */
  maxChroma: number;
}

/** The largest veil found on a region. */
export interface Veil {
  /** Its pixels' share of the region's measured pixels. */
  share: number;
  /** Bounding box in working pixels (x1/y1 exclusive). */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** 1 for its pixels, in working pixels. */
  mask: Uint8Array;
}

/**
 * The largest veil of reflected light on a region: light added over a patch lifts its paper and
 * its print alike. On a grid of {@link VEIL_CELLS} cells along the longer side, a cell is veiled
 * when its white level (95th-percentile luma) rose at least `minRise` above the typical cell's
 * (the median), its black level (5th percentile) at least `minFloorRise` above the document's
 * print darkness ({@link BLACK_REFERENCE}) and at least half as far as its white level (a
 * brighter-lit part of a page beside a shadow scales its levels, lifting the print far less),
 * faint print still shows (`minContrast`), and it is colourless (`maxChroma`). Veiled cells are
 * grouped 4-connected; with `dropFrameContact`, groups touching the region's border are left out
 * (on a scan or tight crop: the light part of a half-shadowed page, a lit margin).
 */
export function largestVeil(region: WorkingRegion, limits: VeilLimits, dropFrameContact: boolean): Veil | undefined {
  const { width, height } = region.luma;
  const levels = veilLevels(region);
  const { cols, rows, cell, judged, cellOf } = levels;
  const veiled = veiledCells(levels, limits);
  const { spots, labels } = findSpots(veiled, cols, rows, judged);
  const largest = spots.find((group) => !(dropFrameContact && group.contact > 0));
  if (largest === undefined) return undefined;
  const mask = new Uint8Array(width * height);
  let area = 0;
  for (let y = 0; y < height; y++) {
    for (let x = region.spans[2 * y]!, o = y * width + x; x < region.spans[2 * y + 1]!; x++, o++) {
      if (labels[cellOf(x, y)] !== largest.label) continue;
      mask[o] = 1;
      area++;
    }
  }
  const box = {
    x0: Math.floor(largest.x0 * cell),
    y0: Math.floor(largest.y0 * cell),
    x1: Math.min(width, Math.ceil(largest.x1 * cell)),
    y1: Math.min(height, Math.ceil(largest.y1 * cell)),
  };
  return { share: area / Math.max(1, levels.measured), box, mask };
}

/** The cell grid and levels the veil is judged on (also the shadow's: see `largestShadow`). */
export function veilLevels(region: WorkingRegion): CellLevels {
  return cellLevels(region, VEIL_CELLS, WHITE_PERCENTILE, BLACK_PERCENTILE);
}

/** 1 for each cell of `levels` (from {@link veilLevels}) that is veiled (see {@link largestVeil}). */
function veiledCells(levels: CellLevels, limits: VeilLimits): Uint8Array {
  const { cols, rows, judged, white, black, pixels, chroma } = levels;
  const whites = new Uint32Array(256);
  const blacks = new Uint32Array(256);
  for (let c = 0; c < cols * rows; c++) {
    if (judged[c] === 0) continue;
    whites[white[c]!]!++;
    blacks[black[c]!]!++;
  }
  const typicalWhite = percentile(whites, 0.5);
  const printDarkness = percentile(blacks, BLACK_REFERENCE);
  const veiled = new Uint8Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) {
    if (judged[c] === 0) continue;
    const whiteRise = white[c]! - typicalWhite;
    const blackRise = black[c]! - printDarkness;
    veiled[c] = Number(
      whiteRise >= limits.minRise &&
        blackRise >= Math.max(limits.minFloorRise, FLOOR_SHARE * whiteRise) &&
        white[c]! - black[c]! >= limits.minContrast &&
        chroma[c]! / pixels[c]! <= limits.maxChroma,
    );
  }
  return veiled;
}
