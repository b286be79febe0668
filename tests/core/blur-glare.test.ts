import { describe, expect, it } from 'vitest';
import type { AnalysisContext } from '../../src/core/checks/check.js';
import { glareCheck } from '../../src/core/checks/glare.js';
import { locateDocument, type DocumentFinding } from '../../src/core/document/locate.js';
import { measureEdgeWidths } from '../../src/core/imageops/edge-width.js';
import { cropRaster } from '../../src/core/imageops/crop.js';
import { findSpots, openMask } from '../../src/core/imageops/spots.js';
import { toLuma } from '../../src/core/imageops/luma.js';
import { DEFAULT_OPTIONS, resolveOptions } from '../../src/core/options.js';
import type { Raster } from '../../src/core/types.js';
import { makeRaster, seededRandom } from '../helpers.js';
import {
  blurred,
  CARD,
  cardScene,
  documentReport,
  extremeCell,
  has,
  HEIGHT,
  motionBlurred,
  WIDTH,
} from './card-scene.js';

describe('edge widths', () => {
  /** A vertical step from 50 to 200 at x = 50, blurred with σ. */
  const step = (sigma: number, low = 50, high = 200): Raster => {
    const raster = makeRaster(100, 60, (x) => (x < 50 ? [low, low, low] : [high, high, high]));
    return sigma > 0 ? blurred(raster, sigma) : raster;
  };
  const all = (width: number, height: number): Int32Array => {
    const spans = new Int32Array(2 * height);
    for (let y = 0; y < height; y++) spans[2 * y + 1] = width;
    return spans;
  };
  const medianWidth = (raster: Raster): number => {
    const edges = measureEdgeWidths(toLuma(raster), all(raster.width, raster.height), 30);
    const widths = Array.from(edges.width.subarray(0, edges.count)).sort((a, b) => a - b);
    return widths[widths.length >> 1]!;
  };

  it('measures about 2 px on a crisp step and 2.5 σ on a Gaussian-blurred one', () => {
    expect(medianWidth(step(0))).toBeGreaterThan(1.5);
    expect(medianWidth(step(0))).toBeLessThan(2.6);
    expect(medianWidth(step(1.5))).toBeCloseTo(2.5 * 1.5, 0);
    expect(medianWidth(step(2.5))).toBeGreaterThan(0.8 * 2.5 * 2.5);
  });

  it('does not depend on the contrast of the step', () => {
    expect(medianWidth(step(1.5, 100, 150))).toBeCloseTo(medianWidth(step(1.5)), 0);
  });

  it('does not measure a faint ripple beside a steep step as a wide edge (a card rim, JPEG ringing)', () => {
    // A 10-level bump 5 px before a crisp 150-level step: within reach of the step, so the bump's
    // own slope peak would take the step's contrast and read as a 37 px wide edge.
    const rippled = makeRaster(100, 60, (x) =>
      x < 50 ? (x >= 43 && x <= 45 ? [60, 60, 60] : [50, 50, 50]) : [200, 200, 200],
    );
    const edges = measureEdgeWidths(toLuma(rippled), all(100, 60), 30);
    expect(edges.count).toBeGreaterThan(40);
    expect(Math.max(...edges.width.subarray(0, edges.count))).toBeLessThan(3);
  });

  it('gives a vertical edge orientation 0 and skips steps below the least contrast', () => {
    const edges = measureEdgeWidths(toLuma(step(0)), all(100, 60), 30);
    expect(edges.count).toBeGreaterThan(40);
    expect(Array.from(edges.orientation.subarray(0, edges.count)).every((bin) => bin === 0)).toBe(true);
    expect(measureEdgeWidths(toLuma(step(0, 100, 120)), all(100, 60), 30).count).toBe(0);
  });
});

