import type { WorkingRegion } from './region.js';
import { findSpots, openMask, type Spot } from './spots.js';

/**
 * Spots longer than this for their width are strips, not reflections: a page margin or a
 * barcode's quiet zone. Corpus: reflections up to 6.2:1 (a glare band across a card); white
 * strips on good documents 14:1 and more.
 */
const MAX_ELONGATION = 10;

/** Every channel at least this: the camera saturated. */
const CLIPPED_CHANNEL = 250;

/** When a pixel of a region is washed out by glare (see {@link glareSpots}). */
export interface GlareLimits {
  /** Luma from which a colourless pixel is washed out… */
  minLuma: number;
  /** …or from which it is, when every channel is clipped. */
  minClippedLuma: number;
  /** Most RGB spread of a washed-out pixel: reflected lamp light is colourless. */
  maxChroma: number;
}

/**
 * The spots of glare on a region, largest first: its colourless pixels at least `minLuma` bright
 * (or clipped in every channel and at least `minClippedLuma`), opened by a 3×3 square (sparkles,
 * lines and the gaps between letters go) and grouped 4-connected; strips (longer than
 * {@link MAX_ELONGATION} times their width) are left out, and, with `wholeFrame` (a scan or tight
 * crop, whose measured border is not the document's edge), spots that run into the border (the
 * scanner bed, a page margin). `labels` gives each working pixel its spot's label (of every spot
 * found, the left-out ones too), `measured` the region's measured pixels.
 */
export function glareSpots(
  region: WorkingRegion,
  { minLuma, minClippedLuma, maxChroma }: GlareLimits,
  wholeFrame: boolean,
): { spots: Spot[]; labels: Int32Array; measured: number } {
  const { width, height } = region.luma;
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
      if (Math.max(r, g, b) - low > maxChroma) continue;
      const luma = region.luma.data[o]!;
      if (luma >= minLuma || (low >= CLIPPED_CHANNEL && luma >= minClippedLuma)) bright[o] = 1;
    }
  }
  const found = findSpots(openMask(bright, width, height), width, height, inside);
  const spots = found.spots.filter((spot) => spot.elongation <= MAX_ELONGATION && !(wholeFrame && spot.contact > 0));
  return { spots, labels: found.labels, measured };
}
