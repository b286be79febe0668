import { cellLevels } from './cells.js';
import { quantile } from './histogram.js';
import type { WorkingRegion } from './region.js';

/** Cells along the region's longer side: coarse enough that print averages out of a cell's white level. */
const CELLS_ALONG = 12;
/** A cell's paper level: this percentile of its luma (its brightest pixels that are not specks). */
const WHITE_PERCENTILE = 0.95;
/** The paper's lit level: this quantile of the cells' white levels. */
const LIT_QUANTILE = 0.8;
/**
 * Cells whose white level is below this share of the lit level are left out of the fit: mostly
 * print or a dark band of the design, where the white level says little about the light.
 */
const PAPER_AT = 0.75;
/** Refits of the surface with the cells below it weighed down (see {@link lightUnevenness}). */
const ENVELOPE_ROUNDS = 8;
/** A cell this far below the fitted surface (a share of the lit level) is a tint, not the light… */
const BELOW_ENVELOPE = 0.02;
/** …and weighs this much in the next fit. */
const BELOW_WEIGHT = 0.02;
/** Fewer paper cells than this: no fit (a region of print, or too small). */
const MIN_PAPER_CELLS = 12;

/**
 * How unevenly a document's paper is lit: a smooth surface (a level, a slope and a fall-off from
 * the centre) fitted to the white levels of its paper cells from above (see below), and its range
 * over the cells it rests on as a share of the lit paper's level. A flatbed scanner lights the glass evenly and sets the paper to
 * its white point (range near 0); a camera photo has light falling off across the page, a lamp to
 * one side, vignetting (range 0.05-0.3). The fit is smooth, so the design's own pattern (a
 * guilloche, a photo, coloured bands) mostly stays in the residuals, not in the range.
 * Undefined when too few cells show paper.
 */
export function lightUnevenness(region: WorkingRegion): number | undefined {
  const levels = cellLevels(region, CELLS_ALONG, WHITE_PERCENTILE, 0.05);
  const { cols, rows, judged, white } = levels;
  const whites: number[] = [];
  for (let c = 0; c < cols * rows; c++) if (judged[c] === 1) whites.push(white[c]!);
  if (whites.length < MIN_PAPER_CELLS) return undefined;
  const lit = Math.max(1, quantile(whites, LIT_QUANTILE));
  const points: { x: number; y: number; level: number }[] = [];
  for (let c = 0; c < cols * rows; c++) {
    if (judged[c] === 0 || white[c]! < PAPER_AT * lit) continue;
    // Cell centres in [-1, 1], so the fall-off term is of the same size as the slopes.
    const col = c % cols;
    const row = (c - col) / cols;
    points.push({ x: (2 * (col + 0.5)) / cols - 1, y: (2 * (row + 0.5)) / rows - 1, level: white[c]! / lit });
  }
  if (points.length < MIN_PAPER_CELLS) return undefined;
  // The upper envelope (asymmetric least squares): cells below the surface are a tint of the
  // design, not less light, so they weigh little in the next fit, and the surface rises to the
  // light on the white paper; cells above it keep their full weight.
  const weights = new Float64Array(points.length).fill(1);
  let surface: ((x: number, y: number) => number) | undefined;
  for (let round = 0; round < ENVELOPE_ROUNDS; round++) {
    surface = fitSurface(points, weights);
    if (surface === undefined) return undefined;
    for (let i = 0; i < points.length; i++) {
      const { x, y, level } = points[i]!;
      weights[i] = level >= surface(x, y) - BELOW_ENVELOPE ? 1 : BELOW_WEIGHT;
    }
  }
  if (surface === undefined) return undefined;
  const paper = points.filter((_, i) => weights[i] === 1);
  let low = Infinity;
  let high = -Infinity;
  for (const { x, y } of paper) {
    const value = surface(x, y);
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return Math.max(0, high - low);
}

/** Terms of the light's surface: a level, a slope across the page, and a fall-off from its centre. */
const terms = (x: number, y: number): number[] => [1, x, y, x * x + y * y];

/**
 * Weighted least-squares surface of {@link terms} through `points` (normal equations, Gaussian
 * elimination with partial pivoting); undefined when they do not determine one (all in a line).
 */
function fitSurface(
  points: readonly { x: number; y: number; level: number }[],
  weights: Float64Array,
): ((x: number, y: number) => number) | undefined {
  const n = 4;
  const matrix = Array.from({ length: n }, () => new Float64Array(n + 1));
  points.forEach(({ x, y, level }, p) => {
    const t = terms(x, y);
    const weight = weights[p]!;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) matrix[i]![j]! += weight * t[i]! * t[j]!;
      matrix[i]![n]! += weight * t[i]! * level;
    }
  });
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(matrix[row]![col]!) > Math.abs(matrix[pivot]![col]!)) pivot = row;
    }
    if (Math.abs(matrix[pivot]![col]!) < 1e-9) return undefined;
    [matrix[col], matrix[pivot]] = [matrix[pivot]!, matrix[col]!];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = matrix[row]![col]! / matrix[col]![col]!;
      for (let k = col; k <= n; k++) matrix[row]![k]! -= factor * matrix[col]![k]!;
    }
  }
  const coefficients = matrix.map((row, i) => row[n]! / row[i]!);
  return (x, y) => terms(x, y).reduce((sum, term, i) => sum + term * coefficients[i]!, 0);
}
