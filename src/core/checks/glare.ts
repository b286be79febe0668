import { ISSUE_CODES } from '../codes.js';
import { scaleBox } from '../geometry.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { workingRegion, type WorkingRegion } from '../imageops/region.js';
import { emptyMap, mapCell } from '../imageops/heatmap.js';
import { findSpots, openMask } from '../imageops/spots.js';
import type { Box, Heatmap, Issue } from '../types.js';
import type { GlareOptions } from '../options/document-options.js';
import type { AnalysisContext, Check, CheckResult } from './check.js';
import { measuredOutline } from './outline.js';

/** Longest side of the document when glare is looked for: spots that matter are a few % of it. */
const WORKING_SIDE = 256;
/** Share of the way to the document's centre left out: white margins and scan borders are not glare. */
const INSET = 0.08;
/** The document's typical level: this percentile of its luma. */
const LEVEL_PERCENTILE = 0.6;
/**
 * Spots longer than this for their width are strips, not reflections: a page margin or a
 * barcode's quiet zone. Corpus: reflections up to 6.2:1 (a glare band across a card); white
 * strips on good documents 14:1 and more.
 */
const MAX_ELONGATION = 10;

/** Every channel at least this: the camera saturated. */
const CLIPPED_CHANNEL = 250;
/** Cells on the document's longer side when looking for a veil: a field of a card is one or two. */
const VEIL_CELLS = 16;
/** A cell is judged when at least this share of it lies inside the measured outline. */
const VEIL_MIN_INSIDE = 0.6;
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
const VEIL_FLOOR_SHARE = 0.5;
/** What a veiled pixel counts for in `maps.glare` (a spot's pixel counts 1): print still shows through it. */
const VEILED_WEIGHT = 0.5;
/** A veiled cell's mean RGB spread is below this: reflected lamp light is colourless. */
const VEIL_MAX_CHROMA = 40;

/**
 * `glare`: a specular reflection washes out part of the document, in one of two ways.
 * - A **spot**: pixels near white, colourless (the lamp's colour, unlike holographic sparkles) and
 *   well above the document's own typical brightness (unlike a white card or page, which is
 *   bright all over), or clipped by the camera on a document that is not itself near white; they
 *   form a solid spot (a 3×3 opening drops sparkles, lines and the gaps between letters).
 * - A **veil**: reflected light added over a patch lifts its paper and its print alike, so faint
 *   print shows on a patch much lighter than the rest of the document without reaching white.
 * Scores: the largest spot's and all spots' share of the document, the largest veil's share;
 * `maps.glare` holds how washed out each cell is (see {@link glareMap}).
 */