describe('spots and crops', () => {
  it('opening keeps solid areas, drops thin lines; spots come largest first with their shape', () => {
    const width = 60;
    const height = 40;
    const mask = new Uint8Array(width * height);
    const fill = (x0: number, y0: number, w: number, h: number): void => {
      for (let y = y0; y < y0 + h; y++) mask.fill(1, y * width + x0, y * width + x0 + w);
    };
    fill(5, 5, 6, 6); // a solid block
    fill(20, 20, 36, 3); // a long bar
    fill(5, 30, 40, 1); // a one-pixel line
    const opened = openMask(mask, width, height);
    const { spots, labels } = findSpots(opened, width, height);
    expect(spots.map((spot) => spot.area)).toEqual([108, 36]);
    expect(spots[0]!.elongation).toBeGreaterThan(8);
    expect(spots[1]!.elongation).toBeCloseTo(1, 1);
    expect(labels[21 * width + 30]).toBe(spots[0]!.label);
    expect(labels[30 * width + 10]).toBe(0);
  });

  it('crops a raster and refuses a box outside it', () => {
    const raster = makeRaster(10, 8, (x, y) => [x, y, 0]);
    const crop = cropRaster(raster, { x: 2, y: 3, width: 4, height: 2 });
    expect([crop.width, crop.height, crop.data[0], crop.data[1]]).toEqual([4, 2, 2, 3]);
    expect(() => cropRaster(raster, { x: 20, y: 0, width: 4, height: 4 })).toThrow(RangeError);
  });
});

describe('blur check', () => {
  it('passes a sharp card and measures crisp edges', async () => {
    const report = await documentReport(cardScene());
    expect(has(report, 'blurry')).toBe(false);
    expect(report.scores.edgeWidth).toBeLessThan(3.5);
    expect(report.maps?.sharpness?.values.length).toBe(12 * 9);
  });

  it('flags a defocused card', async () => {
    const report = await documentReport(blurred(cardScene(), 2.5));
    expect(has(report, 'blurry')).toBe(true);
    expect(report.scores.edgeWidth).toBeGreaterThan(5);
  });

  it('flags a card blurred beyond the edge window (measured again at a smaller size)', async () => {
    const report = await documentReport(blurred(cardScene(), 9));
    expect(has(report, 'blurry')).toBe(true);
    expect(report.scores.edgeWidth).toBeGreaterThan(10);
  });

  it('flags camera shake so strong that the edges across it vanish', async () => {
    const shaken = await documentReport(motionBlurred(cardScene(), 41));
    expect(has(shaken, 'blurry')).toBe(true);
    expect(shaken.scores.edgeWidthAcross).toBeGreaterThan(20);
  });

  it('flags horizontal camera shake on the edges across the motion', async () => {
    const report = await documentReport(motionBlurred(cardScene(), 9));
    expect(has(report, 'blurry')).toBe(true);
    expect(report.scores.edgeWidthAcross).toBeGreaterThan(DEFAULT_OPTIONS.blur.maxEdgeWidth);
  });

  it('flags a card out of focus along its left side and shows where', async () => {
    const left = CARD.x + CARD.width / 3;
    const report = await documentReport(blurred(cardScene(), 3, (x) => x < left));
    const issue = report.issues.find((candidate) => candidate.code === 'blurry');
    expect(issue).toBeDefined();
    expect(issue!.region!.x + issue!.region!.width).toBeLessThan(CARD.x + CARD.width / 2 + 60);
    expect(extremeCell(report.maps!.sharpness!, 'min').x).toBeLessThan(left);
  });

  it('moves with its threshold', async () => {
    const scene = blurred(cardScene(), 1.4);
    const score = (await documentReport(scene)).scores.edgeWidth!;
    expect(has(await documentReport(scene, { blur: { maxEdgeWidth: score - 0.2 } }), 'blurry')).toBe(true);
    expect(has(await documentReport(scene, { blur: { maxEdgeWidth: score + 0.2 } }), 'blurry')).toBe(false);
  });
});

