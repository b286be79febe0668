import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import type { CaptureKind } from '../../src/core/codes.js';
import type { OptionsInput } from '../../src/core/options.js';
import type { Raster, Report } from '../../src/core/types.js';
import { centredFace, makeRaster, seededRandom } from '../helpers.js';

async function check(
  raster: Raster,
  kind: CaptureKind = 'document',
  options: OptionsInput = {},
  size?: [number, number],
): Promise<Report> {
  const [width, height] = size ?? [raster.width, raster.height];
  const faceDetector = kind === 'selfie' ? centredFace(raster.width, raster.height) : undefined;
  return await analyze(raster, { width, height, format: 'png' }, { kind, options, faceDetector });
}
const codes = (report: Report): string[] => report.issues.map((issue) => `${issue.code}:${issue.severity}`);

/** A 320x200 "document": light paper, dark text rows, a mid-gray picture block; `paint` colours it. */
function documentRaster(paint: (gray: number, x: number, y: number) => readonly number[], seed = 1): Raster {
  const random = seededRandom(seed);
  return makeRaster(320, 200, (x, y) => {
    let gray = 225;
    if (x > 20 && x < 100 && y > 30 && y < 150)
      gray = 90 + ((x * 3 + y * 5) % 80); // picture
    else if (x > 120 && x < 300 && y % 20 < 6 && (x >> 3) % 5 !== 0) gray = 30; // text rows
    gray += (random() - 0.5) * 6;
    return paint(gray, x, y);
  });
}

describe('grayscale check', () => {
  it('fails a true grayscale image (R = G = B)', async () => {
    const report = await check(documentRaster((g) => [g, g, g]));
    expect(codes(report)).toContain('grayscale:fail');
    expect(report.scores.colourFraction).toBe(0);
    expect(report.scores.medianChroma).toBe(0);
  });

  it('flags a sepia-toned scan (one hue whose strength follows brightness) with a warning', async () => {
    const report = await check(documentRaster((g) => [g * 1.0 + 20, g * 0.86 + 10, g * 0.62]));
    expect(report.scores.colourFraction).toBeLessThan(0.0025);
    expect(codes(report)).toContain('grayscale:warn');
  });

  it('does not call one strong colour black-and-white (a blue card back, a covered lens)', async () => {
    const blue = await check(documentRaster((g) => [g * 0.2, g * 0.4, g * 0.9]));
    expect(blue.scores.colourFraction).toBeLessThan(0.0025);
    expect(blue.scores.medianChroma).toBeGreaterThan(60);
    expect(blue.issues.map((issue) => issue.code)).not.toContain('grayscale');
    const red = await check(makeRaster(64, 64, () => [200, 30, 40]));
    expect(red.issues.map((issue) => issue.code)).not.toContain('grayscale');
  });

  it('warns on a neutral colour photo of colourless paper (faint cast and per-channel noise)', async () => {
    const random = seededRandom(3);
    const noise = (): number => (random() - 0.5) * 4;
    const report = await check(documentRaster((g) => [g * 1.02 + noise(), g + noise(), g * 0.985 + noise()]));
    expect(codes(report)).toContain('grayscale:warn');
  });

  it('passes a colour ID: tinted background, colour portrait', async () => {
    const report = await check(
      documentRaster((g, x, y) =>
        x > 20 && x < 100 && y > 30 && y < 150 ? [g + 60, g + 10, g - 20] : [g - 25, g - 5, g + 15],
      ),
    );
    expect(report.issues.map((issue) => issue.code)).not.toContain('grayscale');
    expect(report.scores.colourFraction).toBeGreaterThan(0.01);
  });

  it('passes white paper with black text and only a small colour logo (~1% of the area)', async () => {
    const report = await check(
      documentRaster((g, x, y) => (x >= 280 && x < 312 && y >= 170 && y < 190 ? [200, 30, 40] : [g, g, g])),
    );
    expect(report.scores.colourFraction).toBeGreaterThan(0.005);
    expect(report.issues.map((issue) => issue.code)).not.toContain('grayscale');
  });

  it('passes paper with one blue header band that dominates its brightness range', async () => {
    const report = await check(documentRaster((g, _x, y) => (y < 20 ? [40, 80, 170] : [g, g, g])));
    expect(report.issues.map((issue) => issue.code)).not.toContain('grayscale');
  });

  it('judges a dim colour photo as if it were properly exposed', async () => {
    const dim = documentRaster((g, x, y) => {
      const [r, gg, b] = x > 20 && x < 100 && y > 30 && y < 150 ? [g + 60, g + 10, g - 20] : [g - 25, g - 5, g + 15];
      return [r * 0.2, gg * 0.2, b * 0.2];
    });
    expect((await check(dim)).issues.map((issue) => issue.code)).not.toContain('grayscale');
  });

  it('does not run for selfies', async () => {
    expect(
      (
        await check(
          documentRaster((g) => [g, g, g]),
          'selfie',
        )
      ).scores.colourFraction,
    ).toBeUndefined();
  });
});

