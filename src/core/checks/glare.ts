import { ISSUE_CODES } from '../codes.js';
import { scaleBox } from '../geometry.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { workingRegion, type WorkingRegion } from '../imageops/region.js';
import { emptyMap, mapCell } from '../imageops/heatmap.js';
import { findSpots, openMask } from '../imageops/spots.js';
import type { Heatmap, Issue } from '../types.js';
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

/**
 * `glare`: a specular reflection washes out part of the document. Its pixels are near white,
 * colourless (the lamp's colour, unlike holographic sparkles) and well above the document's own
 * typical brightness (unlike a white card or page, which is bright all over); they form a solid
 * spot (a 3×3 opening drops sparkles, lines and the gaps between letters). Scores: the largest
 * spot's and all spots' share of the document; `maps.glare` holds the glare share of each cell.
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
        const chroma = Math.max(r, g, b) - Math.min(r, g, b);
        if (region.luma.data[o]! >= minLuma && chroma <= options.maxChroma) bright[o] = 1;
      }
    }
    const glare = openMask(bright, width, height);
    // On a scan or tight crop the measured border is not the document's edge: bright areas
    // running into it are the scanner bed or page margins.
    const found = findSpots(glare, width, height, inside);
    const spots = found.spots.filter((spot) => spot.elongation <= MAX_ELONGATION && !(wholeFrame && spot.contact > 0));
    const area = Math.max(1, measured);
    const scores = {
      documentLumaLevel: level,
      glareShare: spots.reduce((sum, spot) => sum + spot.area, 0) / area,
      glareSpotShare: (spots[0]?.area ?? 0) / area,
    };
    const kept = new Uint8Array(found.spots.length + 1);
    for (const spot of spots) kept[spot.label] = 1;
    const map = glareMap(context, region, found.labels, kept);
    const issues: Issue[] = [];
    const worst = spots[0];
    if (worst !== undefined && scores.glareSpotShare >= options.minSpotShare) {
      const box = {
        x: region.x + worst.x0 * region.factor,
        y: region.y + worst.y0 * region.factor,
        width: (worst.x1 - worst.x0) * region.factor,
        height: (worst.y1 - worst.y0) * region.factor,
      };
      const fails = scores.glareSpotShare >= options.failSpotShare;
      issues.push({
        code: ISSUE_CODES.glare,
        severity: fails ? 'fail' : 'warn',
        score: scores.glareSpotShare,
        threshold: fails ? options.failSpotShare : options.minSpotShare,
        region: scaleBox(box, context.scale),
      });
    }
    return { scores, issues, maps: { glare: map } };
  },
};

/** Share of glare pixels among the measured pixels of each map cell (0 outside the document). */
function glareMap(context: AnalysisContext, region: WorkingRegion, labels: Int32Array, kept: Uint8Array): Heatmap {
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
      map.values[cell]! += kept[labels[y * region.luma.width + x]!]!;
    }
  }
  for (let cell = 0; cell < counted.length; cell++) if (counted[cell]! > 0) map.values[cell]! /= counted[cell]!;
  return map;
}
