import { ISSUE_CODES } from '../codes.js';
import { scaleBox } from '../geometry.js';
import { histogram, percentile } from '../imageops/histogram.js';
import { workingBox, workingRegion, type WorkingRegion } from '../imageops/region.js';
import { emptyMap, mapCell } from '../imageops/heatmap.js';
import { glareSpots } from '../imageops/glare-spots.js';
import { largestVeil } from '../imageops/veil.js';
import type { Box, Heatmap } from '../types.js';
import type { AnalysisContext, Check } from './check.js';
import { measuredOutline } from './outline.js';

/** Longest side of the document when glare is looked for: spots that matter are a few % of it. */
const WORKING_SIDE = 256;
/** Share of the way to the document's centre left out: white margins and scan borders are not glare. */
const INSET = 0.08;
/** The document's typical level: this percentile of its luma. */
const LEVEL_PERCENTILE = 0.6;
/** What a veiled pixel counts for in `maps.glare` (a spot's pixel counts 1): print still shows through it. */
const VEILED_WEIGHT = 0.5;

/**
 * `glare`: a specular reflection washes out part of the document, in one of two ways.
 * - A **spot**: pixels near white, colourless (the lamp's colour, unlike holographic sparkles) and
 *   well above the document's own typical brightness (unlike a white card or page, which is
 *   bright all over), or clipped by the camera on a document that is not itself near white; they
 *   form a solid spot (a 3×3 opening drops sparkles, lines and the gaps between letters).
 * - A **veil**: reflected light added over a patch lifts its paper and its print alike, so faint
 *   print shows on a patch much lighter than the rest of the document without reaching white
 *   (see {@link largestVeil}). A light panel of the design with pale print looks the same, so a
 *   veil only warns; it is looked for only on a document that was found (or fills the frame).
 *   On a document whose paper is within `minVeilRise` of white, a veil shows only where it clips.
 * Scores: the largest spot's and all spots' share of the document, the largest veil's share;
 * `maps.glare` holds how washed out each cell is (see {@link glareMap}).
 */
export const glareCheck: Check<GlareEvidence> = {
  name: 'glare',
  kinds: ['document'],
  codes: [ISSUE_CODES.glare],
  measure(context) {
    const options = context.options.glare;
    const { outline, wholeFrame } = measuredOutline(context, INSET);
    const region = workingRegion(context.raster, outline, WORKING_SIDE);
    const level = percentile(histogram(region.luma, region.spans), LEVEL_PERCENTILE);
    const { spots, labels, measured } = glareSpots(
      region,
      {
        minLuma: Math.max(options.minLuma, level + options.minRise),
        minClippedLuma: level + options.minClippedRise,
        maxChroma: options.maxChroma,
      },
      wholeFrame,
    );
    const documentCorners = context.document?.corners ?? null;
    const veil =
      documentCorners === null
        ? undefined
        : largestVeil(
            region,
            {
              minRise: options.minVeilRise,
              minFloorRise: options.minVeilFloorRise,
              minContrast: options.minVeilContrast,
              maxChroma: options.maxVeilChroma,
            },
            wholeFrame,
          );
    const area = Math.max(1, measured);
    const scores = {
      documentLumaLevel: level,
      glareShare: spots.reduce((sum, spot) => sum + spot.area, 0) / area,
      glareSpotShare: (spots[0]?.area ?? 0) / area,
      glareVeilShare: veil?.share ?? 0,
    };
    const washedOut = new Float32Array(region.luma.width * region.luma.height);
    const kept = new Set(spots.map((spot) => spot.label));
    for (let o = 0; o < washedOut.length; o++) {
      washedOut[o] = kept.has(labels[o]!) ? 1 : veil?.mask[o] ? VEILED_WEIGHT : 0;
    }
    const evidence: GlareEvidence = {};
    if (spots[0] !== undefined) evidence.spot = workingBox(region, spots[0]);
    if (veil !== undefined) evidence.veil = workingBox(region, veil.box);
    return { scores, evidence, maps: { glare: glareMap(context, region, washedOut) } };
  },
  judge({ scores, evidence }, { options: { glare: options }, frame }) {
    const { spot, veil } = evidence!;
    const spotShare = scores.glareSpotShare!;
    if (spot !== undefined && spotShare >= options.minSpotShare) {
      const fails = spotShare >= options.failSpotShare;
      return {
        issues: [
          {
            code: ISSUE_CODES.glare,
            severity: fails ? 'fail' : 'warn',
            score: spotShare,
            threshold: fails ? options.failSpotShare : options.minSpotShare,
            region: scaleBox(spot, frame.scale),
            detail: 'a washed-out spot',
            facts: { glare: 'spot' },
          },
        ],
      };
    }
    if (veil !== undefined && scores.glareVeilShare! >= options.minVeilShare) {
      return {
        issues: [
          {
            code: ISSUE_CODES.glare,
            severity: 'warn',
            score: scores.glareVeilShare!,
            threshold: options.minVeilShare,
            region: scaleBox(veil, frame.scale),
            detail: 'a veil of reflected light over the print',
            facts: { glare: 'veil' },
          },
        ],
      };
    }
    return { issues: [] };
  },
};

/** Where the glare is, in analysis pixels: the largest spot and the largest veil, when there are any. */
interface GlareEvidence {
  spot?: Box;
  veil?: Box;
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