describe('exposure check', () => {
  it('flags a dark-room photo as too_dark', async () => {
    const report = await check(documentRaster((g) => [g * 0.2, g * 0.2, g * 0.2]));
    expect(codes(report)).toContain('too_dark:fail');
    expect(report.issues.find((issue) => issue.code === 'too_dark')?.score).toBeLessThan(80);
  });

  it('passes a white page with dark text, though it is mostly near-white', async () => {
    const page = makeRaster(300, 300, (_x, y) => (y % 12 < 2 ? [20, 20, 20] : [252, 252, 252]));
    expect(codes(await check(page))).not.toContain('overexposed:fail');
  });

  it('flags a blown-out photo: mostly clipped and nothing dark left', async () => {
    const blown = documentRaster((g) => {
      const v = Math.min(255, g * 2.5 + 60);
      return [v, v * 0.98, v * 0.97];
    });
    const report = await check(blown);
    expect(codes(report)).toContain('overexposed:fail');
    expect(report.scores.clippedFraction).toBeGreaterThan(0.3);
  });

  it('passes a well exposed document', async () => {
    const report = await check(documentRaster((g, x) => [g, g - (x % 7), g + 5]));
    expect(report.issues.map((issue) => issue.code)).not.toContain('too_dark');
    expect(report.issues.map((issue) => issue.code)).not.toContain('overexposed');
  });

  it('judges a document inside its outline: a blown-out card on a dark desk is overexposed', async () => {
    const random = seededRandom(3);
    // A 400x250 card (a quarter of the frame) on a dark desk; its text is washed out to light gray.
    const cardOnDesk = (paper: number, ink: number): Raster =>
      makeRaster(800, 500, (x, y) => {
        const noise = (random() - 0.5) * 6;
        if (x < 200 || x >= 600 || y < 125 || y >= 375) return [40 + noise, 35 + noise, 30 + noise];
        const v = (y - 125) % 25 < 5 && x > 260 && x < 560 ? ink : paper + noise;
        return [v, v, v];
      });
    const blown = await check(cardOnDesk(255, 215));
    expect(blown.scores.documentClippedFraction).toBeGreaterThan(0.6);
    expect(codes(blown)).toContain('overexposed:fail');
    const fine = await check(cardOnDesk(215, 40));
    expect(codes(fine)).not.toContain('overexposed:fail');
  });

  it('moves with the thresholds: strict flags what balanced passes', async () => {
    const dim = documentRaster((g) => [g * 0.4, g * 0.4, g * 0.4]); // paper at ~90
    expect(codes(await check(dim))).not.toContain('too_dark:fail');
    expect(codes(await check(dim, 'document', { preset: 'strict' }))).toContain('too_dark:fail');
  });
});

describe('resolution check', () => {
  const raster = makeRaster(64, 40, () => [120, 130, 140]);
  it('fails, warns and passes by the original shorter side', async () => {
    expect(codes(await check(raster, 'document', {}, [200, 120]))).toContain('low_resolution:fail');
    expect(codes(await check(raster, 'document', {}, [500, 300]))).toContain('low_resolution:warn');
    expect(codes(await check(raster, 'document', {}, [1600, 1000]))).not.toContain('low_resolution:warn');
    expect((await check(raster, 'document', {}, [200, 120])).scores.shortSide).toBe(120);
  });
  it('uses the selfie thresholds for selfies', async () => {
    expect(codes(await check(raster, 'selfie', {}, [150, 150]))).toContain('low_resolution:fail');
    // A flat picture has no face detail (blurry); only the resolution verdict matters here.
    const resolution = (report: Report) => codes(report).filter((code) => code.startsWith('low_resolution'));
    expect(resolution(await check(raster, 'selfie', {}, [600, 800]))).toEqual([]);
  });
});
