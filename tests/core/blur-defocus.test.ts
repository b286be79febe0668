import { describe, expect, it } from 'vitest';
import { cropRaster } from '../../src/core/imageops/crop.js';
import { DEFAULT_OPTIONS } from '../../src/core/options.js';
import type { Raster } from '../../src/core/types.js';
import { blurred, CARD, cardScene, documentReport, has } from './card-scene.js';

/** Mild defocus, as a share of the photo's long side: a phone focusing just behind the card (issue #27). */
const MILD_DEFOCUS = 0.0015;
/** Long side of a phone photo's analysis image (`analysisSize`). */
const ANALYSIS_SIDE = DEFAULT_OPTIONS.analysisSize;
/** Rows of print (22 px apart in the card scene) of which one in this many stays crisp. */
const CRISP_ROW_EVERY = 5;
/** Blur of the soft print: its edges measure about 5 px, wider than any sharp photo's quartile. */
const SOFT_PRINT_SIGMA = 2;

/** Widths this close are the same blur measured at the same scale (a shrunk one reads ~12 % narrower). */
const SAME_WIDTH = 0.95;

/**
 * A sharp photo of a card whose print is mostly soft (worn print, a halftone): four rows of print
 * in five, and the portrait, are blurred on the card itself; every fifth row stays crisp.
 */
function softPrintCard(): Raster {
  const crispRow = (y: number): boolean => Math.floor((y - CARD.y) / 22) % CRISP_ROW_EVERY === 0;
  const onCard = (x: number, y: number): boolean =>
    x >= CARD.x && x < CARD.x + CARD.width && y >= CARD.y && y < CARD.y + CARD.height;
  return blurred(cardScene(), SOFT_PRINT_SIGMA, (x, y) => onCard(x, y) && !crispRow(y));
}

/**
 * A card filling 80 % of a 1000 × 700 photo (the card scene at twice the size, cropped): larger
 * than the 640 px a whole frame is measured at.
 */
function largeCard(): Raster {
  const scale = 2;
  const margin = 100;
  const x = scale * CARD.x - margin;
  const y = scale * CARD.y - margin;
  return cropRaster(cardScene(undefined, 3, scale), {
    x,
    y,
    width: scale * CARD.width + 2 * margin,
    height: scale * CARD.height + 2 * margin,
  });
}

describe('blur check on mild defocus', () => {
  it('judges a card by its sharpest edges: soft print on a sharp photo passes', async () => {
    const report = await documentReport(softPrintCard());
    expect(has(report, 'blurry')).toBe(false);
    expect(report.scores.edgeWidth).toBeLessThan(DEFAULT_OPTIONS.blur.maxEdgeWidth);
  });

  it('flags the same card mildly defocused: its crisp edges widen too', async () => {
    // σ as in a photo analysed at 1024 px (the 640 px scene is analysed at its own size).
    const report = await documentReport(blurred(softPrintCard(), MILD_DEFOCUS * ANALYSIS_SIDE));
    expect(has(report, 'blurry')).toBe(true);
  });

  it('measures a card that fills the frame at its own size, so a mild defocus is not shrunk away', async () => {
    const sigma = MILD_DEFOCUS * ANALYSIS_SIDE;
    const large = largeCard();
    expect(has(await documentReport(large), 'blurry')).toBe(false);
    const report = await documentReport(blurred(large, sigma));
    expect(report.document?.corners).not.toBeNull();
    expect(has(report, 'blurry')).toBe(true);
    // The same blur on the 400 px card of the small scene (never downscaled) measures as wide:
    // the large card was not shrunk to 640 px, which would have narrowed its blur by 1.2.
    const small = await documentReport(blurred(cardScene(), sigma));
    expect(report.scores.edgeWidth).toBeGreaterThan(SAME_WIDTH * small.scores.edgeWidth!);
  });
});