export const glareCheck: Check = {
  name: 'glare',
  kinds: ['document'],
  codes: [ISSUE_CODES.glare],
  run(context: AnalysisContext): CheckResult {
    const options = context.options.glare;
    const { outline, wholeFrame } = measuredOutline(context, INSET);
    const region = workingRegion(context.raster, outline, WORKING_SIDE);
    const { width, height } = region.luma;
    const level = percentile(histogram(region.luma, region.spans), LEVEL_PERCENTILE);
    const minLuma = Math.max(options.minLuma, level + options.minRise);
    const minClippedLuma = level + options.minClippedRise;
    const bright = new Uint8Array(width * height);
    const inside = new Uint8Array(width * height);
    let measured = 0;
    for (let y = 0; y < height; y++) {
      for (let x = region.spans[2 * y]!, o = y * width + x; x < region.spans[2 * y + 1]!; x++, o++) {
        measured++;
        inside[o] = 1;
        const i = o * 4;
        const r = region.raster.data[i]!;
        const g = region.raster.data[i + 1]!;
        const b = region.raster.data[i + 2]!;
        const low = Math.min(r, g, b);
        if (Math.max(r, g, b) - low > options.maxChroma) continue;
        const luma = region.luma.data[o]!;
        if (luma >= minLuma || (low >= CLIPPED_CHANNEL && luma >= minClippedLuma)) bright[o] = 1;
      }
    }
    // On a scan or tight crop the measured border is not the document's edge: bright areas
    // running into it are the scanner bed or page margins.
    const found = findSpots(openMask(bright, width, height), width, height, inside);
    const spots = found.spots.filter((spot) => spot.elongation <= MAX_ELONGATION && !(wholeFrame && spot.contact > 0));
    const veil = largestVeil(region, options, wholeFrame);
    const area = Math.max(1, measured);
    const scores = {
      documentLumaLevel: level,
      glareShare: spots.reduce((sum, spot) => sum + spot.area, 0) / area,
      glareSpotShare: (spots[0]?.area ?? 0) / area,
      glareVeilShare: veil?.share ?? 0,
    };
    const washedOut = new Float32Array(width * height);
    const kept = new Uint8Array(found.spots.length + 1);
    for (const spot of spots) kept[spot.label] = 1;
    for (let o = 0; o < washedOut.length; o++) {
      washedOut[o] = kept[found.labels[o]!] ? 1 : veil?.mask[o] ? VEILED_WEIGHT : 0;
    }
    const issues: Issue[] = [];
    const spotIssue = judged(scores.glareSpotShare, options.minSpotShare, options.failSpotShare);
    const veilIssue = judged(scores.glareVeilShare, options.minVeilShare, options.failVeilShare);
    const worst = spots[0];
    // The spot is reported unless the veil is worse: a hotspot inside a veil is its centre.
    if (spotIssue !== undefined && worst !== undefined && rank(spotIssue) >= rank(veilIssue)) {
      issues.push({
        code: ISSUE_CODES.glare,
        ...spotIssue,
        region: scaleBox(workingBox(region, worst), context.scale),
        detail: 'a washed-out spot',
      });
    } else if (veilIssue !== undefined && veil !== undefined) {
      issues.push({
        code: ISSUE_CODES.glare,
        ...veilIssue,
        region: scaleBox(workingBox(region, veil.box), context.scale),
        detail: 'a veil of reflected light over the print',
      });
    }
    return { scores, issues, maps: { glare: glareMap(context, region, washedOut) } };
  },
};

/** Severity, score and threshold of a share against a warning and a failing threshold; undefined below both. */
function judged(
  share: number,
  warnAt: number,
  failAt: number,
): Pick<Issue, 'severity' | 'score' | 'threshold'> | undefined {
  if (share >= failAt) return { severity: 'fail', score: share, threshold: failAt };
  if (share >= warnAt) return { severity: 'warn', score: share, threshold: warnAt };
  return undefined;
}

function rank(issue: Pick<Issue, 'severity' | 'score'> | undefined): number {
  if (issue === undefined) return 0;
  return issue.severity === 'fail' ? 2 : 1;
}

/** A box in working pixels (x1/y1 exclusive), in source pixels. */
function workingBox(region: WorkingRegion, box: { x0: number; y0: number; x1: number; y1: number }): Box {
  return {
    x: region.x + box.x0 * region.factor,
    y: region.y + box.y0 * region.factor,
    width: (box.x1 - box.x0) * region.factor,
    height: (box.y1 - box.y0) * region.factor,
  };
}

/** The largest veil: its share of the judged cells, its box and its pixels (working pixels). */
interface Veil {
  share: number;
  box: { x0: number; y0: number; x1: number; y1: number };
  mask: Uint8Array;
}

/**
 * The largest 4-connected group of veiled cells (see {@link GlareOptions.minVeilRise} and the
 * options after it), measured against the document's typical white level (the median cell's) and
 * its print darkness ({@link BLACK_REFERENCE}). On a whole-frame measurement, groups touching the
 * frame are left out (the light part of a page in a half-shadow, a lit margin beyond a tight crop).
 */