describe('glare check', () => {
  /** A lamp's reflection: clipped white core with a soft rim, centred at (cx, cy). */
  const withHotspot = (raster: Raster, cx: number, cy: number, radius: number): Raster => {
    const data = new Uint8ClampedArray(raster.data);
    for (let y = 0; y < HEIGHT; y++) {
      for (let x = 0; x < WIDTH; x++) {
        const r = Math.hypot((x - cx) / 1.5, y - cy) / radius;
        const weight = r <= 1 ? 1 : Math.exp(-((r - 1) ** 2) / 0.08);
        for (let c = 0; c < 3; c++) {
          const i = (y * WIDTH + x) * 4 + c;
          data[i] = data[i]! + (255 - data[i]!) * weight;
        }
      }
    }
    return { width: WIDTH, height: HEIGHT, data };
  };

  it('flags a reflection on the card and shows where', async () => {
    const report = await documentReport(withHotspot(cardScene(), 400, 200, 22));
    const issue = report.issues.find((candidate) => candidate.code === 'glare');
    expect(issue).toBeDefined();
    const { x, y, width, height } = issue!.region!;
    expect(400 >= x && 400 <= x + width && 200 >= y && 200 <= y + height).toBe(true);
    const peak = extremeCell(report.maps!.glare!, 'max');
    expect(Math.abs(peak.x - 400)).toBeLessThan(WIDTH / 12);
    expect(Math.abs(peak.y - 200)).toBeLessThan(HEIGHT / 9);
  });

  it('passes the same card without a reflection, and a white card that is bright all over', async () => {
    expect(has(await documentReport(cardScene()), 'glare')).toBe(false);
    const white = await documentReport(cardScene([246, 246, 244]));
    expect(has(white, 'glare')).toBe(false);
    expect(white.scores.glareShare).toBeLessThan(0.005);
  });

  it('passes holographic sparkles: tiny and coloured', async () => {
    const random = seededRandom(9);
    const scene = cardScene();
    for (let n = 0; n < 80; n++) {
      const x = CARD.x + 10 + Math.floor(random() * (CARD.width - 20));
      const y = CARD.y + 10 + Math.floor(random() * (CARD.height - 20));
      const hue = [
        [255, 120, 230],
        [120, 255, 240],
        [255, 255, 120],
      ][n % 3]!;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const)
        scene.data.set(hue, ((y + dy) * WIDTH + x + dx) * 4);
    }
    expect(has(await documentReport(scene), 'glare')).toBe(false);
  });

  /** `raster` with `change` applied to each RGB value of the card's pixels where `where(u, v)` holds (card coordinates). */
  const onCard = (
    raster: Raster,
    where: (u: number, v: number) => boolean,
    change: (value: number) => number,
  ): Raster => {
    const data = new Uint8ClampedArray(raster.data);
    for (let v = 0; v < CARD.height; v++) {
      for (let u = 0; u < CARD.width; u++) {
        if (!where(u, v)) continue;
        const i = ((CARD.y + v) * WIDTH + CARD.x + u) * 4;
        for (let c = 0; c < 3; c++) data[i + c] = change(data[i + c]!);
      }
    }
    return { width: WIDTH, height: HEIGHT, data };
  };

  /** Where the veil tests add lamp light (card coordinates): a band over the print rows. */
  const veilBand = (u: number, v: number): boolean => v >= 110 && v < 170 && u >= 130 && u < 390;

  it('flags a veil of reflected light that lifts print and paper without reaching white', async () => {
    // Added lamp light over the print rows: paper 166 → ~236, print 40 → ~110.
    const report = await documentReport(onCard(cardScene(), veilBand, (value) => value + 70));
    expect(report.scores.glareSpotShare).toBe(0);
    expect(report.scores.glareVeilShare).toBeGreaterThan(0.05);
    const issue = report.issues.find((candidate) => candidate.code === 'glare');
    // A veil only warns: a light panel of the design with pale print looks the same.
    expect(issue?.severity).toBe('warn');
    expect(issue?.detail).toMatch(/veil/);
    const { x, y, width, height } = issue!.region!;
    expect(x).toBeLessThan(CARD.x + 200);
    expect(x + width).toBeGreaterThan(CARD.x + 300);
    expect(y).toBeLessThan(CARD.y + 150);
    expect(y + height).toBeGreaterThan(CARD.y + 130);
    const peak = extremeCell(report.maps!.glare!, 'max');
    expect(peak.y).toBeGreaterThan(CARD.y + 100);
    expect(peak.y).toBeLessThan(CARD.y + 180);
  });

  it('takes a veil for lamp light only when it is colourless, and moves with its threshold', async () => {
    const veiled = onCard(cardScene(), veilBand, (value) => value + 70);
    const share = (await documentReport(veiled)).scores.glareVeilShare!;
    expect(has(await documentReport(veiled, { glare: { minVeilShare: share * 0.9 } }), 'glare')).toBe(true);
    expect(has(await documentReport(veiled, { glare: { minVeilShare: share * 1.1 } }), 'glare')).toBe(false);
    // The same lift in a strong colour is the design (or coloured light), not a lamp's reflection.
    const tinted = makeRaster(WIDTH, HEIGHT, (x, y) => {
      const i = (y * WIDTH + x) * 4;
      const [r, g, b] = [veiled.data[i]!, veiled.data[i + 1]!, veiled.data[i + 2]!];
      return veilBand(x - CARD.x, y - CARD.y) ? [r + 30, g - 10, b - 60] : [r, g, b]; // about the same luma, strongly orange
    });
    expect((await documentReport(tinted)).scores.glareVeilShare).toBe(0);
    expect((await documentReport(tinted, { glare: { maxVeilChroma: 255 } })).scores.glareVeilShare).toBeGreaterThan(0);
  });

  it('looks for veils only on a found document, and on a whole frame drops those running into its border', () => {
    const contextOf = (raster: Raster, document: DocumentFinding): AnalysisContext => ({
      kind: 'document',
      options: resolveOptions(),
      meta: { width: raster.width, height: raster.height, format: 'png' },
      raster,
      luma: toLuma(raster),
      scale: 1,
      document,
    });
    const veilShare = (raster: Raster, document = locateDocument(raster)): number =>
      glareCheck.measure(contextOf(raster, document)).scores.glareVeilShare!;
    const veiled = onCard(cardScene(), veilBand, (value) => value + 70);
    const found = locateDocument(veiled);
    expect(found.corners).not.toBeNull();
    expect(veilShare(veiled, found)).toBeGreaterThan(0.05);
    expect(veilShare(veiled, { ...found, corners: null })).toBe(0);
    // The card cropped to its own edges (a scan): measured on the whole frame.
    const scan = (band: (u: number, v: number) => boolean): Raster =>
      cropRaster(
        onCard(cardScene(), band, (value) => value + 70),
        CARD,
      );
    const inner = (u: number, v: number): boolean => v >= 110 && v < 170 && u >= 130 && u < 330;
    expect(locateDocument(scan(inner)).fillsFrame).toBe(true);
    expect(veilShare(scan(inner))).toBeGreaterThan(0.05);
    expect(veilShare(scan((u, v) => v >= 110 && v < 170 && u >= 200))).toBe(0);
  });

  it('reports the spot, not the veil, when a hotspot sits inside a veil', async () => {
    const report = await documentReport(
      withHotspot(
        onCard(cardScene(), veilBand, (value) => value + 70),
        400,
        255,
        16,
      ),
    );
    expect(report.scores.glareVeilShare).toBeGreaterThan(0);
    const issues = report.issues.filter((candidate) => candidate.code === 'glare');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.detail).toMatch(/spot/);
  });

  it('passes a card half in shadow and a blank light patch of its design', async () => {
    // Shadow: the light is scaled, so the lit half's print rises far less than its paper.
    const shadowed = await documentReport(
      onCard(
        cardScene(),
        (u) => u < 240,
        (value) => value * 0.55,
      ),
    );
    expect(shadowed.scores.glareVeilShare).toBe(0);
    expect(has(shadowed, 'glare')).toBe(false);
    // A light panel of the design with nothing printed on it: no print shows through it.
    const panel = (u: number, v: number): boolean => u >= 280 && u < 390 && v >= 100 && v < 200;
    const design = await documentReport(onCard(cardScene(), panel, () => 232));
    expect(design.scores.glareVeilShare).toBe(0);
    expect(has(design, 'glare')).toBe(false);
  });

  it('flags a clipped streak on a bright page that leaves little headroom above its paper', async () => {
    const page = cardScene([232, 228, 222]);
    const streak = (u: number, v: number): boolean => Math.abs(u - 1.2 * v - 40) < 30 && u > 150;
    const report = await documentReport(onCard(page, streak, () => 255));
    const issue = report.issues.find((candidate) => candidate.code === 'glare');
    expect(issue?.detail).toMatch(/spot/);
    expect(report.scores.glareSpotShare).toBeGreaterThan(0.02);
    // The same streak of 250-level paper, not clipped, is only a lighter area.
    const unclipped = await documentReport(onCard(page, streak, () => 248));
    expect(has(unclipped, 'glare')).toBe(false);
  });

  it('moves with its threshold', async () => {
    const scene = withHotspot(cardScene(), 400, 200, 12);
    const share = (await documentReport(scene)).scores.glareSpotShare!;
    expect(share).toBeGreaterThan(0);
    expect(has(await documentReport(scene, { glare: { minSpotShare: share * 0.9 } }), 'glare')).toBe(true);
    expect(has(await documentReport(scene, { glare: { minSpotShare: share * 1.1 } }), 'glare')).toBe(false);
  });
});
