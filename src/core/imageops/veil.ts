import { percentile } from './histogram.js';
import type { WorkingRegion } from './region.js';
import { findSpots } from './spots.js';

/** Cells along the longer side of the region's bounding box: a field of a card is one or two. */
const VEIL_CELLS = 16;
/** A cell is judged when at least this share of it lies inside the measured outline. */
const MIN_INSIDE = 0.6;
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
  const cell = Math.max(width, height) / VEIL_CELLS;
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
  const whites = new Uint32Array(256);
  const blacks = new Uint32Array(256);
  for (let c = 0; c < cols * rows; c++) {
    const col = c % cols;
    const row = (c - col) / cols;
    const full = (Math.min(width, (col + 1) * cell) - col * cell) * (Math.min(height, (row + 1) * cell) - row * cell);
    if (pixels[c]! < MIN_INSIDE * full) continue;
    judged[c] = 1;
    const cellCounts = counts.subarray(c * 256, (c + 1) * 256);
    white[c] = percentile(cellCounts, WHITE_PERCENTILE);
    black[c] = percentile(cellCounts, BLACK_PERCENTILE);
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
  return { share: area / Math.max(1, measured), box, mask };
}