function largestVeil(region: WorkingRegion, options: GlareOptions, wholeFrame: boolean): Veil | undefined {
  const { width, height } = region.luma;
  const cell = Math.max(width, height) / VEIL_CELLS;
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const counts = new Uint32Array(cols * rows * 256);
  const pixels = new Uint32Array(cols * rows);
  const chroma = new Float64Array(cols * rows);
  const cellOf = (x: number, y: number): number => Math.floor(y / cell) * cols + Math.floor(x / cell);
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
    }
  }
  const judgedCells = new Uint8Array(cols * rows);
  const white = new Float32Array(cols * rows);
  const black = new Float32Array(cols * rows);
  const whites: number[] = [];
  const blacks: number[] = [];
  for (let c = 0; c < cols * rows; c++) {
    const col = c % cols;
    const row = (c - col) / cols;
    const full = (Math.min(width, (col + 1) * cell) - col * cell) * (Math.min(height, (row + 1) * cell) - row * cell);
    if (pixels[c]! < VEIL_MIN_INSIDE * full) continue;
    judgedCells[c] = 1;
    const cellCounts = counts.subarray(c * 256, (c + 1) * 256);
    white[c] = percentile(cellCounts, WHITE_PERCENTILE);
    black[c] = percentile(cellCounts, BLACK_PERCENTILE);
    chroma[c]! /= pixels[c]!;
    whites.push(white[c]!);
    blacks.push(black[c]!);
  }
  if (whites.length === 0) return undefined;
  const typicalWhite = quantile(whites, 0.5);
  const typicalBlack = quantile(blacks, BLACK_REFERENCE);
  const veiled = new Uint8Array(cols * rows);
  for (let c = 0; c < cols * rows; c++) {
    if (judgedCells[c] === 0) continue;
    const whiteRise = white[c]! - typicalWhite;
    const blackRise = black[c]! - typicalBlack;
    veiled[c] = Number(
      whiteRise >= options.minVeilRise &&
        blackRise >= Math.max(options.minVeilFloorRise, VEIL_FLOOR_SHARE * whiteRise) &&
        white[c]! - black[c]! >= options.minVeilContrast &&
        chroma[c]! < VEIL_MAX_CHROMA,
    );
  }
  const { spots, labels } = findSpots(veiled, cols, rows, judgedCells);
  const largest = spots.find((group) => !(wholeFrame && group.contact > 0));
  if (largest === undefined) return undefined;
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = region.spans[2 * y]!, o = y * width + x; x < region.spans[2 * y + 1]!; x++, o++) {
      if (labels[cellOf(x, y)] === largest.label) mask[o] = 1;
    }
  }
  const box = {
    x0: Math.floor(largest.x0 * cell),
    y0: Math.floor(largest.y0 * cell),
    x1: Math.min(width, Math.ceil(largest.x1 * cell)),
    y1: Math.min(height, Math.ceil(largest.y1 * cell)),
  };
  return { share: largest.area / whites.length, box, mask };
}

function quantile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(fraction * (sorted.length - 1))]!;
}

/**
 * How washed out each map cell is: the mean over its measured pixels of 1 for a pixel in a glare
 * spot, {@link VEILED_WEIGHT} for one under the veil, 0 otherwise (0 outside the document).
 */
function glareMap(context: AnalysisContext, region: WorkingRegion, washedOut: Float32Array): Heatmap {
  const { width, height } = context.raster;
  const map = emptyMap(width, height, 0);
  const counted = new Float32Array(map.values.length);
  for (let y = 0; y < region.luma.height; y++) {
    for (let x = region.spans[2 * y]!; x < region.spans[2 * y + 1]!; x++) {
      const cell = mapCell(
        map,
        width,
        height,
        region.x + (x + 0.5) * region.factor,
        region.y + (y + 0.5) * region.factor,
      );
      counted[cell]!++;
      map.values[cell]! += washedOut[y * region.luma.width + x]!;
    }
  }
  for (let cell = 0; cell < counted.length; cell++) if (counted[cell]! > 0) map.values[cell]! /= counted[cell]!;
  return map;
}
